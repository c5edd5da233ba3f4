/**
 * Hardening properties of the whole pipeline (issue 7), over generated and mutated input. The
 * fuzz runner (test/fuzz/run.ts) checks the same properties with far more cases.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InputError } from '../../src/core/errors.js';
import { cleanInput, parseInput } from '../../src/pipeline.js';
import { countScriptChars, detectScript, joinBrokenLines, normalizeText, scriptOf } from '../../src/normalize/index.js';
import { identity } from '../../src/core/source-map.js';
import { byteFlips, htmlText, mutatedSeed, planText, randomBytes, seedTexts, unicodeText } from './arbitraries.js';
import { checkAll, checkIdempotence, checkLines, checkRoundtrip, checkSchema, checkText, tryParse } from './checks.js';
import { unaccountedText } from './accounting.js';

const seeds = seedTexts();
const seedArb = mutatedSeed(seeds);
const SEED = 20240607;

function holds(input: string | Uint8Array): void {
  expect(checkAll(input)).toBeNull();
}

describe('parse and clean never throw (but InputError), and every register validates and round-trips', () => {
  it.each([
    ['random unicode strings', unicodeText, 300],
    ['CJK-heavy plan text with markers and brackets', planText, 250],
    ['mutated seed windows', seedArb, 80],
    ['mutated seed windows with bytes flipped', byteFlips(seedArb), 60],
    ['random bytes', randomBytes, 300],
    ['HTML around plan text', htmlText, 150],
  ] as const)('%s', (_name, arb, numRuns) => {
    fc.assert(fc.property(arb as fc.Arbitrary<string | Uint8Array>, holds), { numRuns, seed: SEED });
  });

  it('cleanInput answers every input with documents or an InputError', () => {
    fc.assert(
      fc.property(fc.oneof(unicodeText, randomBytes as fc.Arbitrary<string | Uint8Array>), (input) => {
        try {
          expect(cleanInput(input).documents.length).toBeGreaterThanOrEqual(1);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 200, seed: SEED },
    );
  });
});

describe('every seed', () => {
  it.each(seeds.map((s, i) => [i, s] as const))(
    'seed %i: validates, round-trips, cleans idempotently, keeps or strips every line',
    (_i, text) => {
      const { out, problem } = tryParse(new TextEncoder().encode(text));
      expect(problem).toBeNull();
      for (const check of [checkSchema, checkRoundtrip, checkIdempotence, checkLines]) expect(check(out!)).toBeNull();
    },
  );
});

describe('regressions found by fuzzing', () => {
  it.each([
    // joinBrokenLines judged each physical line: the joined `…办公室日` was long enough to join again.
    [
      'a joined line joins no further on a second clean',
      '公开工作要点》已经市政府同意,现印发给你们,请认真抓好落实。连云港市人民政府办公室\n日\n(',
    ],
    [
      'a heading-like logical line',
      '一、甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛\n壬癸甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬\n癸',
    ],
    // A removed pinyin gloss stranded the space before 不 between two CJK characters.
    ['a removed gloss strands no space', '<p><div><p>發(ā)&nbsp不'],
    // A 主题词 line joined after `;` lost its word-separating spaces on the next normalisation.
    ['a 主题词 line is not joined to the line before', ';\n主题词 务'],
    // Joining put a space after `〔)`, where normalisation strands it.
    ['a join strands no space', '〔\n)\u3000达'],
    // The distance to an unclosed bracket counted the newlines the join removed.
    [
      'bracket distance is measured in the joined text',
      '「4061249;万印發()备〔时这于我\n〕《1.,[要【有》\n）市政府办公厅<div>共年(外及负责“他地过就局方也的于]\n二是)][系]《定为市和局上面工和”\n市酸区今责任单位第一条《学在我产对中]\n成',
    ],
  ])('%s', (_name, input) => {
    const { out } = tryParse(input);
    expect(checkIdempotence(out!)).toBeNull();
  });

  // An item holding nothing but its annotation gave a task with empty text: an InternalError.
  it.each(['二、(市发改委牵头)', '二、[应一所', '一、（方方所', '<body><p>(1)[各县()1.览', '一、总体\n1.责任单位:市工信局'])(
    'an item that is only its units is a task with text: %s',
    (input) => {
      const { out, problem } = tryParse(input);
      expect(problem).toBeNull();
      expect(out!.register.documents.flatMap((d) => d.tasks).length).toBeGreaterThan(0);
      expect(out!.register.warnings.map((w) => w.code)).toContain('annotation-only-item');
    },
  );

  // clean's breadcrumb rule matched a line joinBrokenLines made from two kept lines.
  it.each(['r>〔\np>切', 'l>《>\n分'])('a line joined after cleaning is not stripped by a second clean: %j', (input) => {
    const { out, problem } = tryParse(input);
    expect(problem).toBeNull();
    expect(checkIdempotence(out!)).toBeNull();
  });
});

describe('empty input', () => {
  it.each([
    ['zero bytes', new Uint8Array(), 'empty file'],
    ['whitespace only', new TextEncoder().encode(' \n\t\u3000\r\n  '), 'only whitespace'],
    [
      'an HTML page without body text',
      new TextEncoder().encode('<html><head><title>关于印发</title></head></html>'),
      'no text in its body',
    ],
    ['empty string', '', 'empty file'],
  ] as const)('%s is an InputError', (_name, input, message) => {
    expect(() => parseInput(input)).toThrow(InputError);
    expect(() => cleanInput(input)).toThrow(message);
  });

  it('a page of nothing but debris is a valid register with every line stripped', () => {
    const out = parseInput('首页 > 政务公开\n【打印】【关闭】\n');
    expect(out.register.stripped.length).toBeGreaterThan(0);
    expect(checkLines(out)).toBeNull();
  });
});

describe('content sniffing', () => {
  it.each([
    [
      'a text notice mentioning <body> stays text, its lines kept',
      '一、推进政务公开。\n二、网页模板中的<body>标签\n三、完善制度。',
      'text',
    ],
    ['a page that opens with markup is HTML', '<!DOCTYPE html><html><body><p>一、推进政务公开。</p></body></html>', 'html'],
    ['three block tags make a fragment HTML', '一、推进<br>二、深化<br>三、完善<br>', 'html'],
  ])('%s', (_name, input, kind) => {
    const out = parseInput(input);
    expect(out.register.source.format).toBe(kind);
    expect(checkIdempotence(out)).toBeNull();
  });
});

describe('decode problems are in the register', () => {
  it('invalid UTF-8 bytes give an invalid-bytes warning with its line', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('一、推进政务公开工作。\n二、深化'), 0xe6, 0xb7]);
    const { register } = parseInput(bytes);
    expect(register.source.encoding).toBe('utf-8');
    expect(register.warnings).toContainEqual(expect.objectContaining({ code: 'invalid-bytes', line: 2 }));
  });

  it('the HTML <title> is kept as pageMeta.title', () => {
    const { register } = parseInput(
      '<html><head><title>关于印发工作要点的通知</title></head><body><p>一、推进政务公开。</p></body></html>',
    );
    expect(register.pageMeta.title).toBe('关于印发工作要点的通知');
  });
});

/** Plan bodies without a notice head: title, preamble, numbered sections and annotated tasks. */
const bodyLine = fc
  .tuple(
    fc.constantFrom('一、', '二、', '(一)', '(二)', '1.', '2.', '(1)'),
    fc.array(fc.constantFrom(...'推进政务公开工作深化决策执行管理服务结果落实完善制度加强平台建设'), {
      minLength: 2,
      maxLength: 30,
    }),
    fc.constantFrom('。', '', '。(市政府办公厅牵头,各区县负责)', '(市发改委、财政局负责,2019年底前完成)'),
  )
  .map(([m, body, end]) => `${m}${body.join('')}${end}`);
const planBody = fc
  .array(bodyLine, { minLength: 1, maxLength: 15 })
  .map((ls) => `2019年某市政务公开工作要点\n为做好今年的工作,制定本要点。\n${ls.join('\n')}`);

describe('accounting: the register claims all kept text', () => {
  it('plan bodies (title, preamble, sections, tasks) leave nothing over', () => {
    fc.assert(
      fc.property(planBody, (text) => {
        const out = parseInput(text);
        expect(unaccountedText(out.clean.documents, out.register)).toEqual([]);
      }),
      { numRuns: 150, seed: SEED },
    );
  });

  it('the content-farm compilation seed (three documents) is wholly accounted for', () => {
    const text = seeds.find((s) => s.includes('篇一')) ?? seeds[1];
    expect(checkText(parseInput(text))).toBeNull();
  });

  // The notice body and unrecognised lines before the plan title were in no register field.
  it.each(seeds.map((s, i) => [i, s] as const).filter(([, s]) => !s.includes('篇一')))(
    'seed %i: the notice body and every front line are in the register',
    (_i, text) => {
      expect(checkText(parseInput(text))).toBeNull();
    },
  );

  it.each([
    [
      'a line before the plan title',
      '市政府办公室关于印发2019年某市工作要点的通知\n各县人民政府:\n现印发给你们。\n2019年7月2日\n的\n作里\n2019年某市工作要点\n一、做好公开。',
    ],
    [
      'a broken 发文字号 in the notice head',
      '市政府办公室关于印发2019年某市工作要点的通知\n发\n杭〔2018〕4号\n各县人民政府:\n现印发给你们。\n2019年7月2日\n一、做好公开。',
    ],
    ['farm placeholders', '【篇\n范文本\n2019年某市工作要点\n一、做好公开。'],
  ])('front matter: %s is accounted for', (_name, text) => {
    expect(checkText(parseInput(text))).toBeNull();
  });
});

describe('pipeline shortcuts keep the results', () => {
  const texts = fc.oneof(unicodeText, planText, seedArb, fc.constantFrom(...seeds));

  it('the script verdict on summed per-document counts is the verdict on the joined text', () => {
    fc.assert(
      fc.property(fc.array(texts, { minLength: 1, maxLength: 4 }), (docs) => {
        const counts = docs.map(countScriptChars);
        const sum = counts.reduce((a, c) => ({
          simplified: a.simplified + c.simplified,
          traditional: a.traditional + c.traditional,
        }));
        expect(scriptOf(sum)).toBe(detectScript(docs.join('\n')));
      }),
      { numRuns: 200, seed: SEED },
    );
  });

  it('when joinBrokenLines joins nothing it returns its input, and that text is normalised already', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const once = normalizeText(identity(text));
        const joined = joinBrokenLines(once);
        if (joined === once) expect(normalizeText(joined)).toBe(once);
        else expect(joined.text).not.toBe(once.text);
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it('the compilation seed: the page script is the verdict over all its documents', () => {
    const text = seeds.find((s) => s.includes('篇一')) ?? seeds[1];
    const out = cleanInput(text);
    expect(out.documents.length).toBeGreaterThan(1);
    expect(out.script).toBe(detectScript(out.mapped.map((d) => d.text).join('\n')));
  });
});

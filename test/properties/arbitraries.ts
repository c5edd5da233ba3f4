/**
 * Input generators shared by the property tests (vitest) and the fuzz runner (plain node): no
 * vitest import here. Four families: random unicode, CJK-heavy plan-like text full of markers and
 * brackets, mutated windows of the real seeds, and random bytes.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, from test/properties or from dist/test/properties. */
function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    try {
      if (readdirSync(dir).includes('fixtures') && readdirSync(dir).includes('package.json')) return dir;
    } catch {
      // keep climbing
    }
    dir = path.dirname(dir);
  }
  return process.cwd();
}

/** Lines of every fixtures/seed-* input. */
export function seedTexts(): string[] {
  const root = path.join(repoRoot(), 'fixtures');
  return readdirSync(root)
    .filter((d) => d.startsWith('seed-'))
    .sort()
    .map((d) => readFileSync(path.join(root, d, 'input.txt'), 'utf8'));
}

const MARKERS = [
  '一、',
  '二、',
  '十一、',
  '(一)',
  '（二）',
  '(十)',
  '1.',
  '2．',
  '10.',
  '(1)',
  '（3）',
  '①',
  '第一条',
  '第二章',
  '【篇一】',
  '篇二:',
  '一是',
  '二是',
];
const OPEN = ['(', '（', '[', '【', '〔', '《', '“', '「', '{'];
const CLOSE = [')', '）', ']', '】', '〕', '》', '”', '」', '}'];
const WORDS = [
  '推进',
  '政务公开',
  '工作要点',
  '市政府办公厅',
  '市发改委',
  '各县(市、区)',
  '牵头',
  '负责',
  '配合',
  '分别',
  '责任单位',
  '完成时限',
  '2019年底前',
  '6月30日前',
  '持续推进',
  '不少于1次',
  '关于印发',
  '的通知',
  '各区、县(市)人民政府,市政府各部门:',
  '现印发给你们',
  '请认真贯彻落实。',
  '杭政办函〔2018〕84号',
  '2018年6月19日',
  '抄送:',
  '主题词:',
  '印发',
  '此件公开发布',
  '首页',
  '> 政务公开 >',
  '来源:',
  '浏览次数:',
  '【打印】【关闭】',
  'ICP备05070218号',
  '相关文章',
  '小编',
  '印發(fā)',
  '。',
  ',',
  ';',
  ':',
  '、',
  '\t',
  ' ',
  '\u3000',
  '\u00a0',
  '\u200b',
  '\r\n',
  '\n',
  '\n\n',
  '<p>',
  '</p>',
  '<br>',
  '<div>',
  '</div>',
  '<html><body>',
  '&nbsp;',
  '&amp;',
  '%',
  '4%',
];
const CJK = [
  ...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞',
];

const pick = <T>(xs: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);

/**
 * Any code point, lone surrogates included: what fast-check's 'binary' unit gives, as a plain
 * mapped integer. fc.string({ unit: 'binary' }) spent ~8.5 s building its shrink tables when this
 * module loaded, in every fuzz worker and every property-test run.
 */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c));

/** Random unicode: code points from every plane, lone surrogates included. */
export const unicodeText = fc.oneof(
  fc.string({ unit: anyCodePoint, maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc
    .array(
      fc.oneof(
        fc.string({ unit: anyCodePoint, maxLength: 20 }),
        pick(['\n', '\r', '\r\n', '\u2028', '\u0000', '\ufeff', '\ufffd']),
      ),
      { maxLength: 30 },
    )
    .map((xs) => xs.join('')),
);

const token = fc.oneof(
  { weight: 5, arbitrary: pick(CJK) },
  { weight: 4, arbitrary: pick(WORDS) },
  { weight: 2, arbitrary: pick(MARKERS) },
  { weight: 2, arbitrary: pick(OPEN) },
  { weight: 2, arbitrary: pick(CLOSE) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 2099 }).map(String) },
);

/** One plan-like line: often starting with a marker, often ending in an annotation. */
const planLine = fc
  .tuple(
    fc.option(pick(MARKERS), { freq: 2 }),
    fc.array(token, { maxLength: 25 }),
    fc.option(
      fc.tuple(
        pick(OPEN),
        fc.array(pick([...CJK.slice(0, 60), '市', '局', '牵头', '、', ',', '负责']), { maxLength: 12 }),
        fc.option(pick(CLOSE)),
      ),
      { freq: 3 },
    ),
  )
  .map(([marker, body, note]) => `${marker ?? ''}${body.join('')}${note ? `${note[0]}${note[1].join('')}${note[2] ?? ''}` : ''}`);

/** CJK-heavy text with structure markers, brackets, annotations and web debris. */
export const planText = fc
  .array(fc.oneof({ weight: 6, arbitrary: planLine }, { weight: 1, arbitrary: fc.constant('') }), { maxLength: 40 })
  .map((ls) => ls.join('\n'));

/** A window of a seed's lines, mutated. `seeds` are whole texts. */
export function mutatedSeed(seeds: readonly string[]): fc.Arbitrary<string> {
  const lineSets = seeds.map((s) => s.split(/\r?\n/));
  const windowed = fc
    .tuple(fc.nat({ max: lineSets.length - 1 }), fc.nat(), fc.integer({ min: 1, max: 60 }))
    .map(([s, from, len]) => {
      const lines = lineSets[s];
      const start = from % lines.length;
      return lines.slice(start, start + len);
    });
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('shuffle' as const), a: fc.nat(), b: fc.nat() }),
    fc.record({ kind: fc.constant('delete' as const), a: fc.nat(), b: fc.nat() }),
    fc.record({ kind: fc.constant('duplicate' as const), a: fc.nat(), b: fc.nat() }),
    fc.record({
      kind: fc.constant('bracket' as const),
      a: fc.nat(),
      b: fc.nat(),
      text: pick([...OPEN, ...CLOSE, '(市政府办公厅牵头', '牵头)', '(', ')']),
    }),
    fc.record({ kind: fc.constant('splice' as const), a: fc.nat(), b: fc.nat(), text: planLine }),
    fc.record({ kind: fc.constant('join' as const), a: fc.nat(), b: fc.nat() }),
  );
  return fc.tuple(windowed, fc.array(mutation, { maxLength: 6 })).map(([lines, ms]) => {
    const out = [...lines];
    for (const m of ms) {
      if (out.length === 0) break;
      const i = m.a % out.length;
      const j = m.b % out.length;
      switch (m.kind) {
        case 'shuffle':
          [out[i], out[j]] = [out[j], out[i]];
          break;
        case 'delete':
          out.splice(i, 1);
          break;
        case 'duplicate':
          out.splice(j, 0, out[i]);
          break;
        case 'join':
          if (i + 1 < out.length) out.splice(i, 2, out[i] + out[i + 1]);
          break;
        case 'bracket':
        case 'splice': {
          const at = m.b % (out[i].length + 1);
          out[i] = out[i].slice(0, at) + m.text + out[i].slice(at);
          break;
        }
      }
    }
    return out.join('\n');
  });
}

/** UTF-8 bytes of a text with random bytes flipped. */
export function byteFlips(text: fc.Arbitrary<string>): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(text, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }))
    .map(([t, flips]) => {
      const bytes = new TextEncoder().encode(t);
      if (bytes.length === 0) return bytes;
      for (const [at, value] of flips) bytes[at % bytes.length] = value;
      return bytes;
    });
}

/** Random bytes: uniform, mostly-high (legacy encodings), and with NUL or BOMs in front. */
export const randomBytes = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc.uint8Array({ min: 0x80, max: 0xff, maxLength: 300 }),
  fc
    .tuple(
      pick([
        [0xef, 0xbb, 0xbf],
        [0xff, 0xfe],
        [0xfe, 0xff],
        [0x3c, 0x68, 0x74, 0x6d, 0x6c, 0x3e],
      ]),
      fc.uint8Array({ maxLength: 200 }),
    )
    .map(([head, tail]) => new Uint8Array([...head, ...tail])),
);

/** HTML wrapped around plan text, sometimes broken. */
export const htmlText = fc
  .tuple(
    planText,
    pick([
      '<html><body>',
      '<html><head><title>关于印发</title></head><body><div class="content">',
      '<div><p>',
      '<!DOCTYPE html><html><body><table><tr><td>',
    ]),
    pick(['</body></html>', '</div>', '', '</td></tr></table>', '<p><b><i>']),
  )
  .map(
    ([t, open, close]) =>
      `${open}${t
        .split('\n')
        .map((l) => `<p>${l}</p>`)
        .join('')}${close}`,
  );

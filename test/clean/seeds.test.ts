import { beforeAll, describe, expect, it } from 'vitest';
import { cleanText, type CleanResult } from '../../src/clean/index.js';
import type { MappedText } from '../../src/core/source-map.js';
import { normalised, readSeed, SEEDS, unaccounted } from './helpers.js';

interface Seed {
  readonly raw: string;
  readonly input: MappedText;
  readonly result: CleanResult;
}

const seeds = new Map<string, Seed>();
beforeAll(async () => {
  for (const name of SEEDS) {
    const raw = readSeed(name);
    const input = await normalised(raw);
    seeds.set(name.slice(0, 3), { raw, input, result: cleanText(input) });
  }
});

const seed = (id: string): Seed => seeds.get(id)!;
const nonBlank = (text: string): string[] => text.split('\n').filter((l) => l.trim().length > 0);
/** Spaces between words depend on the normalize stage (it drops spaces between Han characters). */
const squeeze = (s: string): string => s.replace(/\s+/g, '');
const removed = (id: string): Array<[string, string]> => seed(id).result.removals.map((r) => [r.rule, squeeze(r.text)]);

describe.each(['000', '001', '002', '003', '004'])('seed %s', (id) => {
  it('accounts for every non-blank character of the input', () => {
    const { raw, result } = seed(id);
    expect(unaccounted(raw, result)).toEqual([]);
  });
  it('removal offsets point at the removed text in the source', () => {
    const { raw, result } = seed(id);
    for (const r of result.removals) {
      // The source may differ by width folding and inner spaces; compare content characters.
      const strip = (s: string) => s.replace(/[\s\u00a0\u3000]/g, '');
      expect(strip(raw.slice(r.start, r.end)).length).toBe(strip(r.text).length);
    }
  });
  it('is idempotent', () => {
    const again = cleanText({
      text: seed(id)
        .result.documents.map((d) => d.text)
        .join('\n'),
      map: [],
    });
    expect(again.removals).toEqual([]);
  });
});

describe('what each seed loses', () => {
  it('000: 相关文章 and the Produced By footer, nothing else', () => {
    expect(removed('000')).toEqual([
      ['related-list', '相关文章'],
      ['cms-footer', 'ProducedBy大汉网络大汉版通发布系统ProducedBy大汉网络大汉版通发布系统'],
    ]);
    const lines = nonBlank(seed('000').result.documents[0].text);
    expect(lines[0]).toBe('市政管局关于印发2019年黄冈市政务公开工作实施方案的通知');
    expect(lines.at(-1)).toMatch(/^各县\(市、区\)政府、市政府各部门要根据本工作要点.*并向社会公布。$/);
  });

  it('001: farm header, collection title and three markers; three documents', () => {
    expect(removed('001').map(([rule]) => rule)).toEqual([
      'farm-header',
      'farm-header',
      'compilation-title',
      'compilation-title',
      'compilation-title',
    ]);
    expect(removed('001')[1][1]).toBe('xx市2022年政务公开工作要点3篇');
    expect(removed('001')[2][1]).toBe('【篇一】xx市2022年政务公开工作要点');
    const docs = seed('001').result.documents.map((d) => nonBlank(d.text));
    expect(docs).toHaveLength(3);
    expect(docs[0][0]).toBe('驻马店市工商局2017年政务公开工作要点');
    expect(docs[1][0]).toBe('房山区2018年政务公开工作要点');
    expect(docs[2][0]).toMatch(/^广州市2011年全面推进政务公开工作要点为贯彻落实/);
    expect(docs[0].at(-1)).toMatch(/^\(三\)强化监督考核。/);
    expect(docs[1].at(-1)).toMatch(/^要抓好教育培训.*并适时通报检查评估结果。$/);
    // 版记 belongs to the document.
    expect(docs[2].slice(-2).map(squeeze)).toEqual(['主题词:行政事务政务公开通知', '广州市人民政府办公厅秘书处2011年3月2日印发']);
  });

  it('002: breadcrumb over two lines, 日期, 相關解讀, 來源 and the spam block', () => {
    expect(removed('002').map(([rule]) => rule)).toEqual([
      'breadcrumb',
      'breadcrumb',
      'page-meta',
      'related-list',
      'page-meta',
      'seo-spam',
    ]);
    expect(removed('002')[5][1]).toMatch(/^久久中文字幕人妻丝袜\|.*精品无码免费专区毛片\|$/);
    expect(seed('002').result.pageMeta).toEqual({
      breadcrumb: '首頁 > 全面推進基層政務公開標準化規范化專題 > 省內政策',
      date: '2019-05-17',
      source: '江西省人民政府辦公廳',
    });
    const lines = nonBlank(seed('002').result.documents[0].text);
    expect(lines[0]).toBe('江西省人民政府辦公廳關于印發2019年江西省政務公開工作要點的通知');
    expect(lines).toContain('(此件主動公開)');
    expect(lines.at(-1)).toMatch(/^各地、各部門貫徹落實本要點的情況.*組織開展第三方評估。$/);
    expect(seed('002').result.documents[0].text).not.toMatch(/无码|中文字幕|首頁|來源:/);
  });

  it('003: the 时间/来源/浏览次数 header, values in pageMeta', () => {
    expect(removed('003')).toEqual([['page-meta', '时间:2018-06-1917:16来源:“中国杭州”政府门户网站浏览次数:']]);
    expect(seed('003').result.pageMeta).toEqual({ date: '2018-06-19', source: '“中国杭州”政府门户网站' });
    const lines = nonBlank(seed('003').result.documents[0].text);
    expect(lines.slice(0, 4)).toEqual([
      '杭州市人民政府办公厅关于印发2018年杭州市政务公开工作要点的通知',
      '杭州市人民政府办公厅关于印发',
      '2018年杭州市政务公开工作要点的通知',
      '杭政办函〔2018〕84号',
    ]);
    expect(lines.at(-1)).toMatch(/^各地各部门要结合实际.*在年度考核中予以体现。$/);
  });

  it('004: nothing', () => {
    expect(removed('004')).toEqual([]);
    const lines = nonBlank(seed('004').result.documents[0].text);
    expect(lines[0]).toBe('各县、区人民政府,市各委办局,市各直属单位:');
    expect(lines).toContain('(此件公开发布)');
  });
});

describe('plan text survives', () => {
  it.each(['000', '001', '002', '003', '004'])('seed %s keeps every line no rule removed', (id) => {
    const { input, result } = seed(id);
    const kept = result.documents.map((d) => d.text).join('\n');
    const removedTexts = new Set(result.removals.map((r) => r.text));
    for (const line of nonBlank(input.text)) {
      if (removedTexts.has(line.trim())) continue;
      expect(kept).toContain(line.trim());
    }
  });
});

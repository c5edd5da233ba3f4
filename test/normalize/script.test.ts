import { readSeedText } from '../seeds.js';
import { describe, expect, it } from 'vitest';
import { countScriptChars, detectScript, loadConverter } from '../../src/normalize/index.js';

const seed = (prefix: string): string => readSeedText(prefix);

describe('detectScript', () => {
  it.each([
    ['000', 'simplified'],
    ['001', 'simplified'],
    ['002', 'traditional'],
    ['003', 'simplified'],
    ['004', 'simplified'],
  ])('seed %s → %s', (prefix, script) => {
    expect(detectScript(seed(prefix))).toBe(script);
  });

  it('seed 002: the trailing simplified spam block is counted but does not flip the verdict', () => {
    const { simplified, traditional } = countScriptChars(seed('002'));
    expect(simplified).toBeGreaterThan(50);
    expect(traditional).toBeGreaterThan(simplified * 5);
  });

  it.each([
    ['simplified', '市发展改革委牵头落实,各区县政府负责。', 'simplified'],
    ['traditional', '省發展改革委、省工業和信息化廳分別牽頭落實。', 'traditional'],
    [
      'traditional keeping 于/后/范 (mainland conversion)',
      '關于印發2019年江西省政務公開工作要點的通知,發展后規范。',
      'traditional',
    ],
    ['Taiwan variants', '羣衆迴應,發佈審覈,爲人民服務。', 'traditional'],
    ['Taiwan place and office words', '臺灣衛生福利部偽造啟事,繼續擴大綜合監護。', 'traditional'],
    ['simplified counterparts', '台湾卫生部门继续扩大综合监护,防止伪造。', 'simplified'],
    [
      'traditional with simplified 着/册/线 slipped in',
      '積極迴應羣衆關切,建立審覈機制,及时發佈權威信息,着力解决问题。',
      'traditional',
    ],
    ['no CJK', 'Produced By Hanweb 2019-05-17', 'unknown'],
    ['too few distinguishing chars', '一二三四五六七八九十', 'unknown'],
    ['empty', '', 'unknown'],
    [
      'mixed halves',
      '省發展改革委牽頭落實。各區縣政府負責組織實施。'.repeat(3) + '市发展改革委牵头落实。各区县政府负责组织实施。'.repeat(3),
      'mixed',
    ],
    [
      'traditional with a few simplified forms',
      '省發展改革委牽頭落實,各區縣政府負責組織實施。'.repeat(10) + '发展',
      'traditional',
    ],
  ])('%s', (_name, text, script) => {
    expect(detectScript(text)).toBe(script);
  });

  // Timing of 5 MB is in `npm run bench` (hostile row mixed-script), not here.
  it('reads 5 MB of mixed script', () => {
    const big = '省發展改革委牽頭落實,市发展改革委牵头落实。'.repeat(250_000);
    expect(detectScript(big)).toBe('mixed');
  });
});

describe('loadConverter', () => {
  it.each([
    ['simplified', 'traditional', '省发展改革委牵头落实,群众关注关切', '省發展改革委牽頭落實,群眾關注關切'],
    ['simplified', 'traditional', '为人民服务,政务公开专栏', '為人民服務,政務公開專欄'],
    ['traditional', 'simplified', '省發展改革委、省工業和信息化廳分別牽頭落實', '省发展改革委、省工业和信息化厅分别牵头落实'],
    ['traditional', 'simplified', '羣衆迴應,發佈審覈,爲人民服務', '群众回应,发布审核,为人民服务'],
    ['traditional', 'simplified', '各市、縣〔區〕人民政府', '各市、县〔区〕人民政府'],
    ['simplified', 'simplified', '发展', '发展'],
  ] as const)('%s → %s: %s', (from, to, input, expected) => {
    expect(loadConverter(from, to)(input)).toBe(expected);
  });

  it('keeps length and punctuation, so offsets stay valid character by character', () => {
    const text = '(一)深入解讀重要政策。(省發展改革委牽頭)';
    expect(loadConverter('traditional', 'simplified')(text)).toHaveLength(text.length);
  });
});

import { describe, expect, it } from 'vitest';
import { splitTasks } from '../../src/extract/index.js';

const summary = (text: string) => splitTasks(text).map((p) => [p.text, p.annotation?.raw ?? null]);

describe('splitTasks', () => {
  it('splits the 房山 paragraph into one piece per annotation', () => {
    const text =
      '编制发布房山分区规划、新城控制性详细规划和土地利用、道路交通、文物保护等专项规划信息。(市规划国土委房山分局、区文委负责落实)' +
      '深入推进京津冀交通协同发展,及时公开对接推动重大通道建设项目信息。(区发改委、房山公路分局、市规划国土委房山分局、区城市管理委负责落实)';
    const pieces = splitTasks(text);
    expect(pieces.map((p) => p.text)).toEqual([
      '编制发布房山分区规划、新城控制性详细规划和土地利用、道路交通、文物保护等专项规划信息。',
      '深入推进京津冀交通协同发展,及时公开对接推动重大通道建设项目信息。',
    ]);
    expect(pieces.map((p) => p.annotation?.inner)).toEqual([
      '市规划国土委房山分局、区文委负责落实',
      '区发改委、房山公路分局、市规划国土委房山分局、区城市管理委负责落实',
    ]);
    for (const p of pieces) expect(text.startsWith(p.text, p.start)).toBe(true);
  });

  it.each<[string, string, [string, string | null][]]>([
    ['no annotation', '继续做好政务公开工作。', [['继续做好政务公开工作。', null]]],
    ['one trailing annotation', '做好工作。(区政府办牵头)', [['做好工作。', '(区政府办牵头)']]],
    ['annotation then punctuation only', '做好工作。(区政府办牵头) 。', [['做好工作。', '(区政府办牵头)']]],
    ['annotation before 。', '依法公开预决算(市财政局)。', [['依法公开预决算。', '(市财政局)']]],
    [
      'annotation before ;',
      '公开信息(区安监局负责落实);及时发布情况',
      [
        ['公开信息;', '(区安监局负责落实)'],
        ['及时发布情况', null],
      ],
    ],
    [
      'trailing unannotated task',
      '做好工作。(区政府办牵头)推进另一项工作。',
      [
        ['做好工作。', '(区政府办牵头)'],
        ['推进另一项工作。', null],
      ],
    ],
    ['annotation only', '(市政管局牵头落实)', [['', '(市政管局牵头落实)']]],
    [
      'ordinary brackets stay in the text',
      '深化政府与社会资本合作(PPP)项目公开。(区财政局负责落实)',
      [['深化政府与社会资本合作(PPP)项目公开。', '(区财政局负责落实)']],
    ],
    ['spaces trimmed', '  做好工作。 (区政府办牵头)  ', [['做好工作。', '(区政府办牵头)']]],
    ['truncated annotation', '做好工作。(市政管局牵头', [['做好工作。', '(市政管局牵头']]],
    [
      'traditional',
      '及時公開。(省財政廳牽頭)推進公開。(省教育廳負責)',
      [
        ['及時公開。', '(省財政廳牽頭)'],
        ['推進公開。', '(省教育廳負責)'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('gives no piece for blank text', () => {
    expect(splitTasks('   ')).toEqual([]);
  });

  it('reports where each piece starts', () => {
    expect(splitTasks('  甲工作。(市财政局牵头)  乙工作。(市税务局牵头)').map((p) => p.start)).toEqual([2, 16]);
  });
});

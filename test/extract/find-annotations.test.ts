import { describe, expect, it } from 'vitest';
import { findAnnotations } from '../../src/extract/index.js';

const raws = (text: string) => findAnnotations(text).map((a) => a.raw);

describe('findAnnotations: what is an annotation', () => {
  it.each<[string, string, string[]]>([
    ['role word after 。', '及时更新。(市政管局牵头落实)', ['(市政管局牵头落实)']],
    ['full-width brackets', '及时更新。（市政管局牵头）', ['（市政管局牵头）']],
    ['bare unit before 。', '依法公开预决算(市财政局)。', ['(市财政局)']],
    ['bare unit at the end', '依法公开预决算。(市财政局)', ['(市财政局)']],
    ['bare units then the next sentence', '做好公开。(各县、区政府,市各有关部门)深入推进。', ['(各县、区政府,市各有关部门)']],
    [
      'label in square brackets',
      '做好工作。[责任单位:市级有关部门,各区、县(市)政府]',
      ['[责任单位:市级有关部门,各区、县(市)政府]'],
    ],
    [
      'mismatched 〔…)',
      '回应关切。〔区委宣传部、区政府办牵头,区政府各部门、各乡镇(街道)负责落实)',
      ['〔区委宣传部、区政府办牵头,区政府各部门、各乡镇(街道)负责落实)'],
    ],
    [
      'nested 〔區〕 in traditional',
      '增強針對性。(各市、縣〔區〕人民政府,省政府各部門按職責分別負責落實)',
      ['(各市、縣〔區〕人民政府,省政府各部門按職責分別負責落實)'],
    ],
    ['【】 label', '完成目录编制。【牵头单位:市发改委;责任单位:市财政局】', ['【牵头单位:市发改委;责任单位:市财政局】']],
    ['after a closing quote', '做到“应公开尽公开。”(市政府办牵头)', ['(市政府办牵头)']],
    ['role annotation glued to the next sentence', '公开信息(区发改委负责落实)深入推进工作。', ['(区发改委负责落实)']],
    ['two in a row', '公开信息。(市发改委牵头)(市财政局配合)', ['(市发改委牵头)', '(市财政局配合)']],
    ['trailing spaces', '及时公开。(市农业农村局牵头落实)  ', ['(市农业农村局牵头落实)']],
    [
      'place names that start like an aside',
      '做好公开。(如皋市人民政府、即墨区政府、含山县政府)',
      ['(如皋市人民政府、即墨区政府、含山县政府)'],
    ],
    ['line break after', '及时公开。(市编办牵头落实)\n下一段', ['(市编办牵头落实)']],
    [
      'the object of 负责 inside',
      '修订管理办法。(县住建局牵头,县司法局负责合法性审查)',
      ['(县住建局牵头,县司法局负责合法性审查)'],
    ],
    ['glued names', '开展汛前排查。(县水务局县应急管理局)', ['(县水务局县应急管理局)']],
    ['a quoted name', '完成清淤。(县“清河行动”工作专班负责)', ['(县“清河行动”工作专班负责)']],
  ])('%s', (_name, text, expected) => {
    expect(raws(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['definition', '决策、执行、管理、服务、结果公开(以下统称“五公开”),扩大公众参与。'],
    ['document number', '按照《通知》(国办发〔2018〕23号)要求。'],
    ['abbreviation', '部署IPv6(互联网协议第6版)改造工作。'],
    ['IPv6 gloss', '升级互联网协议第六版(IPv6),结合实际。'],
    ['place', '国家企业信用信息公示系统(河南)应用。'],
    ['PPP', '深化政府与社会资本合作(PPP)项目信息公开。'],
    ['list of channels', '用好“两微一端”(政务微博、微信、移动客户端)灵活便捷的优势。'],
    ['citation before 。', '贯彻《条例》(中办发〔2016〕8号)。'],
    ['unit-looking name after a title', '按照《关于加强工作的意见》(中共中央办公厅)。'],
    ['admin gloss', '各区(县级市)政府要落实。'],
    ['admin gloss before 。', '延伸到乡镇(街道)。'],
    ['heading marker', '(一)全面推进决策公开。'],
    ['disclosure note', '(此件公开发布)'],
    ['a bare unit word is too weak for a bracket', '建立联络机制(办公室)。'],
    ['a quotation only', '推行“五个一”(“一窗受理”)。'],
    ['X(Y) at the end of a run of unit names (a flattened table row)', '完成清淤。县水利局县河道站(县河长办)2.开展巡查'],
    ['X(Y) after one unit name', '完成清淤。各镇人民政府(街道办事处)'],
    ['aside naming a unit', '市政务服务管理局(以下简称市政管局)。'],
    ['former name', '市文化和旅游局(原市文广新局)。'],
    ['mid-sentence bare unit', '由市政府(市政府办)统一部署安排。'],
    ['no brackets at all', '继续做好政务公开工作,确保取得实效。'],
    ['empty', ''],
  ])('not: %s', (_name, text) => {
    expect(raws(text)).toEqual([]);
  });
});

describe('findAnnotations: fields and offsets', () => {
  it('reports raw, inner, brackets and offsets', () => {
    const text = '做好公开。〔区发改委、相关乡镇(街道)负责落实〕围绕';
    const [a] = findAnnotations(text);
    expect(a).toEqual({
      raw: '〔区发改委、相关乡镇(街道)负责落实〕',
      inner: '区发改委、相关乡镇(街道)负责落实',
      open: '〔',
      close: '〕',
      start: 5,
      end: 24,
      balanced: true,
    });
    expect(text.slice(a.start, a.end)).toBe(a.raw);
  });

  it.each<[string, string]>([
    ['做好工作。(市政管局牵头落实', '市政管局牵头落实'],
    ['做好工作。(市政管局牵', '市政管局牵'],
    ['做好工作。(市财政局、市税', '市财政局、市税'],
    ['做好工作。(各市、縣〔區〕人民政府,省政府各部', '各市、縣〔區〕人民政府,省政府各部'],
  ])('truncated text ends in an unclosed annotation: %s', (text, inner) => {
    const found = findAnnotations(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ inner, close: '', balanced: false, end: text.length });
  });

  it.each(['做好工作(包括一些说明。后面还有很多内容', '做好工作。(以下简称', '第1(项工作。('])(
    'an unclosed bracket that is not an annotation: %s',
    (text) => {
      expect(findAnnotations(text)).toEqual([]);
    },
  );

  it('finds an annotation after a stray unclosed opener', () => {
    expect(raws('说明(未闭合的括号。工作要落实。(市财政局牵头)')).toEqual(['(市财政局牵头)']);
  });

  it('ignores a stray closer', () => {
    expect(raws('前文)。做好公开。(市财政局牵头)')).toEqual(['(市财政局牵头)']);
  });
});

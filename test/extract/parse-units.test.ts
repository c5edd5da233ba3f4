import { describe, expect, it } from 'vitest';
import { parseUnits } from '../../src/extract/index.js';

type Row = [inner: string, leads: string[], owners: string[], separately: boolean];

// BRIEF.md "Lead units: the annotation grammar", every row (inner text, brackets removed).
const briefTable: Row[] = [
  ['市政管局牵头落实', ['市政管局'], [], false],
  ['市政管局牵头', ['市政管局'], [], false],
  ['市财政局', [], ['市财政局'], false],
  ['各地、各部门落实', [], ['各地', '各部门'], false],
  ['市金融工作局、市扶贫办、市环保局分别牵头落实', ['市金融工作局', '市扶贫办', '市环保局'], [], true],
  ['区财政局牵头,区政府各部门负责落实', ['区财政局'], ['区政府各部门'], false],
  ['区发改委、区农委、相关乡镇(街道)负责落实', [], ['区发改委', '区农委', '相关乡镇(街道)'], false],
  ['责任单位:市级有关部门,各区、县(市)政府', [], ['市级有关部门', '各区、县(市)政府'], false],
  [
    '市公共资源交易监管局、财政局、发改委、自然资源和规划局、卫健委、政府采购中心等部门按职责和行业管理职能分别牵头落实',
    ['市公共资源交易监管局', '财政局', '发改委', '自然资源和规划局', '卫健委', '政府采购中心'],
    [],
    true,
  ],
  [
    '省發展改革委、省工業和信息化廳、省民政廳、省生態環境廳、省農業農村廳、省商務廳、省國資委分別牽頭落實',
    ['省發展改革委', '省工業和信息化廳', '省民政廳', '省生態環境廳', '省農業農村廳', '省商務廳', '省國資委'],
    [],
    true,
  ],
];

const traps: Row[] = [
  ['各县、市、区人民政府', [], ['各县、市、区人民政府'], false],
  ['各市、县(区)人民政府', [], ['各市、县(区)人民政府'], false],
  ['各区、县(市)政府', [], ['各区、县(市)政府'], false],
  ['各县(市、区)政府', [], ['各县(市、区)政府'], false],
  ['各县、区政府,市各有关部门', [], ['各县、区政府', '市各有关部门'], false],
  ['各市、縣〔區〕人民政府,省政府各部門按職責分別負責落實', [], ['各市、縣〔區〕人民政府', '省政府各部門'], true],
  ['市人社局、教育局、卫健委', [], ['市人社局', '教育局', '卫健委'], false],
  ['市场监管局', [], ['市场监管局'], false],
  ['市规划国土委房山分局、区文委负责落实', [], ['市规划国土委房山分局', '区文委'], false],
  ['各地、各部门', [], ['各地', '各部门'], false],
];

const labels: Row[] = [
  ['责任单位:市工信局、财政局、市场监管局。', [], ['市工信局', '财政局', '市场监管局'], false],
  ['责任单位:区发改局牵头,区直相关部门按职责分工负责', ['区发改局'], ['区直相关部门'], false],
  ['牵头单位:市发改委;责任单位:市财政局、市税务局', ['市发改委'], ['市财政局', '市税务局'], false],
  ['牵头单位:市发改委 责任单位:市财政局', ['市发改委'], ['市财政局'], false],
  ['責任單位:市發改委、市財政局', [], ['市發改委', '市財政局'], false],
  ['牽頭單位:省教育廳;責任單位:各設區市人民政府', ['省教育廳'], ['各設區市人民政府'], false],
  ['责任单位:市教育局等部门', [], ['市教育局'], false],
  // `等` + level + 有关/相关 + 部门/单位 points at unnamed others; alone, 市级有关部门 is a unit.
  ['责任单位:市国资委、市财政局等市级有关部门,各区、县(市)政府', [], ['市国资委', '市财政局', '各区、县(市)政府'], false],
  ['责任单位:市编办、市级有关部门,各区、县(市)政府', [], ['市编办', '市级有关部门', '各区、县(市)政府'], false],
  ['區財政局等區級相關單位', [], ['區財政局'], false],
  ['县发改局等县直有关部门按职责分工负责', [], ['县发改局'], false],
  ['市体育局等各级相关部门牵头', ['市体育局'], [], false],
  ['市民政局等其他有关单位按职责', [], ['市民政局'], false],
];

const ownCases: Row[] = [
  [
    '区政府办、区委网信办、区经信委(区信息中心)牵头,区政府各部门、各乡镇(街道)负责落实',
    ['区政府办', '区委网信办', '区经信委(区信息中心)'],
    ['区政府各部门', '各乡镇(街道)'],
    false,
  ],
  ['区政府办牵头区政府各部门负责落实', ['区政府办'], ['区政府各部门'], false],
  ['市发改委牵头,市财政局配合', ['市发改委'], ['市财政局'], false],
  ['市发改委牵头,市财政局、市税务局参与', ['市发改委'], ['市财政局', '市税务局'], false],
  ['市委宣传部,市政府办牵头', ['市委宣传部', '市政府办'], [], false], // a role word covers the units before it
  ['由市委组织部牵头', ['市委组织部'], [], false], // 组织 inside a name is no role word
  ['市高等教育局、市卫健委等单位负责', [], ['市高等教育局', '市卫健委'], false],
  ['區財政局、區地稅局負責落實', [], ['區財政局', '區地稅局'], false],
  [
    '省財政廳、省金融監管局,各市、縣〔區〕人民政府按職責分別負責落實',
    [],
    ['省財政廳', '省金融監管局', '各市、縣〔區〕人民政府'],
    true,
  ],
  ['市财政局牵头、市财政局配合', ['市财政局'], ['市财政局'], false],
  ['市政府办分别负责', [], ['市政府办'], true],
  ['各县市区、市直各部门', [], ['各县市区', '市直各部门'], false],
  ['各乡镇(街道)负责', [], ['各乡镇(街道)'], false],
  ['市公安局、市应急局等相关部门根据职责负责落实', [], ['市公安局', '市应急局'], false],
  ['中国人民银行黄冈市中心支行', [], ['中国人民银行黄冈市中心支行'], false],
  ['市发改委为牵头单位', ['市发改委'], [], false],
  ['市政府办牵头,各县市区政府、市直有关部门配合', ['市政府办'], ['各县市区政府', '市直有关部门'], false],
  // time clauses and time labels inside an annotation are not units
  ['市财政局牵头,2019年底前完成', ['市财政局'], [], false],
  ['责任单位:市财政局;完成时限:2019年底', [], ['市财政局'], false],
  [
    '牵头单位:市发改委;配合单位:市财政局、各县(市、区)政府;完成时间:2019年6月底前',
    ['市发改委'],
    ['市财政局', '各县(市、区)政府'],
    false,
  ],
  ['市教育局负责,长期坚持', [], ['市教育局'], false],
];

// Reading unit names in real notices (FAILURES.md C6), made-up names in the same style.
const names: Row[] = [
  // names glued without a separator split where the next opens with a level (or 各 + level)
  ['县水务局县应急管理局', [], ['县水务局', '县应急管理局'], false],
  ['镇综治办镇司法所、镇派出所', [], ['镇综治办', '镇司法所', '镇派出所'], false],
  ['区卫健局各街道办事处', [], ['区卫健局', '各街道办事处'], false],
  ['省林业局省自然资源厅牵头', ['省林业局', '省自然资源厅'], [], false],
  ['区园林处区绿化队(区苗圃站)', [], ['区园林处', '区绿化队(区苗圃站)'], false],
  ['各乡(镇)人民政府县直各单位', [], ['各乡(镇)人民政府', '县直各单位'], false],
  ['县委县政府', [], ['县委', '县政府'], false],
  // …and nowhere else: 市场, a level list, a joint party-government office, a sub-office
  ['市场监管局、市市场服务中心', [], ['市场监管局', '市市场服务中心'], false],
  ['各县市区政府', [], ['各县市区政府'], false],
  ['县委县政府督查室', [], ['县委县政府督查室'], false],
  ['县政府办公室法制科', [], ['县政府办公室法制科'], false],
  ['县政府各部门', [], ['县政府各部门'], false],
  ['县城乡规划服务中心(县测绘站)牵头', ['县城乡规划服务中心(县测绘站)'], [], false],
  // a quoted campaign or platform name inside a unit name
  ['县“清河行动”工作专班', [], ['县“清河行动”工作专班'], false],
  ['市“一网通办”服务中心、市数据局', [], ['市“一网通办”服务中心', '市数据局'], false],
  // what a role word governs is not a unit
  ['县司法局负责合法性审查', [], ['县司法局'], false],
  [
    '责任单位:县住建局牵头,县直有关部门按职责分工负责,县审计局负责审计监督工作',
    ['县住建局'],
    ['县直有关部门', '县审计局'],
    false,
  ],
  ['县发改局牵头抓总,县财政局配合', ['县发改局'], ['县财政局'], false],
  // a unit with no role word after a 牵头 clause under a 责任单位 label is an owner
  ['责任单位:县交通局、公路中心牵头,县直相关部门', ['县交通局', '公路中心'], ['县直相关部门'], false],
  ['责任单位:县农业局、林业局等有关单位', [], ['县农业局', '林业局'], false],
  // a bare unit word stands as a unit where units are expected
  ['办公室', [], ['办公室'], false],
  ['指挥部、领导小组', [], ['指挥部', '领导小组'], false],
  ['责任单位:专班', [], ['专班'], false],
];

// BRIEF, conventions of State Council and ministry documents (made-up annotations in that style).
const central: Row[] = [
  // the standing note: the first unit leads; the note itself names no unit
  ['交通运输部、公安部负责。列第一位者为牵头单位,下同', ['交通运输部'], ['公安部'], false],
  ['生态环境部、水利部负责,排在第一位的部门为牵头部门', ['生态环境部'], ['水利部'], false],
  // 会同: the body before it is responsible, named partners own too, unnamed others are no unit
  ['文化和旅游部会同有关部门负责', [], ['文化和旅游部'], false],
  ['应急管理部会同公安部、住房城乡建设部负责', [], ['应急管理部', '公安部', '住房城乡建设部'], false],
  // 等 in the middle of a list closes one group; 和 joins two units, not the words of one name
  ['民航局、铁路局等和各省级人民政府负责', [], ['民航局', '铁路局', '各省级人民政府'], false],
  ['自然资源部和各省级人民政府负责', [], ['自然资源部', '各省级人民政府'], false],
  ['住房和城乡建设部、人力资源和社会保障部负责', [], ['住房和城乡建设部', '人力资源和社会保障部'], false],
  ['水利部、农业农村部牵头负责', ['水利部', '农业农村部'], [], false],
  // 指导 and 参与 are weaker than 负责: owners; 指导 inside a name is part of it
  ['教育部牵头,共青团中央指导,各省级人民政府负责', ['教育部'], ['共青团中央', '各省级人民政府'], false],
  ['县就业指导中心、县农技指导站负责', [], ['县就业指导中心', '县农技指导站'], false],
  // a labelled clause that names no role (完成时限) holds no units
  ['负责部门:海关总署、市场监管总局;完成时限:2026年底前', [], ['海关总署', '市场监管总局'], false],
];

describe('parseUnits', () => {
  it('a standing note makes the first unit of later annotations lead', () => {
    expect(parseUnits('公安部、司法部负责', { firstLeads: true })).toEqual({
      leads: ['公安部'],
      owners: ['司法部'],
      separately: false,
      ok: true,
    });
    // an annotation with its own 牵头 keeps it
    expect(parseUnits('司法部牵头,公安部负责', { firstLeads: true })).toEqual({
      leads: ['司法部'],
      owners: ['公安部'],
      separately: false,
      ok: true,
    });
  });

  it.each([...briefTable, ...traps, ...labels, ...ownCases, ...names, ...central])('%s', (inner, leads, owners, separately) => {
    expect(parseUnits(inner)).toEqual({ leads, owners, separately, ok: true });
  });

  it.each([
    '以下统称“五公开”',
    '国办发〔2018〕23号',
    'IPv6',
    '河南',
    'PPP',
    '政务微博、微信、移动客户端',
    '县级市',
    '街道',
    '市',
    '',
    '   ',
    '牵头',
    '负责落实',
    '此件公开发布',
    '全文',
    '试行',
    '互联网协议第6版',
  ])('%j is not a unit list', (inner) => {
    expect(parseUnits(inner)).toEqual({ leads: [], owners: [], separately: false, ok: false });
  });

  it.each<[string, string[], string[]]>([
    ['县水务局、县应', [], []],
    ['县水务局牵头,县应', ['县水务局'], []],
    ['责任单位:县水务局、县应', [], ['县水务局']],
    ['县水务局牵头,县应急局负责', ['县水务局'], ['县应急局']],
  ])('truncated %s: only units whose role is stated, never the cut-off last name', (inner, leads, owners) => {
    const parsed = parseUnits(inner, { truncated: true });
    expect([parsed.leads, parsed.owners]).toEqual([leads, owners]);
  });

  it('gives up on an inner text longer than any unit list', () => {
    expect(parseUnits('市财政局、'.repeat(400)).ok).toBe(false);
  });
});

/**
 * Word lists for the annotation grammar, in simplified script only: callers match against
 * foldScript(text), which maps the traditional forms (牽頭, 負責, 落實, 單位 …) onto these.
 */

/**
 * 'guide': 指导, a weaker role than 负责 that the register keeps as an owner (BRIEF, conventions
 * of State Council documents); it counts only at the end of a clause, since 指导 also sits inside
 * unit names (市就业指导中心, 农技指导站).
 */
export type RoleKind = 'lead' | 'owner' | 'guide' | 'separately' | 'weak' | 'qualifier';

/**
 * Words that make up a role run such as `等部门按职责和行业管理职能分别牵头落实`. A run counts only
 * when it holds a lead or owner word; 'weak' and 'qualifier' words alone never make a run
 * (so 组织 in 区委组织部 or 等 in 高等学校 stay part of the unit name).
 */
// biome-ignore format: a word list, kept several to a line by kind
export const ROLE_WORDS: readonly (readonly [string, RoleKind])[] = [
  ['总牵头', 'lead'], ['牵头', 'lead'], ['主办', 'lead'], ['主责', 'lead'],
  ['为牵头单位', 'lead'], ['为牵头部门', 'lead'],
  ['为责任单位', 'owner'], ['为责任部门', 'owner'], ['为配合单位', 'owner'], ['为配合部门', 'owner'],
  ['负责', 'owner'], ['落实', 'owner'], ['配合', 'owner'], ['参与', 'owner'], ['协助', 'owner'],
  ['协办', 'owner'], ['承办', 'owner'], ['指导', 'guide'],
  ['分别', 'separately'],
  ['共同', 'weak'], ['具体', 'weak'], ['组织', 'weak'], ['实施', 'weak'], ['各自', 'weak'],
  ['分工', 'weak'], ['抓好', 'weak'], ['做好', 'weak'], ['完成', 'weak'],
  ['按职责和行业管理职能', 'qualifier'], ['按照职责分工', 'qualifier'], ['按职责分工', 'qualifier'],
  ['按照职责', 'qualifier'], ['按各自职责', 'qualifier'], ['按职责', 'qualifier'], ['按职能', 'qualifier'],
  ['根据职责', 'qualifier'], ['根据职能', 'qualifier'], ['依职责', 'qualifier'], ['依据职责', 'qualifier'],
  ...etcQualifiers(), ['等', 'qualifier'],
];

/**
 * `等` + level word + 有关/相关 + 部门/单位 closing a unit list (`市财政局等市级有关部门`) points at
 * unnamed others: a qualifier, not a unit. Without `等` (`市级有关部门` alone) it is a unit.
 */
function etcQualifiers(): (readonly [string, RoleKind])[] {
  const levels = ['', '市级', '区级', '县级', '省级', '乡镇', '各级', '市直', '区直', '县直', '省直', '其他', '其它'];
  const out: (readonly [string, RoleKind])[] = [];
  for (const level of levels) {
    for (const rel of ['有关', '相关', ''])
      for (const kind of ['部门', '单位']) out.push([`等${level}${rel}${kind}`, 'qualifier']);
  }
  return out;
}

/** Tails dropped from a unit name when no role word follows: `市财政局等部门` → 市财政局. */
export const TRAILING_QUALIFIERS: readonly string[] = ROLE_WORDS.filter(([, k]) => k === 'qualifier').map(([w]) => w);

/** Words that lead a unit list and are not part of the first unit's name. */
// biome-ignore format: a word list, kept several to a line by kind
export const LEADING_FILLERS: readonly string[] = ['由', '请', '并由', '并', '以及', '及', '和'];

/** `牵头单位:` / `责任单位:`; the first group decides the role the label gives. */
export const LABEL_PATTERN = /(牵头|主办|主责|责任|配合|参与|协办|协助|实施|承办|落实|负责)(单位|部门|主体|处室)[ \t]{0,4}[:：]/g;
export const LEAD_LABELS: readonly string[] = ['牵头', '主办', '主责'];

/** `完成时限:` / `时间节点:`: what follows names a time, not units. */
export const TIME_LABEL_PATTERN = /(完成|时间|时限|进度|工作)(时限|时间|节点|要求|安排|期限)[ \t]{0,4}[:：]/g;

/**
 * A clause made only of time words (2019年底前完成, 长期坚持, 持续推进) sits among units in some
 * annotations: `(市财政局牵头,2019年底前完成)`. One character or one fixed word per step, so the
 * split is unambiguous and the test linear.
 */
export const TIME_ONLY =
  /^(?:[\d〇零一二三四五六七八九十两今本明上下前第年度月日号底末季半旬内之以止前]|完成|为止|截止|长期|坚持|持续|推进|开展|常态化|全年|每年|每季度|每月|按月|按季度|按年|定期|及时|起|到|至)+$/;

/** Administrative levels that a `各` list shares: 各县、市、区人民政府. */
// biome-ignore format: a word list, kept several to a line by kind
export const ADMIN_LEVELS: readonly string[] = [
  '省', '市', '县', '区', '乡', '镇', '乡镇', '街道', '州', '盟', '旗', '村', '社区', '地',
  '县区', '县市', '市县', '区县', '市区', '县市区', '市县区', '县级市', '设区市', '自治区', '自治州', '自治县',
];

/**
 * Endings of unit names. The kinds of bodies come from the laws that name them: 《国务院行政机构
 * 设置和编制管理条例》(1997) §6 and §14 (办公厅, 部, 委员会, 总局, 署, 局, 办公室, 司, 处),
 * 《地方各级人民政府机构设置和编制管理条例》(2007) (厅, 局, 委, 办, 街道办事处), the party and mass
 * organisations (部, 委, 办, 室, 组, 工委, 团委, 妇联, 工会 …), public institutions (事业单位: 中心,
 * 院, 所, 站, 台, 馆, 社, 队, 校), state firms (公司, 集团, 银行, 支行) and the internal offices of a
 * bureau (处, 科, 股, 室, 组), plus the ad-hoc bodies plans name (领导小组, 指挥部, 专班, 管委会).
 * Longest first where it matters. A word that ends in one of them as a plain noun (市场, 运行,
 * 进行) is left out on purpose: 场 and 行 count only inside the longer words listed here.
 */
// biome-ignore format: a word list, kept several to a line by kind
export const MULTI_SUFFIXES: readonly string[] = [
  '人民政府', '政府', '部门', '单位', '管委会', '委员会', '办公室', '办公厅', '领导小组', '工作组', '小组',
  '专班', '指挥部', '中心', '分局', '支队', '大队', '中队', '总队', '街道', '乡镇', '社区', '银行', '公司', '集团',
  '法院', '检察院', '医院', '卫生院', '学校', '大学', '学院', '中学', '小学', '幼儿园', '协会', '学会', '联合会',
  '工会', '妇联', '残联', '侨联', '文联', '科协', '团委', '海关', '电视台', '气象台', '报社', '出版社', '机关',
  '机构', '各地', '各级', '党校', '园区', '开发区', '新区', '高新区', '示范区', '试验区', '管理处', '办事处',
  '派出所', '司法所', '研究所', '研究院', '工商联', '人大', '政协', '纪委', '监委', '工委', '党组', '人武部',
  '支行', '分行', '军分区', '分公司', '管理局', '服务局', '合作社', '联社', '监狱', '林场', '农场', '红十字会',
];

/** One-character endings; a name needs at least 3 characters (2 for the 'short' ones: 市委, 区委). */
export const SINGLE_SUFFIXES = '局委办厅部府院会室处署所站社团馆队科股组台校司庭';
export const SHORT_OK_SUFFIXES = '局委办厅府';

/**
 * Unit words that name a body on their own where a unit is expected (a table's unit cell, a
 * `责任单位:` label): `办公室`, `指挥部`, `领导小组`. Place and class words (街道, 部门, 单位) are not.
 */
// biome-ignore format: a word list, kept several to a line by kind
export const BARE_UNIT_WORDS: readonly string[] = [
  '办公室', '办公厅', '指挥部', '领导小组', '工作组', '专班', '管委会', '委员会', '党组', '工会', '团委',
  '妇联', '残联', '侨联', '文联', '科协', '纪委', '监委', '工委', '人武部', '工商联',
];

/**
 * Characters that open a unit name glued after another (`县水务局县应急管理局`): the level of
 * the next body, or `各` followed by a level (`区督查室各街道办事处`). See splitGlued in units.ts.
 */
export const GLUED_HEADS = '省市县区乡镇州盟旗';

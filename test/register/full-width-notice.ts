/** A made-up notice written with full-width punctuation throughout, as a word processor writes it. */
export const FULL_WIDTH_NOTICE = [
  '2021年某县政务公开工作要点',
  '',
  '一、加强政策解读（重点工作）',
  '（一）推进决策公开。完善重大决策预公开制度，扩大公众参与范围；做好意见征集：及时反馈。（县政府办公室牵头，各乡、镇（街道）负责）',
  '（二）深化财政信息公开。全面公开部门预算、决算（含“三公”经费），',
  '细化到项级科目；年底前完成。（县财政局）',
  '二、强化平台建设',
  '1．整合政务新媒体，',
  '统一发布口径！（县融媒体中心）',
  '',
].join('\n');

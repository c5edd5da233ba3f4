/**
 * Traditional → simplified, one table. opencc (normalize/converter, convert/register-script) writes
 * whole texts in the other script; this table serves the synchronous, length-preserving uses: the
 * script guess counts characters that exist in one script only, and matching folds traditional
 * forms onto the simplified ones the lexicons are written in.
 */

/**
 * Frequent characters whose simplified and traditional forms differ (pairs aligned by index,
 * generated with opencc-js cn→tw from a list of frequent and government-prose characters, then from every
 * CJK character of the seeds; 咨 游 余 占 尸 污 丰 冲 are also ordinary traditional characters and stay out).
 * Left out on purpose: simplified forms that are also ordinary traditional characters
 * (于 后 着 里 并 干 几 斗 采 准 划 台 范 复 征 适 据 术 么 云), which mainland-converted
 * traditional pages keep (seed 002: 關于, 規范, 發展后), and their traditional partners.
 */
export const SIMPLIFIED_ONLY =
  '这为个国时来们对会发动过说产种学经进电现实两体机当点从业应开还义间样与关线内数质气变条没结问无军题党员总设长头资边级图统较将组见计别论运农区强决战则处队给门规热领东导压争济阶极联认权证转单风带场车务万达积议声报类离华确张马节话况温传许广记观织装众书儿须际验连断难矿备办习响约劳团历构称号维选标写亲养层却专状厂识属圆调满县参红细听该铁价严龙飞监贯彻牵责乡镇财环卫贫编审税银险网络营优试负协执评训舆读态项预补贴医疗罚户费债迁偿购测检举诉讼赔档栏闻讲厅职获鸟鱼语让请课谁谈谢贵赛赵远递逻遗邓郑钱锁错闭阳阴陆陈显饭馆驾骑鲜鸡麦齐龟围续录绕稳创码坚继询扩综护纳亚视园访紧绿挥黄随冈库绩订汇药础驻频击违筹盖释沟简双减针径归惩拟届脱晓巩兴贸馈链汉衔帮讨畅轮隐担韩壮踪纸诺筑废岗额载势误尽宽终阅灾账侧旧换临奖赢输灵励纪邮页欧键块顺师缩诚撑丽粮盘贷弃异虚册详乱浅轨阐虑肃软丝湾货币绪兑槛垄赋驱缓毕阵辑伪驰厉迟销腾讯恶蓝扬尘烧辆墙厕亩刘迹妆赁驿庄拨倾荐骤损贡献暂枢纽钥启辖词袜娇浏览谋慑卖拥缴苏辅签钟';
export const TRADITIONAL_ONLY =
  '這為個國時來們對會發動過說產種學經進電現實兩體機當點從業應開還義間樣與關線內數質氣變條沒結問無軍題黨員總設長頭資邊級圖統較將組見計別論運農區強決戰則處隊給門規熱領東導壓爭濟階極聯認權證轉單風帶場車務萬達積議聲報類離華確張馬節話況溫傳許廣記觀織裝眾書兒須際驗連斷難礦備辦習響約勞團歷構稱號維選標寫親養層卻專狀廠識屬圓調滿縣參紅細聽該鐵價嚴龍飛監貫徹牽責鄉鎮財環衛貧編審稅銀險網絡營優試負協執評訓輿讀態項預補貼醫療罰戶費債遷償購測檢舉訴訟賠檔欄聞講廳職獲鳥魚語讓請課誰談謝貴賽趙遠遞邏遺鄧鄭錢鎖錯閉陽陰陸陳顯飯館駕騎鮮雞麥齊龜圍續錄繞穩創碼堅繼詢擴綜護納亞視園訪緊綠揮黃隨岡庫績訂匯藥礎駐頻擊違籌蓋釋溝簡雙減針徑歸懲擬屆脫曉鞏興貿饋鏈漢銜幫討暢輪隱擔韓壯蹤紙諾築廢崗額載勢誤盡寬終閱災賬側舊換臨獎贏輸靈勵紀郵頁歐鍵塊順師縮誠撐麗糧盤貸棄異虛冊詳亂淺軌闡慮肅軟絲灣貨幣緒兌檻壟賦驅緩畢陣輯偽馳厲遲銷騰訊惡藍揚塵燒輛牆廁畝劉跡妝賃驛莊撥傾薦驟損貢獻暫樞紐鑰啟轄詞襪嬌瀏覽謀懾賣擁繳蘇輔簽鐘';
/** Variant traditional forms (OpenCC / Taiwan / Hong Kong spellings) with no simplified use. */
export const TRADITIONAL_VARIANTS = '爲衆羣綫裏説佈覈迴纔衛戶麪歎啓僞峯鷄畫';
/** The simplified form of each of TRADITIONAL_VARIANTS, aligned by index. */
const VARIANTS_SIMPLIFIED = '为众群线里说布核回才卫户面叹启伪峰鸡画';

/**
 * Pairs folded for matching that are no evidence of script (traditional, then simplified): the
 * simplified form is also an ordinary traditional character (於→于, 後→后, 臺→台, 準→准 …), or the
 * pair lies outside the frequency list the script guess was tuned on (億→亿, 歲→岁, 島→岛 …).
 */
const FOLD_ONLY_PAIRS = '據据臺台週周於于億亿歲岁豐丰劃划準准壇坛爾尔島岛鹽盐後后範范註注';

/** Traditional code → simplified code, 0 for none: a flat table, since every char is looked up. */
const SIMPLIFIED_OF = (() => {
  const m = new Uint16Array(0x10000);
  for (let i = 0; i < TRADITIONAL_ONLY.length; i++) m[TRADITIONAL_ONLY.charCodeAt(i)] = SIMPLIFIED_ONLY.charCodeAt(i);
  for (let i = 0; i < TRADITIONAL_VARIANTS.length; i++) m[TRADITIONAL_VARIANTS.charCodeAt(i)] = VARIANTS_SIMPLIFIED.charCodeAt(i);
  for (let i = 0; i + 1 < FOLD_ONLY_PAIRS.length; i += 2) m[FOLD_ONLY_PAIRS.charCodeAt(i)] = FOLD_ONLY_PAIRS.charCodeAt(i + 1);
  return m;
})();

/** The simplified form of a traditional char code in the table, else the code itself. */
export function foldScriptCode(code: number): number {
  return SIMPLIFIED_OF[code] || code;
}

/**
 * Same length as `text`; traditional forms in the table replaced by simplified ones, so every
 * offset in the folded string is an offset in the original. Matching runs on the folded text;
 * what callers return is sliced from the original (units stay as written). Copes with
 * traditional text that mixes in simplified forms.
 */
export function foldScript(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const to = SIMPLIFIED_OF[text.charCodeAt(i)];
    if (to === 0) continue;
    out += text.slice(last, i) + String.fromCharCode(to);
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

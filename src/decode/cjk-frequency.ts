/**
 * Frequent CJK characters of government prose, in simplified and traditional forms (the union).
 * A correct decoding of real text hits this set often; mojibake from the wrong legacy encoding
 * produces mostly rare characters, so the share of hits separates GB18030 from Big5.
 */
const FREQUENT = new Set(
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞监督贯彻落牵责乡镇街财环卫健扶贫编村审税银券险网络息透服营境优试范推善负协告策执考核评估宣培训序渠台源享防控急舆读态项预补贴救助医疗房城罚批案登企户费债征拆迁偿购招投测检举诉讼赔档站栏微博客端媒闻言讲央厅职获這為個國時來們於對會發動過說產種後學經進著電裡現實兩體機當點從業應開還義間樣與關線內數麼質氣變條沒結問無軍並題黨員總設長頭資邊級圖統較將組見計別論運農幾區強決幹戰則據處隊給門規熱領東導壓爭濟階術極聯認權證採轉單風帶場車務萬達積議聲報鬥類離華確張馬節話況溫傳許廣記觀織裝眾書覆兒須際驗連斷難礦備辦習響約勞團歷構稱準號維劃選標寫親養層卻專狀廠識適屬圓調滿縣參紅細聽該鐵價嚴龍飛監貫徹牽責鄉鎮財環衛貧編審稅銀險網絡營優試範負協執評訓臺輿讀佈態項預補貼醫療罰戶費債徵遷償購測檢舉訴訟複賠檔欄聞講廳職獲',
);

/** Scores a candidate decoding: share of frequent CJK among non-ASCII chars, bad chars weigh heavily. */
export function scoreDecoding(text: string): number {
  let nonAscii = 0;
  let hits = 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    nonAscii++;
    if (code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff)) bad++;
    else if (FREQUENT.has(text[i])) hits++;
  }
  if (nonAscii === 0) return 0;
  return (hits - 5 * bad) / nonAscii;
}

/** Number of U+FFFD replacement characters. */
export function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/**
 * Folds the traditional characters our lexicons care about to their simplified forms, one UTF-16
 * unit for one, so every offset in the folded string is an offset in the original. Matching runs
 * on the folded text; what we return is always sliced from the original (units stay as written).
 * A char map (not opencc) keeps this stage synchronous, tiny and length-preserving, and copes
 * with traditional text that mixes in simplified forms.
 */
const PAIRS =
  '牽牵頭头負负責责實实別别參参與与協协辦办職职據据門门單单關关業业會会當当體体' +
  '廳厅處处館馆團团隊队銀银組组聯联學学臺台報报檢检審审議议統统計计衛卫資资護护' +
  '縣县區区鄉乡鎮镇設设級级號号內内為为個个時时週周兩两數数間间鐘钟於于達达項项條条場场' +
  '萬万億亿點点屆届歲岁務务門门發发導导應应歸归應应權权環环質质農农財财稅税總总' +
  '輔辅網网黨党廣广電电視视圖图書书館馆傳传區区價价醫医療疗鐵铁礦矿機机構构場场' +
  '華华東东豐丰億亿軍军檔档邊边產产勞劳動动驗验價价規规劃划營营運运農农貿贸園园' +
  '續续歷历準准態态監监險险壇坛爾尔島岛戶户兒儿減减滿满藥药銷销鹽盐壓压觀观務务氣气' +
  '遞递辦办開开這这進进後后陽阳陰阴隊队際际節节範范災灾極极標标經经濟济';

/** Traditional code → simplified code, 0 for none: a flat table, since every char is looked up. */
const MAP = (() => {
  const m = new Uint16Array(0x10000);
  for (let i = 0; i + 1 < PAIRS.length; i += 2) m[PAIRS.charCodeAt(i)] = PAIRS.charCodeAt(i + 1);
  return m;
})();

/** Same length as `text`; traditional forms in the map replaced by simplified ones. */
export function foldScript(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const to = MAP[text.charCodeAt(i)];
    if (to === 0) continue;
    out += text.slice(last, i) + String.fromCharCode(to);
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

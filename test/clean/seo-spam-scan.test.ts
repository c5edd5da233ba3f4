import { describe, expect, it } from 'vitest';
import { seoSpam } from '../../src/clean/rules/seo-spam.js';

/*
 * The seo-spam rule scores every item of a line (items end at | _ 。 ; ! ? ) 】) from one scan for
 * spam terms: a line is spam when most of its trailing items are, and spam glued to the end of
 * real text is cut from the first term of the spam tail. Read against lines a copied page carries.
 */
const whole = (reason: string) => [{ reason }];

describe('seo-spam reads the items of a line', () => {
  it.each<[string, unknown[]]>([
    // Keyword lists, separated or not, in either script.
    [
      '久久中文字幕人妻丝袜| 亚洲中文字幕无码一去台湾| 亚洲天堂中文字幕| 中文字幕精品亚洲无线码二区|',
      whole('SEO spam: 4 of 4 items contain spam vocabulary'),
    ],
    ['澳门娱乐城_百家乐_时时彩_真人棋牌在线', whole('SEO spam: 4 of 4 items contain spam vocabulary')],
    ['澳門娛樂城_百家樂_真人棋牌_在線', whole('SEO spam: 4 of 4 items contain spam vocabulary')],
    ['午夜】无码】人妻】丝袜】', whole('SEO spam: 4 of 4 items contain spam vocabulary')],
    ['午夜| 无码| 政务公开工作要点| 人妻| 丝袜|', whole('SEO spam: 4 of 5 items contain spam vocabulary')],
    // A Latin term counts as a word of its own only (the av of Java does not).
    ['亚洲AV日韩Av无码| 国产av精品| Java av 视频', whole('SEO spam: 3 of 3 items contain spam vocabulary')],
    ['av av av av', whole('SEO spam: 100% of the text is spam vocabulary (4 terms)')],
    ['Java培训| 成人教育| 视频会议| 在线服务', []],
    // Spam glued to the end of real text: cut from its first term.
    [
      '各地区要抓好贯彻落实久久中文字幕人妻丝袜| 亚洲中文字幕无码| 国产精品无码|',
      [{ reason: 'SEO spam glued to the end of a line: 10 spam terms in 3 items', start: 10, end: 39 }],
    ],
    [
      '加强政务公开。久久精品视频在线观看国产亚洲无码',
      [{ reason: 'SEO spam glued to the end of a line: 7 spam terms in 1 items', start: 7, end: 23 }],
    ],
    // Government prose with the words it shares with spam (免费, 国产, 在线, 视频, 亚洲).
    ['推动国产软件在政务系统中的应用,免费提供在线服务。', []],
    ['提供免费在线视频课程,推进国产软件应用。', []],
    ['亚洲基础设施投资银行', []],
  ])('%s', (line, expected) => {
    expect(seoSpam.match(line, {} as never)).toEqual(expected);
  });
});

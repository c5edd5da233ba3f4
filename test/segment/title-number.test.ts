/**
 * Plan titles (C10) and 发文字号 (C11) as real notices print them: a title over two lines, task
 * documents named …重点任务 / …分工方案, `附件` before the title, a crawler's 标题 and 文号 as the
 * fallback, a number glued to the title in a collapsed head, a 署名 of a 处 or 所. Made-up text.
 */
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/pipeline.js';
import { isFakeTitle, isTitleLine, planRunEnd, withoutAttachmentLabel } from '../../src/segment/title.js';

const BODY = '一、加强日常巡查\n(一)建立巡查台账。每周巡查一次。(县水务局负责)\n二、强化监督\n(一)开展专项督查。(县督查室负责)';
const NOTICE =
  '各镇人民政府,县直有关单位:\n现将《某县2025年河道管理工作要点》印发给你们,请认真贯彻落实。\n某县水务局\n2025年3月2日';

function first(text: string) {
  return parseInput(text).register.documents[0];
}

describe('plan titles (C10)', () => {
  it('joins a title broken after the place name', () => {
    expect(first(`${NOTICE}\n某县\n2025年河道管理工作要点\n今年河道管理工作的总体要求是:守牢安全底线。\n${BODY}`).title).toBe(
      '某县2025年河道管理工作要点',
    );
  });

  it('joins a title broken inside its subject', () => {
    const text = `${NOTICE}\n某县推进农村河道管护领域\n信息公开工作方案\n为做好河道管护信息公开,制定本方案。\n${BODY}`;
    expect(first(text).title).toBe('某县推进农村河道管护领域信息公开工作方案');
  });

  it.each([
    ['某县2025年河道管理重点任务', '某县2025年河道管理重点任务'],
    ['某县2025年河道管理主要任务', '某县2025年河道管理主要任务'],
    ['附件', null],
  ])('reads %s as a title line', (line, want) => {
    const doc = first(`${NOTICE}\n${line}\n${BODY}`);
    expect(doc.title).toBe(want);
  });

  it('takes the longest run of plan words from a glued title, but not a table header after it', () => {
    const glued = `${NOTICE}\n某县河道治理责任分工方案为落实全县河道治理各项任务,制定本方案。\n${BODY}`;
    expect(first(glued).title).toBe('某县河道治理责任分工方案');
    const text = '某县2025年河道管理任务分解表工作任务牵头单位';
    expect(text.slice(0, planRunEnd(text, text.indexOf('分解表') + 3))).toBe('某县2025年河道管理任务分解表');
  });

  it('drops `附件` before the title', () => {
    expect(withoutAttachmentLabel('附件2025年绿化养护任务分解表')).toBe('2025年绿化养护任务分解表');
    expect(withoutAttachmentLabel('附件2:2025年绿化养护任务分解表')).toBe('2025年绿化养护任务分解表');
    expect(withoutAttachmentLabel('附件')).toBe('附件');
    expect(first(`${NOTICE}\n附件\n2025年绿化养护任务分解表\n${BODY}`).title).toBe('2025年绿化养护任务分解表');
  });

  it('a bare plan word (a table header cell) is no title', () => {
    expect(isTitleLine('工作任务')).toBe(false);
    expect(isTitleLine('重点任务')).toBe(false);
    expect(isTitleLine('2025年重点任务')).toBe(true);
  });

  it('farm words count only where they close the title, not inside a word', () => {
    expect(isFakeTitle('2025年河道管理工作要点 2025年是关键之年,要加大全域巡查力度')).toBe(false);
    expect(isFakeTitle('河道管理工作要点范文(精选5篇)')).toBe(true);
    expect(isFakeTitle('工作计划大全')).toBe(true);
    const text = `${NOTICE}\n某县2025年河道管理工作要点 2025年是关键之年,要加大全域巡查力度,守牢安全底线。\n${BODY}`;
    expect(first(text).title).toBe('某县2025年河道管理工作要点');
  });

  it("falls back on the crawler's 标题 when the text has no plan title", () => {
    const text = `标题:某县水务局关于印发《某县2025年河道管理工作要点》的通知\n正文:\n${NOTICE}\n${BODY}`;
    expect(first(text).title).toBe('某县2025年河道管理工作要点');
  });
});

describe('发文字号 in a collapsed head (C11)', () => {
  it('cuts a number glued before the notice title, and falls back on the page 文号', () => {
    const head =
      '某园〔2025〕7号 某区园林处关于印发绿化养护方案的通知 各街道办事处: 现将《绿化养护方案》印发给你们,请认真落实,确保各项任务按时完成。某区园林处 2025年3月1日 绿化养护方案 为做好今年的绿化养护工作,制定本方案。';
    const doc = first(`${head}\n${BODY}`);
    expect(doc.notice?.docNumber).toBe('某园〔2025〕7号');
    expect(doc.notice?.title).toBe('某区园林处关于印发绿化养护方案的通知');
    expect(doc.notice?.date).toBe('2025-03-01');
    const meta = `标题:某区园林处关于印发绿化养护方案的通知\n文号:某园〔2025〕7号\n正文:\n各街道办事处:\n现将《绿化养护方案》印发给你们。\n某区园林处\n2025年3月1日\n${BODY}`;
    expect(first(meta).notice?.docNumber).toBe('某园〔2025〕7号');
  });

  it('reads the date after a 署名 of a 所 in a collapsed head', () => {
    const head =
      '各街道办事处: 现将《绿化养护方案》印发给你们,请认真落实,确保各项工作按时完成,并及时报送落实情况,年底前报送工作总结。某区园林管理所 2025年3月1日 绿化养护方案 为做好今年的绿化养护工作,制定本方案。';
    const doc = first(`${head}\n${BODY}`);
    expect(doc.notice?.date).toBe('2025-03-01');
    expect(doc.issuer).toBe('某区园林管理所');
  });
});

describe('notice parts the page states or the copy broke (C10, C11)', () => {
  it("names the notice from the page's 标题 when the text has no title line", () => {
    const text = `标题:某县水务局关于印发《某县2025年河道管理工作要点》的通知\n正文:\n${NOTICE}\n某县2025年河道管理工作要点\n${BODY}`;
    const doc = first(text);
    expect(doc.notice?.title).toBe('某县水务局关于印发《某县2025年河道管理工作要点》的通知');
    expect(doc.issuer).toBe('某县水务局');
  });

  it('reads the notice title out of a CMS <title> with the column and site appended', () => {
    const html = `<html><head><title>某县水务局关于印发2025年河道管理工作要点的通知_通知公告_某县人民政府网</title></head><body><div class="content"><p>各镇人民政府,县直有关单位:</p><p>现将《2025年河道管理工作要点》印发给你们,请认真贯彻落实。</p><p>某县水务局</p><p>2025年3月2日</p><p>一、加强日常巡查</p><p>(一)建立巡查台账。每周巡查一次。(县水务局负责)</p></div></body></html>`;
    const doc = first(html);
    expect(doc.notice?.title).toBe('某县水务局关于印发2025年河道管理工作要点的通知');
    expect(doc.title).toBe('2025年河道管理工作要点');
  });

  it('joins a 署名 broken before its office word, and keeps a lone 附件 label out of the preamble', () => {
    const text = `各镇人民政府:\n现将《某县2025年河道管理工作要点》印发给你们。\n某县人民政府\n办公室\n2025年3月2日\n附件\n某县2025年河道管理工作要点\n${BODY}`;
    const doc = first(text);
    expect(doc.issuer).toBe('某县人民政府办公室');
    expect(doc.notice?.body).toBe('现将《某县2025年河道管理工作要点》印发给你们。');
    expect(doc.preamble).toBeNull();
    expect(doc.title).toBe('某县2025年河道管理工作要点');
  });

  it('keeps two issuers of a joint notice apart', () => {
    const text = `各镇人民政府:\n现将《某县2025年河道管理工作要点》印发给你们。\n某县水务局\n某县财政局\n2025年3月2日\n某县2025年河道管理工作要点\n${BODY}`;
    expect(first(text).issuer).toBe('某县财政局');
  });
});

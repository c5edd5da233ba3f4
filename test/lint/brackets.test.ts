import { describe, expect, it } from 'vitest';
import { checkBrackets, describeBracketProblem } from '../../src/lint/brackets.js';

describe('checkBrackets', () => {
  it.each([
    '(市财政局负责)',
    '(各市、縣〔區〕人民政府,省政府各部門按職責分別負責落實)',
    '按照《条例》(国办发〔2018〕23号)做好',
    '（全角括号）［方括号］',
    '没有括号',
  ])('%s is balanced', (text) => {
    expect(checkBrackets(text)).toEqual([]);
  });

  it.each([
    ['〔区委宣传部负责落实)', ['`〔` is closed by `)`']],
    ['(市财政局负责', ['`(` is never closed']],
    ['市财政局负责)', ['`)` closes a bracket that was never opened']],
    ['(甲〔乙)', ['`〔` is never closed']],
    ['(甲)乙)〔丙', ['`)` closes a bracket that was never opened', '`〔` is never closed']],
  ])('%s', (text, reasons) => {
    expect(checkBrackets(text).map(describeBracketProblem)).toEqual(reasons);
  });

  it('reports the offset of the offending bracket', () => {
    expect(checkBrackets('做好工作。〔区委负责)')[0]).toMatchObject({ kind: 'mismatched', index: 5, closedAt: 10 });
  });

  // Speed is the bench's business (npm run bench, hostile rows); this checks the answer.
  it('reads a megabyte of brackets: each closer mismatches the opener on top', () => {
    const hostile = '('.repeat(500_000) + '〕'.repeat(500_000);
    const problems = checkBrackets(hostile);
    expect(problems).toHaveLength(500_000);
    expect(problems.every((p) => p.kind === 'mismatched')).toBe(true);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAnnotations, findDeadlines, findTargets, parseUnits, splitTasks } from '../../src/extract/index.js';

// Text built from the pieces that matter: brackets of every kind, separators, role words, units.
const token = fc.constantFrom(
  '(',
  ')',
  '〔',
  '〕',
  '[',
  ']',
  '【',
  '】',
  '、',
  ',',
  ';',
  '。',
  ' ',
  '\n',
  '牵头',
  '负责落实',
  '分别',
  '等部门',
  '市财政局',
  '区政府各部门',
  '各县',
  '市',
  '区人民政府',
  '责任单位:',
  '2019年',
  '底前',
  '30日内',
  '不少于1次',
  '工作',
);
const text = fc.array(token, { maxLength: 60 }).map((parts) => parts.join(''));

describe('extract invariants on generated text', () => {
  it('annotations are in order, do not overlap, and slice back to their raw text', () => {
    fc.assert(
      fc.property(text, (t) => {
        let last = 0;
        for (const a of findAnnotations(t)) {
          expect(a.start).toBeGreaterThanOrEqual(last);
          expect(t.slice(a.start, a.end)).toBe(a.raw);
          expect(a.raw).toBe(a.open + a.inner + a.close);
          expect(a.balanced).toBe(a.close !== '');
          last = a.end;
        }
      }),
    );
  });

  it('task pieces point into the text and never hold their annotation', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const p of splitTasks(t)) {
          expect(p.start).toBeGreaterThanOrEqual(0);
          expect(p.start).toBeLessThanOrEqual(t.length);
          expect(p.text).toBe(p.text.trim());
          if (p.annotation && p.text.length > 1) expect(p.text).not.toContain(p.annotation.raw);
        }
      }),
    );
  });

  it('parseUnits, findDeadlines and findTargets never throw; a failed parse has no units', () => {
    fc.assert(
      fc.property(text, fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }), (t, year) => {
        const u = parseUnits(t);
        if (!u.ok) expect([u.leads, u.owners, u.separately]).toEqual([[], [], false]);
        for (const d of findDeadlines(t, year)) expect(t).toContain(d.text);
        for (const g of findTargets(t)) expect(t).toContain(g.text);
      }),
    );
  });
});

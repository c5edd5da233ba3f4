import { describe, expect, it } from 'vitest';
import { cleanRules } from '../../src/clean/rules/index.js';
import type { LineContext } from '../../src/clean/types.js';

const ctx = (line: string): LineContext => ({ lines: [line], index: 0, memo: new Map() });

describe.each(cleanRules.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
  it('has a kebab-case id and a description', () => {
    expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(rule.description.length).toBeGreaterThan(10);
  });
  it.each(rule.examples.hit)('hits %s', (line) => {
    expect(rule.match(line, ctx(line)).length).toBeGreaterThan(0);
  });
  it.each(rule.examples.miss)('leaves alone %s', (line) => {
    expect(rule.match(line, ctx(line))).toEqual([]);
  });
});

it('lists every rule once', () => {
  const ids = cleanRules.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toEqual(
    expect.arrayContaining([
      'farm-header',
      'compilation-title',
      'breadcrumb',
      'page-meta',
      'related-list',
      'cms-footer',
      'icp',
      'share-links',
      'print-links',
      'seo-spam',
      'pinyin-gloss',
      'crawler-note',
      'page-head',
      'attachment-link',
    ]),
  );
});

import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/pipeline.js';
import { lintTree } from '../../src/lint/engine.js';
import { rules } from '../../src/lint/rules/index.js';
import type { AnyRule } from '../../src/lint/rule.js';

/** Each rule's own examples, through the real pipeline, with only that rule on (remark-lint style). */
function findings(rule: AnyRule, input: string): string[] {
  const { tree, clean } = parseInput(input, {});
  return lintTree({ tree, source: clean.lineIndex }, [{ rule, level: 'error', options: {} }]).map(
    (m) => `${m.position?.start.line}:${m.position?.start.column}: ${m.reason}`,
  );
}

describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  it('documents itself', () => {
    expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(rule.description.length).toBeGreaterThan(10);
    expect(rule.rationale.length).toBeGreaterThan(40);
    expect(Object.keys(rule.options).sort()).toEqual(Object.keys(rule.defaults).sort());
  });

  it('has a failing and a passing example', () => {
    expect(rule.examples.ok.length).toBeGreaterThan(0);
    expect(rule.examples.notOk.length).toBeGreaterThan(0);
  });

  it.each(rule.examples.ok.map((input) => [input]))('passes %j', (input) => {
    expect(findings(rule, input)).toEqual([]);
  });

  it.each(rule.examples.notOk.map((example) => [example.input, example.output]))('fails %j', (input, output) => {
    expect(findings(rule, input)).toEqual(output);
  });
});

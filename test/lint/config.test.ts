import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ConfigError } from '../../src/core/errors.js';
import {
  buildLintConfigSchema,
  mergeLintConfigs,
  parseLintConfigText,
  parseRuleFlag,
  ruleSettings,
} from '../../src/lint/index.js';
import { rules } from '../../src/lint/rules/index.js';

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('lint config', () => {
  it('schemas/lint-config.schema.json is the schema the rules declare', () => {
    const file = JSON.parse(readFileSync(path.resolve(__dirname, '../../schemas/lint-config.schema.json'), 'utf8'));
    // On a mismatch: npm run generate (writes buildLintConfigSchema(rules) to the file and recompiles the validators).
    expect(file).toEqual(buildLintConfigSchema(rules));
  });

  it.each([
    ['', {}],
    ['rules:\n  numbering-gap: warn\n', { 'numbering-gap': 'warn' }],
    ['rules:\n  numbering-gap: warning\n', { 'numbering-gap': 'warning' }],
    [
      'rules:\n  numbering-gap: [error, {continuation: continue}]\n',
      { 'numbering-gap': ['error', { continuation: 'continue' }] },
    ],
    ['{"rules": {"debris-left": ["warn", {"ignore": ["page-meta"]}]}}', { 'debris-left': ['warn', { ignore: ['page-meta'] }] }],
    ['$schema: https://workplan.dev/schemas/lint-config.schema.json\nrules: {}\n', {}],
  ])('reads %j', (text, expected) => {
    expect(parseLintConfigText(text, 'workplan.config.yaml').rules).toEqual(expected);
  });

  it.each([
    ['rules:\n  numbering-gaps: warn\n', "2:3: unknown rule 'numbering-gaps'"],
    ['rules:\n  numbering-gap: [warn, {restart: true}]\n', "unknown option 'restart' for rule 'numbering-gap'"],
    ['rules:\n  numbering-gap: warnings\n', "rule 'numbering-gap': level must be off, warning or error"],
    ['rules:\n  numbering-gap: [loud, {}]\n', "rule 'numbering-gap': level must be off, warning or error"],
    ['rules:\n  numbering-gap: [warn, {continuation: sometimes}]\n', "rule 'numbering-gap', option 'continuation'"],
    ['rules:\n  task-without-unit: [warn, {threshold: 2}]\n', "rule 'task-without-unit', option 'threshold'"],
    ['rule:\n  numbering-gap: warn\n', "unknown key 'rule'"],
    ['rules: [numbering-gap\n', 'syntax error'],
  ])('rejects %j', (text, message) => {
    const error = configError(() => parseLintConfigText(text, 'conf/workplan.config.yaml'));
    expect(error.file).toBe('conf/workplan.config.yaml');
    expect(error.message).toContain(message);
  });

  it.each([
    ['numbering-gap=off', { 'numbering-gap': 'off' }],
    ['debris-left=[warn, {ignore: [page-meta]}]', { 'debris-left': ['warn', { ignore: ['page-meta'] }] }],
  ])('--rule %s', (flag, expected) => {
    expect(parseRuleFlag(flag).rules).toEqual(expected);
  });

  it.each(['numbering-gap', 'no-such-rule=warn', 'numbering-gap=loud'])('--rule %s is a ConfigError', (flag) => {
    expect(configError(() => parseRuleFlag(flag)).file).toBe('--rule');
  });

  it('lets later configs win and keeps options when only the level changes', () => {
    const merged = mergeLintConfigs([
      { rules: { 'numbering-gap': ['error', { continuation: 'restart' }], 'missing-date': 'off' } },
      { rules: { 'numbering-gap': 'warn', 'missing-date': 'error' } },
    ]);
    expect(merged.rules).toEqual({ 'numbering-gap': ['warn', { continuation: 'restart' }], 'missing-date': 'error' });
    const settings = ruleSettings(rules, merged);
    expect(settings.find((s) => s.rule.id === 'numbering-gap')).toMatchObject({
      level: 'warning',
      options: { continuation: 'restart' },
    });
    expect(settings.find((s) => s.rule.id === 'level-skip')).toMatchObject({ level: 'warning', options: {} });
  });
});

import type { Message } from '../core/message.js';
import type { LineIndex } from '../core/position.js';
import type { Register } from '../core/register.js';
import type { RuleDescriptor } from '../report/types.js';
import { lintRegister, RULE_PREFIX, severityOf } from './engine.js';
import { EMPTY_CONFIG, ruleSettings, type LintConfig } from './config.js';
import { rules } from './rules/index.js';

export { lintRegister, RULE_PREFIX, severityOf, type RuleSetting } from './engine.js';
export {
  checkLintConfig,
  mergeLintConfigs,
  parseLintConfigText,
  parseRuleFlag,
  ruleSettings,
  EMPTY_CONFIG,
  type LintConfig,
  type RuleEntry,
} from './config.js';
export { buildLintConfigSchema, LINT_CONFIG_SCHEMA_ID } from './config-schema.js';
export { rules } from './rules/index.js';
export type { AnyRule, Finding, LevelSpelling, LintSubject, Rule, RuleLevel, RuleExample, OptionSchema } from './rule.js';
export { normalizeLevel } from './rule.js';

/** Lints one parsed notice with a config (default: every rule at its default level). */
export function lint(register: Register, source: LineIndex, config: LintConfig = EMPTY_CONFIG): Message[] {
  return lintRegister({ register, source }, ruleSettings(rules, config));
}

/** The rules as reporters describe them (SARIF tool.driver.rules). */
export function lintRuleDescriptors(): RuleDescriptor[] {
  return rules.map((rule) => ({
    id: `${RULE_PREFIX}${rule.id}`,
    description: rule.description,
    rationale: rule.rationale,
    defaultSeverity: severityOf(rule.defaultSeverity),
  }));
}

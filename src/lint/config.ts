import { ConfigError, InputError } from '../core/errors.js';
import { said, type Said } from '../i18n/catalogue.js';
import { loadSchemaValidator, readRegister } from '../register/index.js';
import { normalizeLevel, type AnyRule, type LevelSpelling } from './rule.js';
import type { RuleSetting } from './engine.js';

/** One rule's entry as written: a level, or [level, {options}] (`warn` is read as `warning`). */
export type RuleEntry = LevelSpelling | readonly [LevelSpelling, Readonly<Record<string, unknown>>];

export interface LintConfig {
  readonly rules: Readonly<Record<string, RuleEntry>>;
}

export const EMPTY_CONFIG: LintConfig = { rules: {} };

/** Where a JSON pointer sits in the config text, when known. */
type Locator = (pointer: string, key: boolean) => { line: number; column: number } | null;

/**
 * Reads a config file's text (YAML, or JSON) and validates it against
 * schemas/lint-config.schema.json. Every problem is a ConfigError naming the file.
 */
export function parseLintConfigText(text: string, source: string): LintConfig {
  let read: ReturnType<typeof readRegister>;
  try {
    read = readRegister(text, source);
  } catch (error) {
    if (error instanceof InputError) throw new ConfigError(error.message.replace(/^not a register: /, ''), { file: source });
    throw error;
  }
  return checkLintConfig(read.value ?? {}, source, (p, key) => read.pointerRange(p, key)?.start ?? null);
}

/** Validates an already parsed config object (null/empty file: no settings). */
export function checkLintConfig(value: unknown, source: string, locate: Locator = () => null): LintConfig {
  const data = value === null || value === undefined ? {} : value;
  const validate = loadSchemaValidator('lint-config');
  if (!validate(data)) throw new ConfigError(describeErrors(validate.errors ?? [], locate), { file: source });
  const config = data as { rules?: Record<string, RuleEntry> };
  return { rules: config.rules ?? {} };
}

/**
 * Reads one `--rule` value: `id=level` or `id=[level, {options}]` (the part after `=` is YAML).
 * Checked by the same schema, so an unknown rule or option is a ConfigError.
 */
export function parseRuleFlag(flag: string): LintConfig {
  const eq = flag.indexOf('=');
  if (eq <= 0) throw new ConfigError(said('config.ruleFlagForm', { flag }), { file: '--rule' });
  const id = flag.slice(0, eq).trim();
  const raw = flag.slice(eq + 1).trim();
  let entry: unknown = raw;
  if (raw.startsWith('[')) {
    try {
      entry = readRegister(raw, '--rule').value;
    } catch (error) {
      throw new ConfigError(`${id}: ${(error as Error).message}`, { file: '--rule' });
    }
  }
  return checkLintConfig({ rules: { [id]: entry } }, '--rule');
}

/** Later configs win; a level given without options keeps the options set before (as ESLint does). */
export function mergeLintConfigs(configs: readonly LintConfig[]): LintConfig {
  const rules: Record<string, RuleEntry> = {};
  for (const config of configs) {
    for (const [id, entry] of Object.entries(config.rules)) {
      const before = rules[id];
      const level = typeof entry === 'string' ? entry : entry[0];
      const options = typeof entry === 'string' ? optionsOf(before) : entry[1];
      rules[id] = options ? [level, options] : level;
    }
  }
  return { rules };
}

function optionsOf(entry: RuleEntry | undefined): Readonly<Record<string, unknown>> | undefined {
  return entry === undefined || typeof entry === 'string' ? undefined : entry[1];
}

/** Every rule with its level and options for a run: defaults, then the config. */
export function ruleSettings(rules: readonly AnyRule[], config: LintConfig): RuleSetting[] {
  return rules.map((rule) => {
    const entry = config.rules[rule.id];
    if (entry === undefined) return { rule, level: normalizeLevel(rule.defaultSeverity), options: {} };
    if (typeof entry === 'string') return { rule, level: normalizeLevel(entry), options: {} };
    return { rule, level: normalizeLevel(entry[0]), options: entry[1] };
  });
}

interface SchemaError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
  readonly message?: string;
}

/** The most specific schema error, in words a config author understands, with its line and column. */
function describeErrors(errors: readonly SchemaError[], locate: Locator): string | Said {
  const useful = errors.filter((e) => e.keyword !== 'anyOf');
  const depth = (e: SchemaError): number => e.instancePath.split('/').length;
  const rank = (e: SchemaError): number =>
    e.keyword === 'additionalProperties' ? 0 : e.keyword === 'enum' ? 1 : e.keyword === 'type' ? 3 : 2;
  const best = useful.toSorted((a, b) => depth(b) - depth(a) || rank(a) - rank(b))[0] ?? errors[0];
  if (!best) return 'invalid configuration';
  const parts = best.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const extra = best.keyword === 'additionalProperties' ? String(best.params.additionalProperty) : null;
  const where = position(best.instancePath, extra, locate);
  // The schema validator's own words (the last two cases) stay English.
  let text: string | Said;
  if (extra !== null && parts.length === 0) text = said('config.unknownKey', { key: extra });
  else if (extra !== null && parts.length === 1 && parts[0] === 'rules') text = said('config.unknownRule', { rule: extra });
  else if (extra !== null && parts[0] === 'rules' && parts.length === 3)
    text = said('config.unknownOption', { option: extra, rule: parts[1] });
  else if (best.keyword === 'enum' && parts[0] === 'rules' && parts.length <= 3 && (parts.length === 2 || parts[2] === '0'))
    text = said('config.badLevel', { rule: parts[1] });
  else if (best.keyword === 'type' && parts[0] === 'rules' && parts.length === 2)
    text = said('config.badEntry', { rule: parts[1] });
  else if (parts[0] === 'rules' && parts.length >= 4)
    text = `rule '${parts[1]}', option '${parts.slice(3).join('/')}': ${best.message ?? best.keyword}`;
  else text = `${best.instancePath || '/'} ${best.message ?? best.keyword}`;
  if (!where) return text;
  return typeof text === 'string' ? `${where}: ${text}` : said('config.at', { where, problem: text });
}

function position(instancePath: string, extra: string | null, locate: Locator): string | null {
  const escaped = extra === null ? null : extra.replace(/~/g, '~0').replace(/\//g, '~1');
  const at = (escaped !== null ? locate(`${instancePath}/${escaped}`, true) : null) ?? locate(instancePath, false);
  return at ? `${at.line}:${at.column}` : null;
}

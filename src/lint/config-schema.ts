import { normalizeLevel, type AnyRule } from './rule.js';

export const LINT_CONFIG_SCHEMA_ID = 'https://workplan.dev/schemas/lint-config.schema.json';

/**
 * The JSON Schema of workplan.config.yaml, built from the rules' own option declarations.
 * schemas/lint-config.schema.json is this object written out by `npm run generate` (bin/generate.mjs),
 * which also compiles it for config.ts; test/lint/config.test.ts keeps the two equal.
 */
export function buildLintConfigSchema(rules: readonly AnyRule[]): object {
  const defs: Record<string, object> = {
    level: {
      description:
        'off: the rule does not run; warning: findings are warnings; error: findings are errors (exit code 1). `warn` is read as warning.',
      enum: ['off', 'warning', 'error', 'warn'],
    },
  };
  const properties: Record<string, object> = {};
  for (const rule of rules) {
    const optionNames = Object.keys(rule.options);
    defs[rule.id] = {
      description: `${rule.description}. Default: ${normalizeLevel(rule.defaultSeverity)}.`,
      anyOf: [
        { $ref: '#/$defs/level' },
        {
          type: 'array',
          prefixItems: [
            { $ref: '#/$defs/level' },
            {
              description: optionNames.length ? `Options of ${rule.id}.` : `${rule.id} has no options.`,
              type: 'object',
              additionalProperties: false,
              properties: Object.fromEntries(optionNames.map((name) => [name, rule.options[name]])),
            },
          ],
          minItems: 2,
          items: false,
        },
      ],
    };
    properties[rule.id] = { $ref: `#/$defs/${rule.id}` };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: LINT_CONFIG_SCHEMA_ID,
    title: 'workplan lint configuration',
    description:
      'workplan.config.yaml or .workplanrc.yaml: the level of each lint rule (off, warning, error) and, as [level, {options}], its options.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { description: 'Address of this schema, for editors.', type: 'string' },
      rules: {
        description: 'Rule id → level, or [level, {options}]. Rules not named keep their default level.',
        type: 'object',
        additionalProperties: false,
        properties,
      },
    },
    $defs: defs,
  };
}

import type { Message } from '../core/message.js';
import type { FileResult, InputFailure, ReportOptions, RuleDescriptor } from './types.js';

export const SARIF_SCHEMA = 'https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json';
export const INFORMATION_URI = 'https://www.npmjs.com/package/workplan';

type Level = 'error' | 'warning' | 'note';

/**
 * A SARIF 2.1.0 log with one run, for code-scanning uploads. Columns are UTF-16 code units
 * (SARIF's default columnKind), end columns exclusive, as workplan counts them. Each rule links
 * to its entry in the README (helpUri); inputs that could not be read are tool execution
 * notifications of the run's one invocation, which carries the exit code.
 */
export function sarif(results: readonly FileResult[], options: ReportOptions): string {
  const descriptors = collectRules(results, options.rules ?? []);
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const sarifResults = results.flatMap((r) =>
    r.messages.map((m) => ({
      ruleId: m.ruleId,
      ruleIndex: index.get(m.ruleId) ?? -1,
      level: levelOf(m.severity),
      message: { text: m.reason },
      locations: [{ physicalLocation: physicalLocation(r.file, m) }],
    })),
  );
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'workplan',
            version: options.toolVersion ?? '0.0.0',
            informationUri: INFORMATION_URI,
            rules: descriptors.map((d) => ({
              id: d.id,
              shortDescription: { text: d.description },
              fullDescription: { text: d.rationale ? `${d.description}. ${d.rationale}` : d.description },
              defaultConfiguration: { level: levelOf(d.defaultSeverity) },
              help: { text: d.rationale ?? d.description },
              ...helpUri(options.docsUri ?? INFORMATION_URI, d.id),
            })),
          },
        },
        invocations: [invocation(options.failures ?? [], options.exitCode)],
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/**
 * The README anchor that documents a rule: `lint/numbering-gap` → `rule-numbering-gap` (an anchor
 * in the rules table), validate's and the schema's messages → the `validate` section.
 */
export function ruleAnchor(ruleId: string): string | null {
  if (ruleId.startsWith('lint/')) return `rule-${ruleId.slice('lint/'.length)}`;
  if (ruleId.startsWith('validate/') || ruleId.startsWith('schema/')) return 'validate';
  return null;
}

function helpUri(docsUri: string, ruleId: string): { helpUri?: string } {
  const anchor = ruleAnchor(ruleId);
  return anchor === null ? {} : { helpUri: `${docsUri.replace(/#.*$/, '')}#${anchor}` };
}

/** The run as SARIF's invocation object: failed inputs as error notifications located at the file. */
function invocation(failures: readonly InputFailure[], exitCode: number | undefined): object {
  return {
    executionSuccessful: failures.length === 0,
    ...(exitCode === undefined ? {} : { exitCode }),
    toolExecutionNotifications: failures.map((f) => ({
      level: 'error',
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: fileUri(f.file) } } }],
    })),
  };
}

function levelOf(severity: 'error' | 'warning' | 'info'): Level {
  return severity === 'info' ? 'note' : severity;
}

/** Rules given by the caller, then any rule id seen in messages that they do not describe. */
function collectRules(results: readonly FileResult[], rules: readonly RuleDescriptor[]): RuleDescriptor[] {
  const out = [...rules];
  const known = new Set(rules.map((r) => r.id));
  for (const r of results) {
    for (const m of r.messages) {
      if (known.has(m.ruleId)) continue;
      known.add(m.ruleId);
      out.push({ id: m.ruleId, description: m.ruleId, defaultSeverity: m.severity });
    }
  }
  return out;
}

function physicalLocation(file: string, m: Message): object {
  const artifactLocation = { uri: fileUri(file) };
  if (!m.position) return { artifactLocation };
  const { start, end } = m.position;
  return {
    artifactLocation,
    region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: Math.max(1, end.column) },
  };
}

/** A relative path stays a relative URI reference (percent-encoded); an absolute one becomes file://. */
export function fileUri(file: string): string {
  const slashed = file.replace(/\\/g, '/');
  const encoded = slashed.split('/').map(encodeURIComponent).join('/');
  if (/^[A-Za-z]:\//.test(slashed)) return `file:///${encoded.replace(/^([A-Za-z])%3A/, '$1:')}`;
  return slashed.startsWith('/') ? `file://${encoded}` : encoded;
}

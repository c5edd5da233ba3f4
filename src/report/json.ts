import type { Message } from '../core/message.js';
import type { FileResult, ReportOptions } from './types.js';

/** One message in the JSON contract; positions are 1-based, end is exclusive, null for whole-file messages. */
export interface JsonMessage {
  readonly ruleId: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly line: number | null;
  readonly column: number | null;
  readonly endLine: number | null;
  readonly endColumn: number | null;
  readonly message: string;
}

export interface JsonFileResult {
  readonly file: string;
  readonly messages: readonly JsonMessage[];
}

/** The machine contract: `[{file, messages: [{ruleId, severity, line, column, endLine, endColumn, message}]}]`, keys in this order. */
export function json(results: readonly FileResult[], _options?: ReportOptions): string {
  const data: JsonFileResult[] = results.map((r) => ({ file: r.file, messages: r.messages.map(toJson) }));
  return `${JSON.stringify(data, null, 2)}\n`;
}

export function toJson(m: Message): JsonMessage {
  return {
    ruleId: m.ruleId,
    severity: m.severity,
    line: m.position?.start.line ?? null,
    column: m.position?.start.column ?? null,
    endLine: m.position?.end.line ?? null,
    endColumn: m.position?.end.column ?? null,
    message: m.reason,
  };
}

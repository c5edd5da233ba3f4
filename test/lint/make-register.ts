import type { Register, RegisterDocument, Section, Task } from '../../src/core/register.js';
import { indexLines, type LineIndex } from '../../src/core/position.js';
import type { LintSubject } from '../../src/lint/rule.js';

/** Hand-made registers for rule unit tests: only the fields a rule reads need to be meaningful. */
export function section(id: string, marker: string, level: 1 | 2 | 3 | 4, ordinal: number, line: number, sections: Section[] = [], extra: Partial<Section> = {}): Section {
  return { id, marker, level, ordinal, title: `标题${id}`, intro: null, sections, line, ...extra };
}

export function task(id: string, sectionId: string | null, line: number, extra: Partial<Task> = {}): Task {
  return {
    id,
    sectionId,
    marker: null,
    title: null,
    text: `任务${id}`,
    leads: [],
    owners: [],
    separately: false,
    unitsText: null,
    deadlines: [],
    targets: [],
    line,
    column: 1,
    ...extra,
  };
}

export function doc(extra: Partial<RegisterDocument> = {}): RegisterDocument {
  return {
    index: 1,
    title: '2019年工作要点',
    notice: null,
    issuer: null,
    date: '2019-06-12',
    year: 2019,
    disclosure: null,
    preamble: null,
    closing: null,
    record: null,
    script: 'simplified',
    sections: [],
    tasks: [],
    line: 1,
    endLine: 1,
    ...extra,
  };
}

export function register(documents: RegisterDocument[], extra: Partial<Register> = {}): Register {
  return {
    schemaVersion: '1.0',
    source: { path: null, sha256: '0'.repeat(64), encoding: 'utf-8', format: 'text', script: 'simplified', outputScript: 'original' },
    pageMeta: {},
    stripped: [],
    warnings: [],
    documents,
    ...extra,
  };
}

/** A subject whose source has `lines` lines (default: placeholder text of 40 lines). */
export function subject(reg: Register, text?: string): LintSubject {
  const source: LineIndex = indexLines(text ?? Array.from({ length: 40 }, (_, i) => `第${i + 1}行`).join('\n'));
  return { register: reg, source };
}

import type { Register, RegisterDocument, Section, Task } from '../../src/core/register.js';
import { indexLines, pointAt, type LineIndex, type Position } from '../../src/core/position.js';
import type { LintSubject } from '../../src/lint/rule.js';
import { readMarker } from '../../src/segment/markers.js';
import type { DocumentNode, MarkerInfo, RootNode, SectionNode, StrippedNode, TaskNode } from '../../src/core/tree.js';

/** Hand-made registers for rule unit tests: only the fields a rule reads need to be meaningful. */
export function section(
  id: string,
  marker: string,
  level: 1 | 2 | 3 | 4,
  ordinal: number,
  line: number,
  sections: Section[] = [],
  extra: Partial<Section> = {},
): Section {
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
    source: {
      path: null,
      sha256: '0'.repeat(64),
      encoding: 'utf-8',
      format: 'text',
      script: 'simplified',
      outputScript: 'original',
    },
    pageMeta: {},
    stripped: [],
    warnings: [],
    documents,
    ...extra,
  };
}

/**
 * A subject for a hand-made register: its tree placed on the lines the register names (markers
 * looked up on their line, tasks under their section), over placeholder text of 40 lines unless
 * `text` is given. Rules reading positions exactly are tested through the pipeline instead.
 */
export function subject(reg: Register, text?: string): LintSubject {
  const source: LineIndex = indexLines(text ?? Array.from({ length: 40 }, (_, i) => `第${i + 1}行`).join('\n'));
  return { tree: treeOf(reg, source), source };
}

function lineSpan(source: LineIndex, line: number, column = 1): Position {
  const l = Math.min(Math.max(1, line), source.starts.length);
  const start = source.starts[l - 1];
  const end = l < source.starts.length ? source.starts[l] - 1 : source.text.length;
  return { start: pointAt(source, Math.min(start + column - 1, end)), end: pointAt(source, end) };
}

function markerOf(marker: string, level: 1 | 2 | 3 | 4, ordinal: number, line: number, source: LineIndex): MarkerInfo {
  const printed = readMarker(marker);
  const span = lineSpan(source, line);
  const at = source.text.slice(span.start.offset, span.end.offset).indexOf(marker.trim());
  return {
    value: marker.trim(),
    level,
    ordinal,
    style: printed && printed.level === level ? printed.style : null,
    ...(at < 0
      ? {}
      : {
          position: {
            start: pointAt(source, span.start.offset + at),
            end: pointAt(source, span.start.offset + at + marker.trim().length),
          },
        }),
  };
}

function treeOf(reg: Register, source: LineIndex): RootNode {
  const documents = reg.documents.map((d): DocumentNode => {
    const byId = new Map<string, SectionNode>();
    const toNode = (s: Section): SectionNode => {
      const { sections, ...data } = s;
      const node: SectionNode = {
        type: 'section',
        data,
        marker: markerOf(s.marker, s.level, s.ordinal, s.line, source),
        position: lineSpan(source, s.line),
        head: null,
        children: sections.map(toNode),
      };
      byId.set(s.id, node);
      return node;
    };
    const { sections, tasks, ...data } = d;
    const children: DocumentNode['children'] = sections.map(toNode);
    for (const t of tasks) {
      const own = t.sectionId === null ? undefined : byId.get(t.sectionId);
      const numbered = t.marker !== null && !(own && own.data.marker === t.marker);
      const position = lineSpan(source, t.line, t.column);
      const node: TaskNode = {
        type: 'task',
        data: t,
        marker:
          numbered && t.marker !== null && readMarker(t.marker) !== null
            ? markerOf(t.marker, readMarker(t.marker)!.level, readMarker(t.marker)!.ordinal, t.line, source)
            : null,
        position,
        textStart: position.start.offset,
        children: [],
      };
      (own?.children ?? children).push(node);
    }
    return { type: 'document', data, position: lineSpan(source, d.line), children };
  });
  const { documents: _, ...data } = reg;
  return {
    type: 'root',
    data,
    position: { start: pointAt(source, 0), end: pointAt(source, source.text.length) },
    children: documents,
    stripped: reg.stripped.map((s): StrippedNode => ({ type: 'stripped', data: s, position: lineSpan(source, s.line) })),
  };
}

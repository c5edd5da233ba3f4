import type { Register, Section, Task } from '../../src/core/register.js';

/** A compact way to write a register by hand: sections by id and title, tasks by id, section and text. */
export interface TaskSpec {
  id: string;
  section: string | null;
  text: string;
  leads?: string[];
  owners?: string[];
  deadlines?: { text: string; date: string | null }[];
}

export function makeRegister(
  sections: Record<string, string>,
  tasks: TaskSpec[],
  extra: { year?: number; issuer?: string; script?: 'simplified' | 'traditional' } = {},
): Register {
  const build = (prefix: string | null): Section[] =>
    Object.keys(sections)
      .filter((id) =>
        prefix === null
          ? !id.includes('.')
          : id.startsWith(`${prefix}.`) && id.split('.').length === prefix.split('.').length + 1,
      )
      .map((id, i) => ({
        id,
        marker: `${i + 1}.`,
        level: Math.min(4, id.split('.').length) as 1 | 2 | 3 | 4,
        ordinal: Number(id.split('.').pop()),
        title: sections[id],
        intro: null,
        sections: build(id),
        line: 1,
      }));
  const taskList: Task[] = tasks.map((t, i) => ({
    id: t.id,
    sectionId: t.section,
    marker: null,
    title: null,
    text: t.text,
    leads: t.leads ?? [],
    owners: t.owners ?? [],
    separately: false,
    unitsText: null,
    deadlines: t.deadlines ?? [],
    targets: [],
    line: 10 + i,
    column: 1,
  }));
  return {
    schemaVersion: '1.0',
    source: {
      path: null,
      sha256: '0'.repeat(64),
      encoding: 'utf-8',
      format: 'text',
      script: extra.script ?? 'simplified',
      outputScript: 'original',
    },
    pageMeta: {},
    stripped: [],
    warnings: [],
    documents: [
      {
        index: 1,
        title: 'test plan',
        notice: null,
        issuer: extra.issuer ?? null,
        date: null,
        year: extra.year ?? null,
        disclosure: null,
        preamble: null,
        closing: null,
        record: null,
        script: extra.script ?? 'simplified',
        sections: build(null),
        tasks: taskList,
        line: 1,
        endLine: 100,
      },
    ],
  };
}

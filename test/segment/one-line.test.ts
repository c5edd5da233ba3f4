/**
 * One-line bodies (FAILURES.md C2), checked as a property against known registers: each seed's
 * golden register is rendered back into a plan whose whole body sits on one line — markers glued
 * to the text before them or after a space, half- or full-width punctuation, CRLF between the
 * title and the body — and parsing that text must give the golden's tasks and units back.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { parseInput } from '../../src/pipeline.js';
import type { Register, RegisterDocument, Section, Task } from '../../src/core/register.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

interface Style {
  /** Put between one block and the next marker. */
  readonly gap: '' | ' ' | '\u3000';
  readonly fullWidth: boolean;
  readonly crlf: boolean;
  /**
   * Write an item's last bracket annotation as a `责任单位:` label instead, as crawled plans do (a
   * label runs to the next marker, so only the last task of an item can have one).
   */
  readonly labels: boolean;
}

/** The text a task stood for: its words and its units as written (bracket or label line). */
function taskText(task: Task, style: Style, last: boolean): string {
  const units = task.unitsText === null ? '' : task.unitsText.replace(/\n/g, '');
  const one = /^[(（〔[【]([^()（）〔〕[\]【】]*)[)）〕\]】]$/.exec(units);
  if (style.labels && last && one && !one[1].includes(':'))
    return `${task.text.replace(/\n/g, '')}${style.gap}责任单位:${one[1]}`;
  return task.text.replace(/\n/g, '') + units;
}

function renderSections(sections: readonly Section[], tasks: readonly Task[], style: Style): string[] {
  const out: string[] = [];
  for (const s of sections) {
    const own = tasks.filter((t) => t.sectionId === s.id);
    if (s.sections.length > 0) {
      out.push(`${s.marker}${s.title}${s.intro === null ? '' : `。${s.intro.replace(/\n/g, '')}`}`);
      out.push(...renderSections(s.sections, tasks, style));
    } else {
      out.push(s.marker + own.map((t, i) => taskText(t, style, i === own.length - 1)).join(''));
    }
  }
  return out;
}

function toFullWidth(text: string): string {
  return text.replace(/[(),:;]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** A plan with its title on the first line and the whole body on the second. */
function render(doc: RegisterDocument, style: Style): string {
  const body = renderSections(doc.sections, doc.tasks, style).join(style.gap);
  const text = `${doc.title}\n${body}`;
  const wide = style.fullWidth ? toFullWidth(text) : text;
  return style.crlf ? wide.replace(/\n/g, '\r\n') : wide;
}

/** What must survive: ids, task words (line breaks aside) and units. */
function shape(tasks: readonly Task[]): [string, string, string[], string[]][] {
  const fold = (s: string) => toFullWidth(s.replace(/\s+/g, ''));
  return tasks.map((t) => [t.id, fold(t.text), t.leads.map(fold), t.owners.map(fold)]);
}

/**
 * On one line, `……信息:1.……;2.……` is an inline list inside one item's text (blocks.ts), so a
 * section whose lead-in ends in `:` before level-3/4 children has no one-line form that means
 * the same; such plans are left out.
 */
function listAmbiguous(sections: readonly Section[]): boolean {
  return sections.some((s) => {
    const lead = (s.intro ?? s.title ?? '').trim();
    const first = s.sections[0];
    return (first !== undefined && first.level >= 3 && /[:：]$/.test(lead)) || listAmbiguous(s.sections);
  });
}

/** Seed plans with numbered tasks whose golden reads back from a one-line rendering. */
function seedPlans(): [string, RegisterDocument][] {
  return readdirSync(FIXTURES)
    .filter((d) => d.startsWith('seed-'))
    .flatMap((d) => {
      const register = parseYaml(readFileSync(path.join(FIXTURES, d, 'expected.register.yaml'), 'utf8')) as Register;
      return register.documents
        .filter((doc) => doc.title !== null && doc.tasks.length > 0 && !listAmbiguous(doc.sections))
        .map((doc, i) => [`${d}#${i + 1}`, doc] as [string, RegisterDocument]);
    });
}

const styles = fc.record({
  gap: fc.constantFrom('' as const, ' ' as const, '\u3000' as const),
  fullWidth: fc.boolean(),
  crlf: fc.boolean(),
  labels: fc.boolean(),
});

describe("one-line bodies read back the seeds' registers", () => {
  const plans = seedPlans();
  it('has seed plans', () => {
    expect(plans.length).toBeGreaterThan(0);
  });

  it.each(plans)('%s', (_name, doc) => {
    fc.assert(
      fc.property(styles, (style) => {
        const parsed = parseInput(render(doc, style)).register.documents;
        const got = parsed.find((d) => d.tasks.length > 0);
        expect(got && shape(got.tasks)).toEqual(shape(doc.tasks));
      }),
      { numRuns: 12 },
    );
  });
});

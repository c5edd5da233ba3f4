import { describe, expect, it } from 'vitest';
import { belowFloors, floorOf, floorsYaml, readFloors, recordFloors } from './floors.js';
import { addScores, type Scores } from './score.js';
import { parse } from 'yaml';

const scores = (over: Partial<Scores>): Scores => ({ ...addScores([]), ...over });

describe('accuracy floors', () => {
  it('rounds a rate down, never above what was measured', () => {
    expect(floorOf(2 / 3)).toBe(0.666);
    expect(floorOf(1)).toBe(1);
    expect(floorOf(0.07)).toBe(0.07);
  });

  it('only raises floors unless told to lower them', () => {
    const measured = scores({ leads: { hit: 1, total: 2 }, owners: { hit: 3, total: 4 } });
    expect(recordFloors({ leads: 0.8, owners: 0.5 }, measured)).toEqual({ leads: 0.8, owners: 0.75 });
    expect(recordFloors({ leads: 0.8, owners: 0.5 }, measured, true)).toEqual({ leads: 0.5, owners: 0.75 });
  });

  it('keeps the floor of a measure that does not apply this time, unless lowering', () => {
    expect(recordFloors({ debrisP: 0.9 }, scores({}))).toEqual({ debrisP: 0.9 });
    expect(recordFloors({ debrisP: 0.9 }, scores({}), true)).toEqual({});
  });

  it('reports every measure under its floor', () => {
    const s = scores({ tasksR: { hit: 8, total: 10 }, owners: { hit: 5, total: 5 } });
    expect(belowFloors(s, { tasksR: 0.9, owners: 1, debrisR: 1 })).toEqual([
      { measure: 'tasksR', floor: 0.9, rate: 0.8, hit: 8, total: 10 },
    ]);
  });

  it('writes a file that reads back the same, and refuses what is not a floor', () => {
    const f = { title: 1, tasksR: 0.333 };
    expect(readFloors(parse(floorsYaml(f)))).toEqual(f);
    expect(() => readFloors({ units: 1 })).toThrow(/unknown accuracy measure 'units'/);
    expect(() => readFloors({ leads: 2 })).toThrow(/from 0 to 1/);
    expect(() => readFloors([1])).toThrow(/mapping/);
  });
});

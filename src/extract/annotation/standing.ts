/**
 * A standing note that names the bodies for everything after it (BRIEF, conventions of State
 * Council documents): `(以下均需各试点城市政府落实,不再列出)`, `以下各项任务均由各县(市、区)人民政府
 * 负责落实,不再一一列出`. The named bodies own every later task of the document besides its own units.
 */
import { foldScript } from '../../core/zh/index.js';
import { parseUnits } from './parse-units.js';

const NOTE =
  /以下(?:各项|所列)?(?:任务|工作|事项)?(?:均|都|皆)?(?:需|须|由|要)?([^,，。;；]{2,60}?)(?:负责)?(?:落实|实施|承担)[,，、]?\s*不再(?:一一|逐一|单独)?(?:列出|列明|标注)/;

export interface StandingOwners {
  /** Offset of the note in the text. */
  readonly at: number;
  readonly owners: string[];
}

/** The note in `text` and the units it names, or null. */
export function findStandingOwners(text: string): StandingOwners | null {
  const m = NOTE.exec(foldScript(text));
  if (!m) return null;
  const parsed = parseUnits(text.slice(m.index + m[0].indexOf(m[1]), m.index + m[0].indexOf(m[1]) + m[1].length));
  const owners = [...parsed.leads, ...parsed.owners];
  return parsed.ok && owners.length > 0 ? { at: m.index, owners } : null;
}

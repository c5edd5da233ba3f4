import type { AnyRule } from '../rule.js';
import { numberingGap } from './numbering-gap.js';
import { levelSkip } from './level-skip.js';
import { mixedMarkers } from './mixed-markers.js';
import { taskWithoutUnit } from './task-without-unit.js';
import { unparsedAnnotation } from './unparsed-annotation.js';
import { unbalancedBracket } from './unbalanced-bracket.js';
import { debrisLeft } from './debris-left.js';
import { mixedScript } from './mixed-script.js';
import { missingTitle } from './missing-title.js';
import { missingDate } from './missing-date.js';
import { emptySection } from './empty-section.js';

/** Every lint rule, listed by hand (no discovery), in documentation order. */
export const rules: readonly AnyRule[] = [
  numberingGap,
  levelSkip,
  mixedMarkers,
  taskWithoutUnit,
  unparsedAnnotation,
  unbalancedBracket,
  debrisLeft,
  mixedScript,
  missingTitle,
  missingDate,
  emptySection,
];

export {
  numberingGap,
  levelSkip,
  mixedMarkers,
  taskWithoutUnit,
  unparsedAnnotation,
  unbalancedBracket,
  debrisLeft,
  mixedScript,
  missingTitle,
  missingDate,
  emptySection,
};

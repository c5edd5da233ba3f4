export { normalizeText } from './normalize-text.js';
export { joinBrokenLines } from './line-joins.js';
export { detectScript, countScriptChars, scriptOf, type ScriptCounts } from './detect-script.js';
export { loadConverter } from './converter.js';
export { startsWithMarker } from './structure-marker.js';
export { readDocument, type ReadDocument } from './read-document.js';

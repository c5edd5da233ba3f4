export { validateRegister, assertValidRegister, registerSchemaFindings } from './validate.js';
export { validateRegisterText, loadRegister } from './validate-text.js';
export { serializeRegister, type RegisterFormat } from './serialize.js';
export { registerToCsv, defuseFormula, quoteCsvField } from './csv.js';
export { readRegister, type RegisterText } from './read.js';
export { canonicalRegister } from './canonical.js';
export { loadSchemaValidator, type SchemaValidator } from './load-validator.js';
export type { SchemaFinding } from './schema-messages.js';
export { MAX_NESTING, MAX_ALIAS_COUNT } from './limits.js';

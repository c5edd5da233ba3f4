import type { Document, ParsedNode, YAMLError } from 'yaml';
import { InputError } from '../core/errors.js';
import { indexLines, pointAt } from '../core/position.js';
import { MAX_ALIAS_COUNT, MAX_NESTING } from './limits.js';
import { loadYaml } from './yaml-lib.js';

export type ParsedYaml = Document.Parsed<ParsedNode>;

function located(text: string, offset: number): string {
  const point = pointAt(indexLines(text), offset);
  return `${point.line}:${point.column}`;
}

function firstLine(message: string): string {
  const end = message.indexOf('\n');
  return (end === -1 ? message : message.slice(0, end)).replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Parses YAML (or JSON, which YAML reads too) into a yaml Document. Builds the concrete syntax
 * tree token by token and stops as soon as the parser's stack is deeper than MAX_NESTING: yaml's
 * composer recurses per level, and 100,000 nested `- ` or `[` would exhaust the stack or memory.
 */
export function parseYaml(text: string, name: string): ParsedYaml {
  const { Lexer, Parser, Composer } = loadYaml();
  const parser = new Parser();
  const tokens = [];
  // The parser's stack holds the document, each open collection and the current scalar.
  const limit = MAX_NESTING + 2;
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (parser.stack.length > limit) {
      throw new InputError(`nesting deeper than ${MAX_NESTING} levels at ${located(text, parser.offset)}`, { file: name });
    }
  }
  for (const token of parser.end()) tokens.push(token);

  const composer = new Composer({ version: '1.2', uniqueKeys: true });
  const docs = [...composer.compose(tokens, true, text.length)] as ParsedYaml[];
  if (docs.length > 1) {
    throw new InputError(`several YAML documents in one register at ${located(text, docs[1].range[0])}`, { file: name });
  }
  const doc = docs[0];
  const error: YAMLError | undefined = doc.errors[0];
  if (error) {
    throw new InputError(`syntax error at ${located(text, error.pos[0])}: ${firstLine(error.message)}`, { file: name });
  }
  return doc;
}

/** The document's value as plain data, refusing alias expansion beyond MAX_ALIAS_COUNT. */
export function yamlValue(doc: ParsedYaml, name: string): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError) {
      throw new InputError(`too many YAML aliases (more than ${MAX_ALIAS_COUNT} expanded nodes)`, { file: name, cause: error });
    }
    throw error;
  }
}

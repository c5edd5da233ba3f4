import { createRequire } from 'node:module';

/** The part of a domhandler node this stage reads. */
export interface DomNode {
  readonly type: string;
  readonly name?: string;
  readonly data?: string;
  readonly attribs?: Readonly<Record<string, string>>;
  readonly children?: DomNode[];
  readonly parent?: DomNode | null;
}

/** cheerio's HTML parser: parse5 building domhandler nodes, and domutils' textContent. */
interface CheerioParser {
  parse(html: string): DomNode;
  textContent(node: DomNode): string;
}

interface Parse5 {
  parse(html: string, options: { treeAdapter: unknown; scriptingEnabled: boolean }): DomNode;
}

let cached: CheerioParser | undefined;

/**
 * The parser cheerio.load uses for a document (parse5 with the htmlparser2 tree adapter,
 * scripting on), loaded only when a page actually has to be parsed. The packages are cheerio's
 * own dependencies, resolved from cheerio, so the DOM is the one cheerio.load builds. cheerio.load
 * itself is left out: it declares a new class on every call, and the garbage collection that
 * follows makes a parse several times slower.
 */
export function loadCheerioParser(): CheerioParser {
  if (cached === undefined) {
    const fromCheerio = createRequire(createRequire(import.meta.url).resolve('cheerio'));
    const parse5 = fromCheerio('parse5') as Parse5;
    const { adapter } = fromCheerio('parse5-htmlparser2-tree-adapter') as { adapter: TreeAdapter };
    const { textContent } = fromCheerio('domutils') as { textContent(node: DomNode): string };
    const options = { treeAdapter: leanAdapter(adapter), scriptingEnabled: true };
    cached = { parse: (html) => parse5.parse(html, options), textContent };
  }
  return cached;
}

/** A parsed page: the DOM htmlToText reads and hands on (HtmlText.dom) to the table reader. */
export function parseHtml(html: string): DomNode {
  return loadCheerioParser().parse(html);
}

type Attributes = Record<string, string | undefined>;
interface ElementNode {
  attribs: Attributes;
  'x-attribsNamespace': Attributes;
  'x-attribsPrefix': Attributes;
}
/** The tree adapter methods leanAdapter wraps (parse5-htmlparser2-tree-adapter's names). */
interface TreeAdapter {
  createElement(tagName: string, namespaceURI: string, attrs: readonly unknown[]): ElementNode;
  adoptAttributes(recipient: ElementNode, attrs: readonly unknown[]): void;
  insertText(parent: unknown, text: string): void;
  insertTextBefore(parent: unknown, text: string, reference: unknown): void;
}

const NO_ATTRIBUTES: Attributes = Object.freeze(Object.create(null) as Attributes);

/**
 * The same DOM in a third of the memory (a 10 MB page's DOM took ~225 MB, ~10 × its text while
 * the text stages had not even started):
 * - parse5 builds a text token a character at a time (`chars += ch`), and the tree kept that
 *   chain of one-character strings, ~60 bytes a character: each text is flattened as it is inserted;
 * - every element got three attribute dictionaries, ~600 bytes: one frozen empty one is shared by
 *   elements without attributes, and replaced before parse5 adds attributes to one (a second
 *   <html> or <body> tag adds its attributes to the first).
 */
function leanAdapter(adapter: TreeAdapter): TreeAdapter {
  return {
    ...adapter,
    createElement(tagName, namespaceURI, attrs) {
      const node = adapter.createElement(tagName, namespaceURI, attrs);
      if (attrs.length === 0) {
        node.attribs = NO_ATTRIBUTES;
        node['x-attribsNamespace'] = NO_ATTRIBUTES;
        node['x-attribsPrefix'] = NO_ATTRIBUTES;
      }
      return node;
    },
    adoptAttributes(recipient, attrs) {
      if (recipient.attribs === NO_ATTRIBUTES) {
        recipient.attribs = Object.create(null) as Attributes;
        recipient['x-attribsNamespace'] = Object.create(null) as Attributes;
        recipient['x-attribsPrefix'] = Object.create(null) as Attributes;
      }
      adapter.adoptAttributes(recipient, attrs);
    },
    insertText(parent, text) {
      adapter.insertText(parent, flat(text));
    },
    insertTextBefore(parent, text, reference) {
      adapter.insertTextBefore(parent, flat(text), reference);
    },
  };
}

/** The same text as one flat string: slicing a concatenation copies it out of its chain of pieces. */
function flat(text: string): string {
  return text.length < 2 ? text : ` ${text}`.slice(1);
}

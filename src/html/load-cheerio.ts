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
    const { adapter } = fromCheerio('parse5-htmlparser2-tree-adapter') as { adapter: unknown };
    const { textContent } = fromCheerio('domutils') as { textContent(node: DomNode): string };
    const options = { treeAdapter: adapter, scriptingEnabled: true };
    cached = { parse: (html) => parse5.parse(html, options), textContent };
  }
  return cached;
}

/** A parsed page: the DOM htmlToText reads and hands on (HtmlText.dom) to the table reader. */
export function parseHtml(html: string): DomNode {
  return loadCheerioParser().parse(html);
}

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

export interface Selection {
  readonly length: number;
  text(): string;
  toArray(): DomNode[];
  first(): Selection;
  remove(): Selection;
}

export interface CheerioApi {
  (selector: string | DomNode, context?: DomNode): Selection;
  root(): Selection;
}

interface CheerioModule {
  load(html: string, options?: Record<string, unknown>): CheerioApi;
}

let cached: CheerioModule | undefined;

/** cheerio (its CommonJS build), loaded only when a page actually has to be parsed. */
export function loadCheerio(): CheerioModule {
  cached ??= createRequire(import.meta.url)('cheerio') as CheerioModule;
  return cached;
}

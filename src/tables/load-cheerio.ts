import { createRequire } from 'node:module';

/** The part of a domhandler node this stage reads. */
export interface DomNode {
  readonly type: string;
  readonly name?: string;
  readonly data?: string;
  readonly attribs?: Readonly<Record<string, string>>;
  readonly children?: DomNode[];
}

interface Selection {
  toArray(): DomNode[];
}

interface CheerioApi {
  (selector: string): Selection;
}

interface CheerioModule {
  load(html: string, options?: Record<string, unknown>): CheerioApi;
}

let cached: CheerioModule | undefined;

/** cheerio, loaded only when a page's tables are actually read. */
export function loadCheerio(): CheerioModule {
  cached ??= createRequire(import.meta.url)('cheerio') as CheerioModule;
  return cached;
}

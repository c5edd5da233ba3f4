import type { CleanRule } from '../types.js';
import { compilationTitle } from './compilation-title.js';
import { documentSeparator } from './document-separator.js';
import { farmHeader } from './farm-header.js';
import { breadcrumb } from './breadcrumb.js';
import { pageMeta } from './page-meta.js';
import { relatedList } from './related-list.js';
import { icp } from './icp.js';
import { cmsFooter } from './cms-footer.js';
import { shareLinks } from './share-links.js';
import { printLinks } from './print-links.js';
import { seoSpam } from './seo-spam.js';
import { pinyinGloss } from './pinyin-gloss.js';
import { crawlerNote } from './crawler-note.js';
import { pageHead } from './page-head.js';
import { attachmentLink } from './attachment-link.js';

/** Every clean rule, in the order the engine tries them (first whole-line hit wins). Listed by hand. */
export const cleanRules: readonly CleanRule[] = [
  documentSeparator,
  compilationTitle,
  farmHeader,
  crawlerNote,
  pageHead,
  breadcrumb,
  shareLinks,
  printLinks,
  pageMeta,
  relatedList,
  attachmentLink,
  icp,
  cmsFooter,
  seoSpam,
  pinyinGloss,
];

export {
  documentSeparator,
  compilationTitle,
  farmHeader,
  breadcrumb,
  pageMeta,
  relatedList,
  icp,
  cmsFooter,
  shareLinks,
  printLinks,
  seoSpam,
  pinyinGloss,
  crawlerNote,
  pageHead,
  attachmentLink,
};

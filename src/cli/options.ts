import { Option } from 'commander';

/** Options several commands share, so they read the same everywhere. */
export const scriptOption = (): Option =>
  new Option('--script <script>', 'script of the output text').choices(['original', 'simplified', 'traditional']).default('original');
export const encodingOption = (): Option =>
  new Option('--encoding <name>', 'decode input as this encoding (utf-8, gb18030, gbk, big5, utf-16le, …) instead of detecting it');
export const includeOption = (): Option =>
  new Option('--include <glob...>', 'when walking folders, take files matching these globs (default: *.txt *.text *.html *.htm *.docx)');
export const excludeOption = (): Option => new Option('--exclude <glob...>', 'when walking folders, skip files matching these globs');

export const NOTICE_FILES = ['*.txt', '*.text', '*.html', '*.htm', '*.docx'];
export const stdinFilenameOption = (): Option =>
  new Option('--stdin-filename <name>', 'the name messages and reports give standard input (-), as ESLint does');

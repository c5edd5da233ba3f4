import { Option } from 'commander';
import { translator, type Translate } from '../i18n/catalogue.js';

const english = translator('en');

/** Options several commands share, so they read the same everywhere. */
export const scriptOption = (t: Translate = english): Option =>
  new Option('--script <script>', t('cli.option.script')).choices(['original', 'simplified', 'traditional']).default('original');
export const encodingOption = (t: Translate = english): Option => new Option('--encoding <name>', t('cli.option.encoding'));
export const NOTICE_FILES = ['*.txt', '*.text', '*.html', '*.htm', '*.docx'];

export const includeOption = (t: Translate = english, globs: readonly string[] = NOTICE_FILES): Option =>
  new Option('--include <glob...>', t('cli.option.include', { globs: globs.join(' ') }));
export const excludeOption = (t: Translate = english): Option => new Option('--exclude <glob...>', t('cli.option.exclude'));
export const stdinFilenameOption = (t: Translate = english): Option =>
  new Option('--stdin-filename <name>', t('cli.option.stdinFilename'));

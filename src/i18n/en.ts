/**
 * The English messages: the default language, and the source of the message ids (zh.ts must have
 * the same keys, with the same {$placeholders}; the compiler and test/i18n check). Ids are dotted:
 * `cli.` the command line's help and messages, `workbook.` the clerk's workbook, `warning.` and
 * `stripped.` the workbook's words for the register's warning codes and clean rules, `input.` and
 * `config.` errors for bad input and a bad lint config (thrown as ids, printed by the CLI).
 */
export const en = {
  // workplan --help
  'cli.description': 'Turn raw Chinese government work-plan notices into clean, validated task registers',
  'cli.option.noColor': 'never colour the output (also: NO_COLOR=1)',
  'cli.option.debug': 'show stack traces for internal errors',
  'cli.option.lang': 'language of messages and help: en or zh (default: from LC_ALL, LC_MESSAGES or LANG)',
  'cli.option.version': 'output the version number',
  'cli.option.help': 'display help for command',
  'cli.helpCommand': 'display help for command',
  'cli.help.usage': 'Usage:',
  'cli.help.arguments': 'Arguments:',
  'cli.help.options': 'Options:',
  'cli.help.commands': 'Commands:',
  'cli.help.globalOptions': 'Global Options:',
  'cli.help.default': 'default: {$value}',
  'cli.help.choices': 'choices: {$values}',
  'cli.help.examples': 'Examples:',
  'cli.help.exitCodes': 'Exit codes:',
  'cli.exit.all': `  0  success: no findings at error severity
  1  findings at error severity (lint, validate), more warnings than --max-warnings (lint),
     or with --exit-code: the plans differ (diff)
  2  the tool could not do its job for at least one input: usage, unreadable or
     undecodable input, a file of the wrong kind, bad config, or an internal error`,
  'cli.exit.lint': `  0  no findings at error severity
  1  findings at error severity, or more warnings than --max-warnings
  2  at least one input could not be checked (missing, unreadable, undecodable, not a notice,
     a glob matching nothing; the others are still checked), a bad config or --rule,
     the report could not be written, or a usage error`,
  'cli.exit.validate': `  0  every register is valid
  1  at least one register is invalid (not YAML or JSON, or against the schema)
  2  at least one input could not be checked (missing, unreadable, not UTF-8, a notice rather
     than a register, a glob matching nothing; the others are still checked), the report
     could not be written, or a usage error`,
  'cli.exit.notices': `  0  every input was read and written
  2  at least one input could not be read, decoded or written (the others are still
     done), or a usage error`,
  'cli.exit.diff': `  0  the comparison was made (with --exit-code: and nothing changed)
  1  with --exit-code: something changed
  2  an input could not be read (missing, unreadable, undecodable, a folder), or a usage error`,
  'cli.exit.stats': `  0  counted every input
  2  at least one input could not be read (missing, unreadable, undecodable, a glob matching
     nothing; the others are still counted), or a usage error`,
  // command summaries (workplan --help) and descriptions (workplan <command> --help): the same text
  'cli.clean.summary': 'decode, strip web debris and spam, normalise, and print the clean text of notices',
  'cli.parse.summary':
    'segment notices into documents, sections and tasks with their units and deadlines, and print the validated task register',
  'cli.lint.summary':
    'check notices for numbering gaps, skipped levels, tasks without units, bracket damage, web debris, mixed script and missing metadata',
  'cli.validate.summary':
    'check task registers (YAML or JSON) against schemas/register.schema.json, reporting every problem with its JSON pointer, line and column',
  'cli.diff.summary':
    'align the tasks of two plans (or a series, oldest first): added, removed, reworded, moved, units and deadlines changed, split and merged',
  'cli.stats.summary':
    'count documents, tasks, tasks per lead and responsible unit, per year and issuer, deadlines per month and tasks without units',
  'cli.schema.summary': 'print a JSON Schema that workplan uses (default: the task register), so other tools can use it',
  // options shared by several commands
  'cli.arg.notices': 'notices (text, HTML or .docx; any common encoding), folders, or - for standard input',
  'cli.option.script': 'script of the output text',
  'cli.option.encoding': 'decode input as this encoding (utf-8, gb18030, gbk, big5, utf-16le, …) instead of detecting it',
  'cli.option.include': 'when walking folders, take files matching these globs (default: {$globs})',
  'cli.option.exclude': 'when walking folders, skip files matching these globs',
  'cli.option.stdinFilename': 'the name messages and reports give standard input (-), as ESLint does',
  'cli.option.jobs':
    'worker threads for several inputs (1: all in this process; default: one per core but one, for at least 100 inputs each: up to {$jobs} here)',
  // clean
  'cli.clean.format': 'output format (jsonl: one JSON object per input and line)',
  'cli.clean.explain': 'print every stripped line with its reason to stderr',
  'cli.clean.example1': 'the notice as clean text',
  'cli.clean.example2': 'and every stripped line with its reason on stderr',
  'cli.clean.example3': 'a folder, one JSON object per notice',
  // parse
  'cli.parse.format':
    "register format (jsonl: one register per line; csv: the clerk's task table, UTF-8 with BOM; xlsx: the clerk's workbook, needs --out; html: a page to check the register against the notice)",
  'cli.parse.out':
    'a folder for one file per input, or with a file ending (or csv/xlsx of one input) one file; - is standard output',
  'cli.parse.force': 'replace existing output files',
  'cli.parse.merge': "csv and xlsx: all inputs in one table, with a 文件 column naming each row's notice",
  'cli.parse.punctuation':
    "csv, xlsx and html: the table's punctuation as in the notice (source: ，；：（）) or as in the register (normalized: half-width)",
  'cli.parse.example1': 'the task register as YAML',
  'cli.parse.example2': "the clerk's workbook, 任务分解表.xlsx",
  'cli.parse.example3': 'a page to check the register against the notice',
  'cli.parse.noTasks': 'warning: no tasks found; the plan may be an attachment that is not in this file',
  'cli.parse.wrote': 'wrote {$file}',
  'cli.parse.wroteMerged': 'wrote {$file}: {$notices} notices, {$tasks} tasks',
  'cli.parse.mergeNeedsTable': '--merge joins task tables: use it with --format csv or xlsx',
  'cli.parse.xlsxNeedsOut':
    '--format xlsx writes a workbook: give --out FILE.xlsx (or --out DIR for several inputs, or -o - for standard output)',
  'cli.parse.onePerInput': '--format {$format} writes one file per input: give --out DIR',
  'cli.parse.onePerInputTable': '--format {$format} writes one file per input: give --out DIR, or --merge for one table',
  'cli.parse.mergeIntoFolder': '--out {$out}: is a folder; --merge writes one file, give its name',
  'cli.parse.oneFileManyInputs':
    '--out {$out}: names one file but there are {$inputs} inputs: give a folder, or --merge for one table',
  // the end-of-run summary of a batch: `12 files, 13 documents, 301 tasks, 40 stripped lines, 0 failed, 1.2 s`
  'cli.summary.file': '{$n} file',
  'cli.summary.files': '{$n} files',
  'cli.summary.document': '{$n} document',
  'cli.summary.documents': '{$n} documents',
  'cli.summary.task': '{$n} task',
  'cli.summary.tasks': '{$n} tasks',
  'cli.summary.strippedLine': '{$n} stripped line',
  'cli.summary.strippedLines': '{$n} stripped lines',
  'cli.summary.failed': '{$n} failed',
  'cli.summary.seconds': '{$n} s',
  'cli.summary.separator': ', ',
  // lint and validate
  'cli.lint.tooManyWarnings': '{$warnings} warnings, more than --max-warnings {$max}',
  'cli.schema.unknown': "unknown schema '{$name}' (known: {$names})",
  'cli.diff.oneFile': 'each side of a diff must be one file, not a folder or a pattern',
  'cli.lint.arg': 'notices (text or HTML, any common encoding), folders, or - for standard input',
  'cli.lint.config':
    'use this config file instead of looking for workplan.config.yaml or .workplanrc.yaml from the working folder upwards',
  'cli.lint.noConfig': 'use no config file: every rule at its default level',
  'cli.lint.rule': "set a rule's level (off, warning, error) or `id=[level, {options}]`; repeatable, wins over the config file",
  'cli.lint.notANotice.register': 'this is a task register, not a notice; use `workplan validate`',
  'cli.lint.notANotice.alignment': 'this is a diff alignment, not a notice; lint reads notices (text, HTML or .docx)',
  'cli.lint.notANotice.data': 'this is YAML or JSON data, not a notice; lint reads notices (text, HTML or .docx)',
  'cli.lint.rules': 'Rules:',
  'cli.lint.example1': 'every notice in a folder, for people',
  'cli.lint.example2': 'in a GitHub workflow: findings on the pull request',
  'cli.lint.example3': 'one rule off for this run',
  'cli.report.format': 'output format (default: stylish)',
  'cli.report.reporter': 'the same as --format',
  'cli.report.maxWarnings': 'exit with 1 when there are more than n warnings',
  'cli.report.quiet': 'report errors only (warnings are neither shown nor counted)',
  'cli.report.output': 'write the report to this file instead of standard output',
  'cli.report.outputFile': 'the same as --output',
  'cli.validate.arg': 'register files, folders (taking *.register.yaml/.yml/.json), or - for standard input',
  'cli.validate.notARegister.word':
    'this is a Word document (a notice), not a task register; use `workplan lint` or `workplan parse`',
  'cli.validate.notARegister.html':
    'this is an HTML page (a notice), not a task register; use `workplan lint` or `workplan parse`',
  'cli.validate.notARegister.text': 'this is a notice (text), not a task register; use `workplan lint` or `workplan parse`',
  'cli.validate.notUtf8': 'a register file must be UTF-8',
  'cli.validate.example1': 'check a register against its schema',
  'cli.validate.example2': 'a folder of registers, in a GitHub workflow',
  // diff
  'cli.diff.old': 'older plan: a notice (text or HTML) or a register (YAML/JSON)',
  'cli.diff.new': 'newer plan(s); with several, each is compared with the one before and the lineage of every task is shown',
  'cli.diff.format': 'output format',
  'cli.diff.all': 'human, markdown: list unchanged pairs too',
  'cli.diff.stat': 'print only the counts per class and per level-1 section',
  'cli.diff.exitCode': 'exit 1 when anything changed (as git diff --exit-code)',
  'cli.diff.minScore': 'an assigned pair scoring at least this is matched',
  'cli.diff.mutualScore': 'an assigned pair of mutual best candidates is matched from this score',
  'cli.diff.mergeScore': 'an unmatched task joins its best candidate as merged/split from this score',
  'cli.diff.possibleScore': 'candidates listed as possible matches of an added/removed task from this score',
  'cli.diff.rewordedBelow': 'matched pairs whose text similarity is below this are reworded',
  'cli.diff.example1': 'what continues, changes, appears and goes',
  'cli.diff.example2': 'side by side, filterable, in a browser',
  'cli.diff.example3': 'counts only; exit 1 when anything changed',
  // stats
  'cli.stats.arg': 'notices or registers (YAML/JSON), folders, or - for standard input',
  'cli.stats.format': 'output format',
  'cli.stats.registers': 'when walking folders, take registers too ({$globs})',
  'cli.stats.example1': 'a folder of notices at a glance',
  'cli.stats.example2': 'registers too, for a spreadsheet',
  // schema
  'cli.schema.arg': 'schema name: register, lint-config, diff',
  // errors for bad input, kept as ids by the file layer and the stages and printed by the CLI in the run's language
  'input.fs.notFound': 'no such file or folder',
  'input.fs.permission': 'permission denied',
  'input.fs.isFolder': 'is a folder, not a file',
  'input.fs.notAFolder': 'a part of the path is not a folder',
  'input.fs.tooManyOpen': 'too many open files',
  'input.fs.noSpace': 'no space left on the device',
  'input.fs.readOnly': 'read-only file system',
  'input.fs.other': '{$message}',
  'input.folderNoMatch': 'is a folder with no files matching {$globs}',
  'input.device': 'is a device or socket, not a file',
  'input.globNoMatch': 'no files match this pattern',
  'input.binary': 'not a text or HTML document',
  'input.binary.png': 'a PNG image, not a text or HTML document',
  'input.binary.pdf': 'a PDF file, not a text or HTML document',
  'input.binary.zip': 'a zip archive (Word .docx?), not a text or HTML document',
  'input.binary.gif': 'a GIF image, not a text or HTML document',
  'input.binary.jpeg': 'a JPEG image, not a text or HTML document',
  'input.binary.doc': 'an old Office file (Word .doc?), not a text or HTML document',
  'input.binary.gzip': 'a gzip archive, not a text or HTML document',
  'input.binary.rar': 'a RAR archive, not a text or HTML document',
  'input.binary.7z': 'a 7z archive, not a text or HTML document',
  'input.cannotDecode': 'cannot decode as {$encoding} at byte {$byte}',
  'input.unknownEncoding': "unknown encoding '{$label}'",
  'input.tooLarge': 'input too large or too deeply nested ({$detail})',
  'input.empty': 'empty file: nothing to parse',
  'input.onlyWhitespace': 'only whitespace: nothing to parse',
  'input.docx.legacy':
    'this is an old binary Word file (.doc) or an encrypted Office file: open it in Word or WPS and save it as .docx (or as text/HTML)',
  'input.docx.notDocx': 'not a Word .docx file (no word/document.xml in the zip)',
  'input.docx.damaged': 'the .docx is damaged: {$reason}',
  // outputs that cannot or must not be written
  'output.isInput': '{$name}: refusing to write over an input file',
  'output.isFolder': '{$name}: is a folder, cannot write the output there',
  'output.isSocket': '{$name}: is a socket, cannot write the output there',
  'output.exists': '{$name}: already exists (use --force to replace it)',
  'output.cannotWrite': '{$name}: cannot write: {$problem}',
  'output.brokenLink': '{$name}: is a symbolic link to a file that does not exist, not replacing it',
  'output.outside': '{$name}: refusing to write outside the output folder (through a symbolic link to {$real})',
  'output.sameOutput': '{$name}: would be written to the same output as {$other}: rename one of them or parse them separately',
  'output.noSafeName': '{$name}: cannot derive a safe output name',
  // the lint config and --rule
  'config.cannotRead': 'cannot read config: {$problem}',
  'config.at': '{$where}: {$problem}',
  'config.unknownKey': "unknown key '{$key}' (expected: rules)",
  'config.unknownRule': "unknown rule '{$rule}'",
  'config.unknownOption': "unknown option '{$option}' for rule '{$rule}'",
  'config.badLevel': "rule '{$rule}': level must be off, warning or error",
  'config.badEntry': "rule '{$rule}': expected off, warning, error or [level, {options}]",
  'config.ruleFlagForm': "'{$flag}' is not of the form id=level (levels: off, warning, error)",
  // the register's warning codes, as the workbook's 警告 sheet explains them
  'warning.no-tasks': 'document has no tasks: the plan may be an attachment that is not in this file',
  'warning.annotated-intro': "a section's lead-in carries an annotation; its units are not assigned to a task",
  'warning.annotation-only-item': 'an item holds nothing but its units; they are taken as its text too',
  'warning.continuation-task': 'an unnumbered paragraph after an annotated task was taken as a further task of that item',
  'warning.unparsed-annotation': 'no units found in an annotation',
  'warning.unbalanced-bracket': 'an annotation is not closed; units without a stated role are not assigned',
  'warning.closing-guessed': 'an unnumbered paragraph after the last task was taken as the closing',
  'warning.repeated-heading': 'a heading repeats an earlier one and was read as that section',
  'warning.numbering-irregular': 'the section numbering is irregular',
  'warning.title-guessed': 'the title was guessed',
  'warning.invalid-bytes': 'bytes that could not be decoded were replaced with U+FFFD',
  // the clean rules, as the workbook's 删除内容 sheet explains them
  'stripped.attachment-link': 'attachment link',
  'stripped.breadcrumb': 'breadcrumb navigation',
  'stripped.cms-footer': 'site footer',
  'stripped.compilation-title': 'compilation marker; starts a new document',
  'stripped.crawler-note': 'crawler note',
  'stripped.document-separator': 'document separator; starts a new document',
  'stripped.farm-header': 'content-farm boilerplate',
  'stripped.icp': 'ICP licence number (site footer)',
  'stripped.page-head': 'page head of a collapsed page',
  'stripped.page-meta': 'page metadata',
  'stripped.pinyin-gloss': 'pinyin gloss',
  'stripped.print-links': 'print, close and font-size links',
  'stripped.related-list': 'related-content list',
  'stripped.seo-spam': 'SEO spam',
  'stripped.share-links': 'share buttons',
} as const;

export type MessageId = keyof typeof en;

/**
 * commander's help in the user's language: the section titles and the `(default: …)` and
 * `(choices: …)` notes it writes itself. English keeps commander's own output as it is.
 */
import type { Argument, HelpConfiguration, Option } from 'commander';
import type { Lang, Translate } from '../i18n/catalogue.js';

const TITLES: Readonly<
  Record<string, 'cli.help.usage' | 'cli.help.arguments' | 'cli.help.options' | 'cli.help.commands' | 'cli.help.globalOptions'>
> = {
  'Usage:': 'cli.help.usage',
  'Arguments:': 'cli.help.arguments',
  'Options:': 'cli.help.options',
  'Commands:': 'cli.help.commands',
  'Global Options:': 'cli.help.globalOptions',
};

/** The configureHelp settings for `lang` (none for English). */
export function helpIn(lang: Lang, t: Translate): HelpConfiguration {
  if (lang === 'en') return {};
  const notes = (description: string, choices: readonly string[] | undefined, fallback: string | undefined): string => {
    const extra = [
      ...(choices ? [t('cli.help.choices', { values: choices.map((c) => JSON.stringify(c)).join('、') })] : []),
      ...(fallback === undefined ? [] : [t('cli.help.default', { value: fallback })]),
    ];
    return extra.length === 0 ? description : `${description}（${extra.join('；')}）`;
  };
  return {
    styleTitle: (title: string) => (TITLES[title] ? t(TITLES[title]) : title),
    optionDescription: (option: Option) => {
      const shown =
        option.defaultValue !== undefined &&
        (option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean'));
      return notes(
        option.description,
        option.argChoices,
        shown ? (option.defaultValueDescription ?? JSON.stringify(option.defaultValue)) : undefined,
      );
    },
    argumentDescription: (argument: Argument) =>
      notes(
        argument.description,
        argument.argChoices,
        argument.defaultValue === undefined
          ? undefined
          : (argument.defaultValueDescription ?? JSON.stringify(argument.defaultValue)),
      ),
  };
}

/**
 * The one message catalogue: the command line's help and messages and the clerk's workbook texts,
 * in English (en.ts, the default) and Chinese (zh.ts), keyed by message id. `translate` fills
 * `{$name}` placeholders; their names are read from the English text at compile time, so a call
 * that misses a parameter does not build. Lint rule descriptions and the register's own warning
 * and audit texts are data of their stages, in English; the workbook explains those by code here.
 */
import { en, type MessageId } from './en.js';
import { zh } from './zh.js';

export type { MessageId } from './en.js';
export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

const TABLES: Readonly<Record<Lang, Readonly<Record<MessageId, string>>>> = { en, zh };

/** The placeholder names of a message: `wrote {$file}` → 'file'. */
type Placeholders<S extends string> = S extends `${string}{$${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;
export type MessageParams<Id extends MessageId> = Record<Placeholders<(typeof en)[Id]>, string | number>;
type ParamArgs<Id extends MessageId> = [Placeholders<(typeof en)[Id]>] extends [never] ? [] : [params: MessageParams<Id>];

/** The message `id` in `lang`, placeholders filled. */
export function translate<Id extends MessageId>(lang: Lang, id: Id, ...params: ParamArgs<Id>): string {
  const text = TABLES[lang][id];
  const values = (params[0] ?? {}) as Record<string, string | number>;
  return text.replace(/\{\$(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A translator bound to one language: `t('cli.parse.wrote', { file })`. */
export type Translate = <Id extends MessageId>(id: Id, ...params: ParamArgs<Id>) => string;

export function translator(lang: Lang): Translate {
  return (id, ...params) => translate(lang, id, ...params);
}

/** Whether the catalogue has `id` (for ids built from data: a warning code, a clean rule). */
export function isMessageId(id: string): id is MessageId {
  return Object.hasOwn(en, id);
}

/** `zh`, `zh_CN.UTF-8`, `zh-Hans`, `zh_TW` → zh; anything else (C, POSIX, en_US.UTF-8, de_DE) → en. */
export function langOf(value: string): Lang {
  return /^zh(?:[-_.@]|$)/i.test(value.trim()) ? 'zh' : 'en';
}

/** The language of messages by POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG; English when none is set. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return value === undefined ? 'en' : langOf(value);
}

/**
 * A message kept as its id and parameters, so that an error thrown where no language is known
 * (the file layer, decoding, the lint config) is printed in the run's language by the CLI's one
 * reporting point. A parameter may itself be a kept message (`cannot read config: {$problem}`).
 */
export interface Said {
  readonly id: MessageId;
  readonly params: Readonly<Record<string, string | number | Said>>;
}

type SaidArgs<Id extends MessageId> = [Placeholders<(typeof en)[Id]>] extends [never]
  ? []
  : [params: Record<Placeholders<(typeof en)[Id]>, string | number | Said>];

export function said<Id extends MessageId>(id: Id, ...params: SaidArgs<Id>): Said {
  return { id, params: (params[0] ?? {}) as Said['params'] };
}

/** A kept message in `lang`, kept parameters in it too. */
export function sayIn(lang: Lang, message: Said): string {
  const values = Object.fromEntries(
    Object.entries(message.params).map(([k, v]) => [k, typeof v === 'object' ? sayIn(lang, v) : v]),
  );
  return (translate as (lang: Lang, id: MessageId, params: Record<string, string | number>) => string)(lang, message.id, values);
}

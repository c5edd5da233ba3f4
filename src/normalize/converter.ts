import { createRequire } from 'node:module';

type Script = 'simplified' | 'traditional';
interface OpenCC {
  Converter(options: { from: string; to: string }): (text: string) => string;
}

let cached: OpenCC | undefined;
const converters = new Map<string, (text: string) => string>();

/**
 * A script converter from opencc-js (its UMD/CJS build, loaded on first use).
 * simplified → traditional uses 'cn' → 'tw': it writes 為 眾 群 線 裡, the forms mainland
 * traditional pages and Big5 text use (seed 002), where 't' writes OpenCC's 爲 衆 羣 綫 裏;
 * both give 發展改革委 牽頭. traditional → simplified uses 'tw' → 'cn', which also folds the
 * OpenCC/Taiwan variants (羣衆 迴應 發佈 審覈 → 群众 回应 发布 审核) and 著 → 着 where 't' keeps 著.
 * Character-level only (no 'twp' phrase rewriting): unit names must keep their words.
 */
export function loadConverter(from: Script, to: Script): (text: string) => string {
  if (from === to) return (text) => text;
  const key = `${from}->${to}`;
  let convert = converters.get(key);
  if (!convert) {
    cached ??= createRequire(import.meta.url)('opencc-js') as OpenCC;
    convert = from === 'simplified' ? cached.Converter({ from: 'cn', to: 'tw' }) : cached.Converter({ from: 'tw', to: 'cn' });
    converters.set(key, convert);
  }
  return convert;
}

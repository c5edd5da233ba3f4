/**
 * BOM-less UTF-16: ASCII letters, digits, punctuation and newlines put a NUL in every other byte,
 * all on one parity. Only an obvious pattern counts (>= 3% NULs on one parity, at least 4, and
 * three times as many as on the other: CJK code units like U+4E00 put a few NULs there too), so CJK-only UTF-16 without a BOM is left undetected rather than guessed.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 8) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  const obvious = (hit: number, other: number): boolean => hit >= 4 && hit >= pairs * 0.03 && hit >= 3 * other;
  if (obvious(odd, even)) return 'utf-16le';
  if (obvious(even, odd)) return 'utf-16be';
  return null;
}

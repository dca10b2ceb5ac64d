/**
 * Measures a parse against a fixture's expected output: text, author and time exactly right,
 * recall of real suggestions (kept / real) and precision of what is kept (real / kept).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportedMessage } from '../../server/imports/import.types.js';
import { formatInZone } from '../../server/imports/formats/time.js';

export interface Expected {
  author: string | null;
  at: string | null;
  text: string;
  keep: boolean;
}

export interface Score {
  expected: number;
  read: number;
  exact: number;
  recall: number;
  precision: number;
  /** what differed, for the failure message */
  misses: string[];
}

export const FIXTURES = join(import.meta.dirname, 'fixtures');

export function readExpected(name: string): Expected[] {
  return readFileSync(join(FIXTURES, name.replace(/\.\w+$/, '.expected.jsonl')), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Expected);
}

const asExpected = (m: ImportedMessage, timeZone: string): Expected => ({
  author: m.author,
  at: m.at ? formatInZone(m.at, timeZone) : null,
  text: m.text,
  keep: m.keep,
});

/** Aligns in file order: each expected row takes the next parsed message with its text, if any within a few rows. */
export function score(messages: readonly ImportedMessage[], expected: readonly Expected[], timeZone = 'Asia/Jakarta'): Score {
  const got = messages.map((m) => asExpected(m, timeZone));
  let cursor = 0;
  let exact = 0;
  let real = 0;
  let realKept = 0;
  const misses: string[] = [];
  const keptReal = new Map<number, boolean>();
  for (const e of expected) {
    let j = got.findIndex((g, k) => k >= cursor && k < cursor + 6 && g.text === e.text);
    if (j < 0) j = cursor < got.length ? cursor : -1;
    const g = j >= 0 ? got[j] : undefined;
    if (j >= 0) cursor = j + 1;
    if (g && g.text === e.text && g.author === e.author && g.at === e.at) exact++;
    else misses.push(`expected ${JSON.stringify(e)}\n     got ${JSON.stringify(g ?? null)}`);
    if (e.keep) {
      real++;
      if (g?.keep) realKept++;
      else misses.push(`real suggestion skipped (${messages[j]?.why ?? 'missing'}): ${e.text.slice(0, 80)}`);
    }
    if (g && j >= 0) keptReal.set(j, e.keep);
  }
  let kept = 0;
  let keptAndReal = 0;
  got.forEach((g, j) => {
    if (!g.keep) return;
    kept++;
    if (keptReal.get(j)) keptAndReal++;
    else misses.push(`kept but not a suggestion: ${g.text.slice(0, 80)}`);
  });
  return {
    expected: expected.length,
    read: got.length,
    exact: expected.length ? exact / expected.length : 1,
    recall: real ? realKept / real : 1,
    precision: kept ? keptAndReal / kept : 1,
    misses,
  };
}

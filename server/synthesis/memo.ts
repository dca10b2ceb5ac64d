/**
 * The scanner's memo: a word as written (a span of a text) -> its word id. With flag 1 the word
 * is case-folded (A-Z compared and stored as a-z): the scanner folds words whose case cannot
 * change their analysis.
 * Every token of a run is looked up here (1.5M at 100k suggestions), so it is all typed arrays: a
 * slot is four ints side by side (one cache line holds four slots) and the word's characters sit
 * in a flat pool, compared in place. No strings, objects or arrays per word: the earlier
 * string-and-object memo cost several cache misses per token and kept ~200k small objects alive.
 */

const STRIDE = 4; // hash, (length << 1) | flag (0 = empty slot), char offset, value

export class WordMemo {
  private slots: Int32Array;
  private mask: number;
  private chars: Uint16Array;
  private charsUsed = 0;
  size = 0;

  /** capacity: a power of two (the table doubles when half full) */
  constructor(capacity = 1 << 16) {
    this.slots = new Int32Array(capacity * STRIDE);
    this.mask = capacity - 1;
    this.chars = new Uint16Array(capacity * 4);
  }

  /** The value of text[start, end) with this flag and hash, or -1. */
  find(text: string, start: number, end: number, flag: number, h: number): number {
    const { slots, mask, chars } = this;
    const meta = ((end - start) << 1) | flag;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const o = slot * STRIDE;
      const m = slots[o + 1]!;
      if (m === 0) return -1;
      if (m !== meta || slots[o] !== h) continue;
      const c = slots[o + 2]!;
      let same = true;
      if (flag === 1) for (let i = start; i < end && same; i++) same = chars[c + i - start] === foldAscii(text.charCodeAt(i));
      else for (let i = start; i < end && same; i++) same = chars[c + i - start] === text.charCodeAt(i);
      if (same) return slots[o + 3]!;
    }
  }

  /** Stores text[start, end) with this flag, hash and value (>= 0; the span must be new). */
  add(text: string, start: number, end: number, flag: number, h: number, value: number): void {
    if (2 * (this.size + 1) > this.mask + 1) this.rehash(2 * (this.mask + 1));
    const len = end - start;
    if (this.charsUsed + len > this.chars.length) this.chars = grown(this.chars, this.charsUsed + len);
    const c = this.charsUsed;
    for (let i = 0; i < len; i++) this.chars[c + i] = flag === 1 ? foldAscii(text.charCodeAt(start + i)) : text.charCodeAt(start + i);
    this.charsUsed += len;
    this.place(h, (len << 1) | flag, c, value);
    this.size++;
  }

  private place(h: number, meta: number, c: number, value: number): void {
    let slot = h & this.mask;
    while (this.slots[slot * STRIDE + 1] !== 0) slot = (slot + 1) & this.mask;
    const o = slot * STRIDE;
    this.slots[o] = h;
    this.slots[o + 1] = meta;
    this.slots[o + 2] = c;
    this.slots[o + 3] = value;
  }

  private rehash(capacity: number): void {
    const old = this.slots;
    this.slots = new Int32Array(capacity * STRIDE);
    this.mask = capacity - 1;
    for (let o = 0; o < old.length; o += STRIDE) if (old[o + 1] !== 0) this.place(old[o]!, old[o + 1]!, old[o + 2]!, old[o + 3]!);
  }
}

/** A-Z as a-z; any other char code as it is. */
export const foldAscii = (c: number): number => (c >= 65 && c <= 90 ? c | 32 : c);

function grown<T extends Uint16Array>(a: T, need: number): T {
  let size = a.length * 2;
  while (size < need) size *= 2;
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

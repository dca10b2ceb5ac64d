/**
 * A read-only word -> word dictionary stored as one byte array: an open-addressing hash table of
 * offsets followed by the entries. Loading it is reading the bytes (no per-entry work), where a
 * Map of 43k words costs ~40 ms of hashing and allocation in a cold process; a lookup hashes the
 * word's characters and compares bytes. For dictionaries derived once and kept on disk
 * (derived-cache.ts). Words and values are Latin-1 (character codes below 256).
 *
 * Layout (little-endian int32 header and table, then bytes, then the int32 total length):
 *   [MAGIC][table size (a power of two)][table: entry offset + 1, 0 = empty]
 *   entries: [word length][word bytes][value length, 255 = the word itself][value bytes]
 *   [total length in bytes] (a cut-off file is not a table: isTable)
 */
const MAGIC = 0x57544232; // "WTB2"
const SAME = 255;
const MAX_LENGTH = 254;

function hashOf(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function checkLatin1(s: string): void {
  if (s.length > MAX_LENGTH) throw new RangeError(`word table: "${s.slice(0, 20)}..." is longer than ${MAX_LENGTH}`);
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 255) throw new RangeError(`word table: "${s}" is not Latin-1`);
}

export class WordTable {
  private readonly table: Int32Array;
  private readonly bytes: Uint8Array;
  private readonly mask: number;
  private readonly base: number;

  constructor(data: Uint8Array) {
    if (!WordTable.isTable(data)) throw new Error('word table: not a word table');
    // An Int32Array view needs a 4-byte aligned offset: copy the rare unaligned buffer.
    const aligned = data.byteOffset % 4 === 0 ? data : data.slice();
    const size = new Int32Array(aligned.buffer, aligned.byteOffset, 2)[1]!;
    this.table = new Int32Array(aligned.buffer, aligned.byteOffset + 8, size);
    this.bytes = aligned;
    this.mask = size - 1;
    this.base = 8 + size * 4;
  }

  /** Whether data is a whole word table (its own length recorded at its end). */
  static isTable(data: Uint8Array): boolean {
    if (data.byteLength < 12) return false;
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const size = view.getInt32(4, true);
    if (view.getInt32(0, true) !== MAGIC || size <= 0 || (size & (size - 1)) !== 0) return false;
    return 8 + size * 4 + 4 <= data.byteLength && view.getInt32(data.byteLength - 4, true) === data.byteLength;
  }

  /** Encodes [word, value] pairs (words distinct). */
  static encode(entries: ReadonlyArray<readonly [string, string]>): Uint8Array {
    let size = 1;
    while (size < entries.length * 2) size *= 2;
    let dataLength = 0;
    for (const [w, v] of entries) {
      checkLatin1(w);
      checkLatin1(v);
      dataLength += 2 + w.length + (v === w ? 0 : v.length);
    }
    const base = 8 + size * 4;
    const out = new Uint8Array(base + dataLength + 4);
    const header = new Int32Array(out.buffer, 0, 2 + size);
    header[0] = MAGIC;
    header[1] = size;
    let at = base;
    for (const [w, v] of entries) {
      let slot = hashOf(w) & (size - 1);
      while (header[2 + slot] !== 0) slot = (slot + 1) & (size - 1);
      header[2 + slot] = at - base + 1;
      out[at++] = w.length;
      for (let i = 0; i < w.length; i++) out[at++] = w.charCodeAt(i);
      if (v === w) out[at++] = SAME;
      else {
        out[at++] = v.length;
        for (let i = 0; i < v.length; i++) out[at++] = v.charCodeAt(i);
      }
    }
    new DataView(out.buffer).setInt32(out.length - 4, out.length, true);
    return out;
  }

  /** The value stored for word, or undefined. */
  get(word: string): string | undefined {
    const { table, bytes, mask, base } = this;
    const n = word.length;
    for (let slot = hashOf(word) & mask; ; slot = (slot + 1) & mask) {
      const entry = table[slot]!;
      if (entry === 0) return undefined;
      let at = base + entry - 1;
      if (bytes[at] !== n) continue;
      let i = 0;
      while (i < n && bytes[at + 1 + i] === word.charCodeAt(i)) i++;
      if (i < n) continue;
      at += 1 + n;
      const length = bytes[at]!;
      if (length === SAME) return word;
      let value = '';
      for (let j = 1; j <= length; j++) value += String.fromCharCode(bytes[at + j]!);
      return value;
    }
  }
}

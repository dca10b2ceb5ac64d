/**
 * Open-addressing hash table of int pairs (a, b) -> dense id (0, 1, 2... in first-seen order).
 * Bigrams are (stem, stem) and trigrams (bigram id, stem): counting n-grams over 100k suggestions
 * through a Map with double or string keys cost seconds (hashing, boxing, garbage); this is a few
 * typed-array probes per token.
 */
export class PairTable {
  /** first and second element of each id (one spare: an add may fill it just before growing) */
  first: Int32Array;
  second: Int32Array;
  size = 0;
  /** slot -> id + 1 (0 = empty) */
  private slots: Int32Array;
  private mask: number;

  constructor(expected = 1024) {
    let cap = 1024;
    while (cap < expected * 2) cap *= 2;
    this.slots = new Int32Array(cap);
    this.mask = cap - 1;
    this.first = new Int32Array((cap >> 1) + 1);
    this.second = new Int32Array((cap >> 1) + 1);
  }

  private static hash(a: number, b: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x632be5ab, 0x85ebca6b);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    return h ^ (h >>> 13);
  }

  /** The id of (a, b), or -1 when absent. */
  get(a: number, b: number): number {
    const { slots, mask } = this;
    for (let s = PairTable.hash(a, b) & mask; ; s = (s + 1) & mask) {
      const id = slots[s]! - 1;
      if (id < 0) return -1;
      if (this.first[id] === a && this.second[id] === b) return id;
    }
  }

  /** The id of (a, b), added when absent. */
  add(a: number, b: number): number {
    const { slots, mask } = this;
    let s = PairTable.hash(a, b) & mask;
    for (; ; s = (s + 1) & mask) {
      const id = slots[s]! - 1;
      if (id < 0) break;
      if (this.first[id] === a && this.second[id] === b) return id;
    }
    const id = this.size++;
    this.first[id] = a;
    this.second[id] = b;
    slots[s] = id + 1;
    if (this.size * 2 > slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const cap = this.slots.length * 2;
    const first = new Int32Array((cap >> 1) + 1);
    const second = new Int32Array((cap >> 1) + 1);
    first.set(this.first);
    second.set(this.second);
    this.first = first;
    this.second = second;
    this.slots = new Int32Array(cap);
    this.mask = cap - 1;
    for (let id = 0; id < this.size; id++) {
      let s = PairTable.hash(first[id]!, second[id]!) & this.mask;
      while (this.slots[s] !== 0) s = (s + 1) & this.mask;
      this.slots[s] = id + 1;
    }
  }
}

/** Int32Array that grows by doubling (counts indexed by PairTable ids). */
export function ensureLength(a: Int32Array<ArrayBuffer>, length: number, fill = 0): Int32Array<ArrayBuffer> {
  if (length <= a.length) return a;
  const b = new Int32Array(Math.max(length, a.length * 2));
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}

/** An Int32Array that grows by doubling as values are pushed; view() is the filled part. */
export class IntList {
  values: Int32Array<ArrayBuffer>;
  length = 0;

  constructor(capacity = 1 << 12) {
    this.values = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.values.length) this.values = ensureLength(this.values, this.length + 1);
    this.values[this.length++] = value;
  }

  view(): Int32Array {
    return this.values.subarray(0, this.length);
  }
}

/**
 * Typed arrays on a SharedArrayBuffer, for the arrays a run hands to its helper thread (the
 * near-duplicates job: the matrix and the corpus's stems): posted without a copy. Structured
 * cloning them cost ~0.08 s of this thread and as much again on the helper at 100k suggestions.
 */
export const sharedInt32 = (length: number): Int32Array => new Int32Array(new SharedArrayBuffer(length * 4));
export const sharedFloat32 = (length: number): Float32Array => new Float32Array(new SharedArrayBuffer(length * 4));

/** The first `length` values of a, in a sharedInt32 (in place of a.slice(0, length)). */
export function sharedSlice(a: Int32Array, length: number): Int32Array {
  const out = sharedInt32(length);
  out.set(a.subarray(0, length));
  return out;
}

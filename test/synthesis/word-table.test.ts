import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { WordTable } from '../../server/synthesis/word-table.js';
import { derivedBytes } from '../../server/synthesis/derived-cache.js';
import { englishStems, stemToken } from '../../server/synthesis/stem.js';
import { createRng } from '../../server/synthesis/prng.js';

describe('synthesis: word table and derived cache', () => {
  it('finds every stored word with its value, and nothing else', () => {
    const rng = createRng(3);
    const word = (): string => Array.from({ length: 1 + Math.floor(rng() * 12) }, () => String.fromCharCode(97 + Math.floor(rng() * 26))).join('');
    const map = new Map<string, string>();
    while (map.size < 5000) {
      const w = word();
      map.set(w, rng() < 0.5 ? w : word());
    }
    map.set('café', 'caf\u00e9s');
    const table = new WordTable(WordTable.encode([...map]));
    for (const [w, v] of map) expect(table.get(w), w).to.equal(v);
    let misses = 0;
    for (let i = 0; i < 5000; i++) {
      const w = word();
      if (!map.has(w)) {
        expect(table.get(w), w).to.equal(undefined);
        misses++;
      }
    }
    expect(misses).to.be.greaterThan(1000);
    // Prefixes and extensions of stored words are other words.
    expect(table.get('caf')).to.equal(undefined);
    expect(table.get('cafés')).to.equal(undefined);
    expect(table.get('')).to.equal(undefined);
  });

  it('works on an unaligned copy and rejects what it cannot store or read', () => {
    const bytes = WordTable.encode([['a', 'b']]);
    const unaligned = new Uint8Array(bytes.length + 1).subarray(1);
    unaligned.set(bytes);
    expect(new WordTable(unaligned).get('a')).to.equal('b');
    expect(() => WordTable.encode([['kota\u4e00', 'x']])).to.throw(RangeError, /Latin-1/);
    expect(() => new WordTable(new Uint8Array(16))).to.throw(/not a word table/);
    // A cut-off table is not a table.
    const whole = WordTable.encode([['pelatihan', 'latih'], ['kota', 'kota']]);
    expect(WordTable.isTable(whole)).to.equal(true);
    expect(WordTable.isTable(whole.subarray(0, whole.length - 3))).to.equal(false);
    expect(() => new WordTable(whole.subarray(0, whole.length - 1))).to.throw(/not a word table/);
  });

  it('derives once per key, keeps a few files per name, and still answers without a writable directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rembuk-derived-'));
    try {
      let calls = 0;
      const any = (): boolean => true;
      const derive = (): Uint8Array => {
        calls++;
        return new Uint8Array([calls, 7]);
      };
      expect([...derivedBytes('t', ['a'], derive, any, dir)]).to.deep.equal([1, 7]);
      expect([...derivedBytes('t', ['a'], derive, any, dir)]).to.deep.equal([1, 7]);
      expect(calls).to.equal(1);
      expect([...derivedBytes('t', ['b'], derive, any, dir)]).to.deep.equal([2, 7]);
      for (const k of ['c', 'd', 'e', 'f']) derivedBytes('t', [k], derive, any, dir);
      expect(calls).to.equal(6);
      expect(readdirSync(dir).filter((f) => f.startsWith('t-'))).to.have.length(4);
      // A cache directory that cannot be made (a file is in the way): derived every time.
      writeFileSync(join(dir, 'a-file'), '');
      const blocked = join(dir, 'a-file', 'cache');
      expect([...derivedBytes('t', ['a'], derive, any, blocked)]).to.deep.equal([7, 7]);
      expect([...derivedBytes('t', ['a'], derive, any, blocked)]).to.deep.equal([8, 7]);
      // A kept file its reader rejects (cut off, or from an older format) is derived again.
      const whole = (b: Uint8Array): boolean => b.length === 2;
      const file = readdirSync(dir).find((f) => f.startsWith('t-'))!;
      writeFileSync(join(dir, file), Uint8Array.of(1));
      const key = ['c', 'd', 'e', 'f'].find((k) => derivedBytes('t', [k], () => Uint8Array.of(0, 0), () => true, dir)[0] === 1);
      expect(key).to.not.equal(undefined);
      expect([...derivedBytes('t', [key!], derive, whole, dir)]).to.deep.equal([9, 7]);
      expect([...derivedBytes('t', [key!], derive, whole, dir)]).to.deep.equal([9, 7]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives the lexicon words their English stems from the kept table', () => {
    const table = englishStems();
    expect(table.get('developers')).to.equal('developer');
    expect(table.get('training')).to.equal('train');
    expect(table.get('pelatihan')).to.equal(undefined);
    expect(stemToken('campaigns')).to.deep.equal({ stem: 'campaign', language: 'en' });
  });
});

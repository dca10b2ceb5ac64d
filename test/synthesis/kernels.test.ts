import { expect } from 'chai';
import { PairTable } from '../../server/synthesis/pairs.js';
import { WordMemo } from '../../server/synthesis/memo.js';
import { symmetricEigen } from '../../server/synthesis/eigen.js';
import { forEachPiece } from '../../server/synthesis/normalise.js';
import { createRng } from '../../server/synthesis/prng.js';

describe('synthesis: fast kernels', () => {
  it('PairTable keeps ids stable across growth and answers absent pairs with -1', () => {
    const table = new PairTable(4);
    const ref = new Map<string, number>();
    const rng = createRng(5);
    let wrong = 0;
    for (let i = 0; i < 30_000; i++) {
      const a = Math.floor(rng() * 300);
      const b = Math.floor(rng() * 300);
      const id = table.add(a, b);
      const key = `${a},${b}`;
      if (!ref.has(key)) ref.set(key, id);
      else if (ref.get(key) !== id) wrong++;
    }
    for (const [key, id] of ref) {
      const [a, b] = key.split(',').map(Number);
      if (table.get(a!, b!) !== id) wrong++;
    }
    expect(wrong).to.equal(0);
    expect(table.size).to.equal(ref.size);
    expect(table.get(1000, 1000)).to.equal(-1);
  });

  it('WordMemo finds every stored word with its value across growth, even when hashes collide', () => {
    const memo = new WordMemo(4);
    const rng = createRng(9);
    const words = new Map<string, { flag: number; value: number }>();
    const text = Array.from({ length: 20_000 }, () => String.fromCharCode(97 + Math.floor(rng() * 26))).join('');
    const spans: Array<[number, number, number]> = [];
    for (let i = 0; i < 6_000; i++) {
      const start = Math.floor(rng() * 19_990);
      const end = start + 1 + Math.floor(rng() * 8);
      const flag = rng() < 0.1 ? 1 : 0;
      const key = `${flag}:${text.slice(start, end)}`;
      // A deliberately weak hash (first letter and length): probes walk long collision chains.
      const h = text.charCodeAt(start) * 16 + end - start;
      if (memo.find(text, start, end, flag, h) >= 0) {
        expect(words.has(key), key).to.equal(true);
        continue;
      }
      expect(words.has(key), key).to.equal(false);
      words.set(key, { flag, value: i });
      memo.add(text, start, end, flag, h, i);
      spans.push([start, end, flag]);
    }
    for (const [start, end, flag] of spans) {
      const found = memo.find(text, start, end, flag, text.charCodeAt(start) * 16 + end - start);
      expect(found).to.equal(words.get(`${flag}:${text.slice(start, end)}`)!.value);
    }
    expect(memo.size).to.equal(words.size);
  });

  it('symmetricEigen returns descending values and orthonormal eigenvectors', () => {
    const l = 12;
    const rng = createRng(9);
    const y = Array.from({ length: 40 * l }, () => rng() - 0.5);
    const a = new Float64Array(l * l);
    for (let i = 0; i < l; i++) for (let j = 0; j < l; j++) for (let r = 0; r < 40; r++) a[i * l + j]! += y[r * l + i]! * y[r * l + j]!;
    const { values, vectors } = symmetricEigen(a, l);
    for (let j = 1; j < l; j++) expect(values[j]!).to.be.at.most(values[j - 1]!);
    for (let j = 0; j < l; j++) {
      for (let i = 0; i < l; i++) {
        let av = 0;
        for (let k = 0; k < l; k++) av += a[i * l + k]! * vectors[k * l + j]!;
        expect(av).to.be.closeTo(values[j]! * vectors[i * l + j]!, 1e-9);
      }
      let norm = 0;
      for (let k = 0; k < l; k++) norm += vectors[k * l + j]! ** 2;
      expect(norm).to.be.closeTo(1, 1e-9);
    }
    // Rank-deficient input survives.
    const z = symmetricEigen(new Float64Array(9), 3);
    expect(Array.from(z.values)).to.deep.equal([0, 0, 0]);
  });

  it('tokenises ASCII text by char codes exactly as the Unicode regex path does', () => {
    const texts = [
      "a.b..c d-e- f_ 'x' c#+ c++ x.+ 3.14, foo!!bar (baz) [q]{r}\"s\"|t\nu\rv ..a a.. -a a-b-c a--b it's c# . ,",
      'A.B.C e.g. i.e. ASP.NET node.js x_y__z see https://x.io/a?b=1 or mail me@x.org @user',
      'PERLU RUANG KREATIF UNTUK ANAK MUDA!!! pelatihan yg bagus bangettt... 2024/25 Rp10.000',
    ];
    for (const text of texts) {
      const ascii: Array<string | null> = [];
      const unicode: Array<string | null> = [];
      forEachPiece(text, (p, shouting) => ascii.push(p === null ? p : `${p}${shouting ? '!' : ''}`));
      // A no-break space is non-ASCII (regex path) and normalises to a plain space.
      forEachPiece(`${text}\u00a0`, (p, shouting) => unicode.push(p === null ? p : `${p}${shouting ? '!' : ''}`));
      expect(ascii).to.deep.equal(unicode);
    }
  });
});

import { expect } from 'chai';
import { PairTable } from '../../server/synthesis/pairs.js';
import { WordMemo, foldAscii } from '../../server/synthesis/memo.js';
import { symmetricEigen } from '../../server/synthesis/eigen.js';
import { orthonormalise } from '../../server/synthesis/linalg.js';
import { forEachPiece } from '../../server/synthesis/normalise.js';
import { createRng } from '../../server/synthesis/prng.js';
import { vectorise } from '../../server/synthesis/vectorise.js';
import { byCentrality } from '../../server/synthesis/themes.js';
import { nonEmptyRows, selectRows, type Csr } from '../../server/synthesis/sparse.js';
import type { Corpus } from '../../server/synthesis/analyse.js';

/** A Corpus from documents of stem ids (one phrase each). */
function corpusOf(docs: number[][]): Corpus {
  const offsets = new Int32Array(docs.length + 1);
  docs.forEach((d, i) => (offsets[i + 1] = offsets[i]! + d.length));
  const stems = Int32Array.from(docs.flat());
  const phraseStart = new Uint8Array(stems.length);
  for (let i = 0; i < docs.length; i++) phraseStart[offsets[i]!] = 1;
  return { n: docs.length, offsets, stems, surfaces: stems.slice(), phraseStart };
}

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
    // Mostly lowercase with some capitals: flag 1 words are case-folded (A-Z as a-z).
    const text = Array.from({ length: 20_000 }, () => String.fromCharCode((rng() < 0.2 ? 65 : 97) + Math.floor(rng() * 26))).join('');
    const keyOf = (start: number, end: number, flag: number): string => `${flag}:${flag ? text.slice(start, end).toLowerCase() : text.slice(start, end)}`;
    // A deliberately weak hash (first letter and length): probes walk long collision chains.
    const hashOf = (start: number, end: number, flag: number): number => (flag ? foldAscii(text.charCodeAt(start)) : text.charCodeAt(start)) * 16 + end - start;
    const spans: Array<[number, number, number]> = [];
    let folded = 0;
    for (let i = 0; i < 6_000; i++) {
      const start = Math.floor(rng() * 19_990);
      const end = start + 1 + Math.floor(rng() * 4);
      const flag = rng() < 0.3 ? 1 : 0;
      const key = keyOf(start, end, flag);
      if (memo.find(text, start, end, flag, hashOf(start, end, flag)) >= 0) {
        expect(words.has(key), key).to.equal(true);
        if (flag && !words.has(`1:${text.slice(start, end)}`)) folded++;
        continue;
      }
      expect(words.has(key), key).to.equal(false);
      words.set(key, { flag, value: i });
      memo.add(text, start, end, flag, hashOf(start, end, flag), i);
      spans.push([start, end, flag]);
    }
    for (const [start, end, flag] of spans) {
      expect(memo.find(text, start, end, flag, hashOf(start, end, flag))).to.equal(words.get(keyOf(start, end, flag))!.value);
    }
    expect(memo.size).to.equal(words.size);
    // Some words were found through another case of the same letters.
    expect(folded).to.be.greaterThan(0);
  });

  it('codes trigrams of the scanned documents only, with their document frequency over all', () => {
    // Trigram 1 2 3 in documents 0, 2 and 3; 7 8 9 only in document 4.
    const corpus = corpusOf([[1, 2, 3, 4], [5, 6], [1, 2, 3], [9, 1, 2, 3, 1, 2, 3], [7, 8, 9]]);
    const { ngramDf } = vectorise(corpus, { ngramMax: 2, minDf: 1, minDfPhrase: 1, maxDfRatio: 1, phraseWeight: 1 });
    expect(ngramDf.trigram(1, 2, 3)).to.equal(-1);
    ngramDf.indexTrigrams(Uint8Array.of(1, 1, 0, 0, 0));
    const code = ngramDf.trigram(1, 2, 3);
    expect(code).to.be.at.least(0);
    expect(ngramDf.dfOf(code)).to.equal(3);
    expect(ngramDf.keyOf(code)).to.equal('1,2,3');
    expect(ngramDf.lengthOf(code)).to.equal(3);
    expect(ngramDf.trigram(7, 8, 9)).to.equal(-1); // only in an unscanned document
    expect(ngramDf.size).to.equal(code + 2); // 1 2 3 and 2 3 4
    expect(Array.from(ngramDf.trigramAt.subarray(0, 4))).to.deep.equal([code, code + 1, -1, -1]);
    expect(Array.from(ngramDf.trigramAt.subarray(6))).to.deep.equal(new Array(13).fill(-1));
    expect(ngramDf.dfOf(ngramDf.bigram(1, 2))).to.equal(3);
  });

  it('orthonormalise leaves orthonormal columns spanning the same space, ill-conditioned too', () => {
    const n = 300;
    const l = 12;
    const rng = createRng(4);
    for (const spread of [1, 1e-5]) {
      // Columns 1..l-1 lean on column 0 by 1/spread: condition ~1e6 for the second case, where one
      // Cholesky-QR pass alone leaves errors ~1e-4 (a second pass is needed).
      const y = new Float64Array(n * l);
      for (let i = 0; i < n; i++) {
        const base = rng() - 0.5;
        for (let j = 0; j < l; j++) y[i * l + j] = j === 0 ? base : base + spread * (rng() - 0.5);
      }
      const before = Float64Array.from(y);
      orthonormalise(y, n, l);
      let worst = 0;
      for (let a = 0; a < l; a++)
        for (let b = 0; b < l; b++) {
          let s = 0;
          for (let i = 0; i < n; i++) s += y[i * l + a]! * y[i * l + b]!;
          worst = Math.max(worst, Math.abs(s - (a === b ? 1 : 0)));
        }
      expect(worst, `spread ${spread}`).to.be.below(1e-9);
      // Same span: the first input column is a combination of the output columns.
      let residual = 0;
      const coef = new Float64Array(l);
      for (let b = 0; b < l; b++) for (let i = 0; i < n; i++) coef[b]! += y[i * l + b]! * before[i * l]!;
      for (let i = 0; i < n; i++) {
        let fit = 0;
        for (let b = 0; b < l; b++) fit += coef[b]! * y[i * l + b]!;
        residual = Math.max(residual, Math.abs(fit - before[i * l]!));
      }
      expect(residual, `spread ${spread}`).to.be.below(1e-9);
    }
  });

  it('nonEmptyRows keeps the non-empty rows as selectRows copies them, sharing the stored values', () => {
    const rng = createRng(5);
    const indptr = [0];
    const indices: number[] = [];
    const data: number[] = [];
    for (let i = 0; i < 300; i++) {
      // Empty rows at the start, the end and in runs.
      const len = i < 3 || i > 295 || rng() < 0.3 ? 0 : 1 + Math.floor(rng() * 6);
      for (let q = 0; q < len; q++) {
        indices.push(q * 7 + Math.floor(rng() * 7));
        data.push(rng());
      }
      indptr.push(indices.length);
    }
    const m: Csr = { rows: 300, cols: 50, indptr: Int32Array.from(indptr), indices: Int32Array.from(indices), data: Float32Array.from(data) };
    const rows: number[] = [];
    for (let i = 0; i < m.rows; i++) if (m.indptr[i + 1]! > m.indptr[i]!) rows.push(i);
    expect(rows.length).to.be.within(150, 280);
    const kept = nonEmptyRows(m, rows);
    const copied = selectRows(m, rows);
    expect(kept.rows).to.equal(copied.rows);
    expect([...kept.indptr]).to.deep.equal([...copied.indptr]);
    expect([...kept.indices.subarray(0, kept.indptr[kept.rows]!)]).to.deep.equal([...copied.indices]);
    expect([...kept.data.subarray(0, kept.indptr[kept.rows]!)]).to.deep.equal([...copied.data]);
    expect(kept.data).to.equal(m.data);
  });

  it('byCentrality orders members as the comparator sort does (ties, negatives, -0)', () => {
    const rng = createRng(8);
    const similarity = new Float32Array(5000);
    for (let i = 0; i < similarity.length; i++) {
      const r = rng();
      similarity[i] = r < 0.2 ? 0.5 : r < 0.25 ? -0 : r < 0.3 ? 0 : r < 0.5 ? -rng() : rng();
    }
    for (const size of [10, 100, 3000]) {
      const rows = Array.from({ length: size }, () => Math.floor(rng() * similarity.length));
      const expected = rows.slice().sort((a, b) => similarity[b]! - similarity[a]! || a - b);
      expect(byCentrality(rows, similarity), `size ${size}`).to.deep.equal(expected);
    }
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

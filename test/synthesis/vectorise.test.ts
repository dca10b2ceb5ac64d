import { expect } from 'chai';
import type { Term } from '../../server/synthesis/analyser.js';
import { TextAnalyser } from '../../server/synthesis/analyser.js';
import { featureKeys, selectRows, vectorise, type Csr } from '../../server/synthesis/vectorise.js';

/** A document by hand: stems, "|" starts a new phrase. */
function doc(spec: string): Term[] {
  let start = true;
  const out: Term[] = [];
  for (const w of spec.split(' ')) {
    if (w === '|') {
      start = true;
      continue;
    }
    out.push({ stem: w, surface: w, acronym: false, phraseStart: start });
    start = false;
  }
  return out;
}

/** Row d of m as feature key -> weight. */
function row(m: Csr, features: readonly string[], d: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (let p = m.indptr[d]!; p < m.indptr[d + 1]!; p++) out[features[m.indices[p]!]!] = m.data[p]!;
  return out;
}

function expectRow(actual: Record<string, number>, expected: Record<string, number>): void {
  expect(Object.keys(actual).sort()).to.deep.equal(Object.keys(expected).sort());
  for (const [k, v] of Object.entries(expected)) expect(actual[k], k).to.be.closeTo(v, 1e-12);
}

const unit = (r: Record<string, number>): Record<string, number> => {
  const norm = Math.sqrt(Object.values(r).reduce((s, v) => s + v * v, 0));
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v / norm]));
};

describe('synthesis: TF-IDF vectors (vectorise.ts)', () => {
  // d0: one phrase "a b a"; d1: "a" then a new phrase "c"; d2: one phrase "b c".
  const docs = [doc('a b a'), doc('a | c'), doc('b c')];

  it('equals a hand computation: sublinear tf, smoothed idf, L2-normalised rows', () => {
    const { matrix, features, df, idf } = vectorise(docs, { minDf: 1 });
    expect(features).to.deep.equal(['a', 'a b', 'b', 'b a', 'b c', 'c']);
    expect(Array.from(df)).to.deep.equal([2, 1, 2, 1, 1, 2]);
    // idf = ln((1 + n) / (1 + df)) + 1 with n = 3
    const idf2 = Math.log(4 / 3) + 1;
    const idf1 = Math.log(4 / 2) + 1;
    expect(Array.from(idf)).to.deep.equal([idf2, idf1, idf2, idf1, idf1, idf2]);
    expect([matrix.rows, matrix.cols]).to.deep.equal([3, 6]);
    // tf = 1 + ln(count): "a" twice in d0
    expectRow(row(matrix, features, 0), unit({ a: (1 + Math.log(2)) * idf2, b: idf2, 'a b': idf1, 'b a': idf1 }));
    expectRow(row(matrix, features, 1), unit({ a: idf2, c: idf2 }));
    expectRow(row(matrix, features, 2), unit({ b: idf2, c: idf2, 'b c': idf1 }));
  });

  it('makes bigrams only inside a phrase, never of a word with itself, and none when asked', () => {
    expect(featureKeys(doc('akses modal | bunga tinggi'))).to.deep.equal(['akses', 'modal', 'bunga', 'tinggi', 'akses modal', 'bunga tinggi']);
    expect(featureKeys(doc('kota kota besar'))).to.deep.equal(['kota', 'kota', 'besar', 'kota besar']);
    expect(featureKeys(doc('akses modal'), false)).to.deep.equal(['akses', 'modal']);
    const { features } = vectorise(docs, { minDf: 1, bigrams: false });
    expect(features).to.deep.equal(['a', 'b', 'c']);
  });

  it('reads phrase breaks from the analyser (punctuation)', () => {
    const analyser = new TextAnalyser();
    const keys = featureKeys(analyser.terms('Akses permodalan UMKM. Bunga pinjaman tinggi'));
    expect(keys).to.include.members(['akses modal', 'modal umkm', 'bunga pinjam']);
    expect(keys).not.to.include('umkm bunga');
  });

  it('drops features found in fewer than minDf documents, and weighs the rest over the kept ones', () => {
    const { matrix, features } = vectorise(docs, { minDf: 2 });
    expect(features).to.deep.equal(['a', 'b', 'c']);
    expectRow(row(matrix, features, 0), unit({ a: 1 + Math.log(2), b: 1 }));
    expectRow(row(matrix, features, 2), unit({ b: 1, c: 1 }));
  });

  it('keeps every row, an empty document as an empty row', () => {
    const { matrix } = vectorise([doc('a b'), [], doc('b')], { minDf: 1 });
    expect(Array.from(matrix.indptr)).to.deep.equal([0, 3, 3, 4]);
    for (const d of [0, 2]) {
      let s = 0;
      for (let p = matrix.indptr[d]!; p < matrix.indptr[d + 1]!; p++) s += matrix.data[p]! ** 2;
      expect(s).to.be.closeTo(1, 1e-12);
    }
  });

  it('selectRows copies the chosen rows in the given order', () => {
    const { matrix, features } = vectorise(docs, { minDf: 1 });
    const picked = selectRows(matrix, [2, 0]);
    expect(picked.rows).to.equal(2);
    expect(row(picked, features, 0)).to.deep.equal(row(matrix, features, 2));
    expect(row(picked, features, 1)).to.deep.equal(row(matrix, features, 0));
  });
});

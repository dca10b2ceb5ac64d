import { createRequire } from 'node:module';
import { expect } from 'chai';
import { stemToken } from '../../server/synthesis/index.js';
import { indonesianRoots, mayReachRoot } from '../../server/synthesis/stem.js';

const require = createRequire(import.meta.url);
const sastrawi = require('natural/lib/natural/stemmers/indonesian/stemmer_id.js') as { stem(word: string): string };

/** Derived forms of a root: nasal prefixes with their sound changes, confixes, suffix chains, infixes. */
function derivedForms(r: string): string[] {
  const c = r[0]!;
  const rest = r.slice(1);
  const nasal = (pre: string): string[] => {
    const out = [pre + r, `${pre}nge${r}`];
    if ('bfv'.includes(c)) out.push(`${pre}m${r}`);
    if (c === 'p') out.push(`${pre}m${rest}`);
    if ('cdjz'.includes(c)) out.push(`${pre}n${r}`);
    if (c === 't') out.push(`${pre}n${rest}`);
    if ('aiueogh'.includes(c)) out.push(`${pre}ng${r}`);
    if (c === 'k') out.push(`${pre}ng${rest}`);
    if (c === 's') out.push(`${pre}ny${rest}`);
    return out;
  };
  const me = nasal('me');
  const pe = nasal('pe');
  return [
    ...me, ...me.map((w) => `${w}kan`), ...me.map((w) => `${w}i`), ...me.map((w) => `${w}kannya`),
    ...pe, ...pe.map((w) => `${w}an`), ...pe.map((w) => `${w}annya`),
    `di${r}`, `di${r}kan`, `di${r}i`, `di${r}kannya`, `ter${r}`, `ter${r}kan`, `ber${r}`, `be${r}`, `ber${r}an`,
    `ke${r}an`, `per${r}an`, `memper${r}kan`, `diper${r}i`, `se${r}nya`, `se${r}`, `${r}nya`, `${r}lah`, `${r}kanlah`,
    `${r}annya`, `${r}isasi`, `${r}isme`, `ku${r}`, `kau${r}`, `menye${r}kan`, `menyese${r}`,
    `${c}em${rest}`, `${c}el${rest}`, `${c}er${rest}`, `${c}in${rest}`, `ke${c}el${rest}an`,
  ];
}

/**
 * Each word through Sastrawi and through mayReachRoot: how many Sastrawi brings to a root, how
 * many mayReachRoot skips, and the skipped ones Sastrawi would have brought to a root.
 */
function againstSastrawi(words: Iterable<string>): { reached: number; skipped: number; missed: string[] } {
  let reached = 0;
  let skipped = 0;
  const missed: string[] = [];
  for (const w of words) {
    const stem = sastrawi.stem(w);
    const reachesRoot = stem !== w && indonesianRoots().has(stem);
    if (reachesRoot) reached++;
    if (!mayReachRoot(w, indonesianRoots())) {
      skipped++;
      if (reachesRoot) missed.push(`${w} -> ${stem}`);
    }
  }
  return { reached, skipped, missed };
}

describe('synthesis: stemming per token', () => {
  const stems = (text: string): string[] => text.split(' ').map((w) => stemToken(w).stem);

  it('stems code-mixed text with the right stemmer for each word', () => {
    expect(stems('pelatihan developer game')).to.deep.equal(['latih', 'developer', 'game']);
    expect(stems('pelatihan developers games')).to.deep.equal(['latih', 'developer', 'game']);
    expect(stems('akses permodalan untuk startups')).to.deep.equal(['akses', 'modal', 'untuk', 'startup']);
    expect(stems('mempromosikan produk via marketing campaigns')).to.deep.equal(['promosi', 'produk', 'via', 'market', 'campaign']);
  });

  it('decides the language per token', () => {
    expect(stemToken('pengembangan')).to.deep.equal({ stem: 'kembang', language: 'id' });
    expect(stemToken('training')).to.deep.equal({ stem: 'train', language: 'en' });
    expect(stemToken('kota-kota')).to.deep.equal({ stem: 'kota', language: 'id' });
    expect(stemToken('jakarta').language).to.equal('other');
  });

  it('leaves loanword roots alone (no Porter damage to Indonesian roots)', () => {
    expect(stems('digital festival kreatif desain')).to.deep.equal(['digital', 'festival', 'kreatif', 'desain']);
  });

  it('skips Sastrawi only for words it could not bring to a root', () => {
    const roots = [...indonesianRoots()].filter((r, i) => r.length >= 2 && i % 40 === 0);
    const words = new Set(roots.flatMap(derivedForms));
    for (const w of ['menyetujui', 'menyeimbangkan', 'demitri', 'kesekolahbeserta', 'pengembangan', 'deployment', 'server']) words.add(w);
    const { reached, skipped, missed } = againstSastrawi(words);
    expect(missed).to.deep.equal([]);
    expect(reached).to.be.greaterThan(10_000);
    expect(skipped).to.be.greaterThan(100);
    expect(mayReachRoot('deployment', indonesianRoots())).to.equal(false);
    expect(mayReachRoot('menyetujui', indonesianRoots())).to.equal(true);
  });

  it('skips Sastrawi only for hyphenated words it could not bring to a root', () => {
    const all = [...indonesianRoots()];
    const roots = all.filter((r, i) => r.length >= 3 && !r.includes('-') && i % 120 === 0);
    const hyphenated = all.filter((r) => r.includes('-')).filter((_, i) => i % 3 === 0);
    const words = new Set<string>();
    for (const r of roots) {
      const d = derivedForms(r).filter((_, i) => i % 9 === 0);
      for (const w of [`${r}-${r}`, `${r}-${r}-nya`, `${r}-${r}lah`, `${r}-nya`, `${r}-pun`, `ber${r}-${r}an`, `${r}-${r.slice(1)}kan`, `${r}-x`, `x-${r}`]) words.add(w);
      for (const x of d) for (const w of [`${x}-${x}`, `${r}-${x}`, `${x}-${r}`, `${x}-lah`, `${x}-${x}-nya`]) words.add(w);
    }
    for (const h of hyphenated) for (const w of [`${h}nya`, `${h}-nya`, `ber${h}`, `di${h}kan`, `${h}-${h}`, `ke${h}an`]) words.add(w);
    for (const w of ['meniru-nirukan', 'berbalas-balasan', 'malaikat-malaikat-nya', 'kota-kota', 'non-zero', 'year-by-year', 'up-to-date', 'award-winning', 'buku-bukunya']) words.add(w);
    const { reached, skipped, missed } = againstSastrawi(words);
    expect(missed).to.deep.equal([]);
    expect(reached).to.be.greaterThan(1500);
    expect(skipped).to.be.greaterThan(500);
    expect(mayReachRoot('year-by-year', indonesianRoots())).to.equal(false);
    expect(mayReachRoot('meniru-nirukan', indonesianRoots())).to.equal(true);
  });

  it('is memoised (same object for the same word)', () => {
    expect(stemToken('perizinan')).to.equal(stemToken('perizinan'));
  });
});

import { expect } from 'chai';
import { TextAnalyser } from '../../server/synthesis/analyser.js';
import { breakdown, keyphrases, labelFrom, phraseDf, representatives, themeKeywords, type DescribeContext } from '../../server/synthesis/describe.js';
import { DEFAULT_PLACES } from '../../server/synthesis/lexicons/places.js';
import { DEFAULT_ISSUES } from '../../server/synthesis/lexicons/taxonomy.js';
import { synthesise, type SynthesisInput } from '../../server/synthesis/index.js';
import { vectorise } from '../../server/synthesis/vectorise.js';

/**
 * A forum that names "sektor digital" in most suggestions and its city in every training
 * suggestion (8 of 18: rare enough overall to be distinctive for a theme, were it not a place),
 * asking in filler words ("perlu", "butuh", "harus", "bikin", "biar", "gratis", "tiap tahun").
 * Written for these tests.
 */
function cityForum(city: string): SynthesisInput[] {
  const texts = [
    `Perlu pelatihan desain grafis gratis bagi pelaku sektor digital ${city}`,
    `Butuh pelatihan animasi tiap tahun untuk pemuda ${city}`,
    `Harus ada pelatihan fotografi produk bagi UMKM sektor digital ${city}`,
    `Bikin pelatihan coding gratis biar anak muda ${city} siap kerja`,
    `Pelatihan menulis skenario film untuk komunitas sektor digital ${city}`,
    `Perlu mentoring dan pelatihan bisnis bagi pelaku sektor digital ${city}`,
    'Perlu hibah modal usaha bagi pelaku sektor digital',
    'Butuh pinjaman modal tanpa agunan untuk UMKM',
    'Harus ada investor yang mau danai startup sektor digital',
    'Bikin skema hibah gratis biar pelaku sektor digital bisa mulai usaha',
    'Kredit usaha bunga rendah bagi perajin sektor digital',
    'Perlu dana bergulir untuk komunitas sektor digital',
    `Perlu pendaftaran merek gratis bagi UMKM sektor digital ${city}`,
    `Butuh perlindungan hak cipta karya musisi ${city} tiap tahun`,
    'Harus ada klinik hak cipta dan merek untuk pelaku sektor digital',
    'Bikin sosialisasi paten dan merek biar desainer terlindungi',
    'Lindungi hak cipta ilustrator sektor digital dari pembajakan',
    'Perlu bantuan pendaftaran merek dagang produk kriya',
  ];
  return texts.map((text, i) => ({ id: `c${i + 1}`, text, votes: i % 4 }));
}

const FILLER = ['perlu', 'butuh', 'harus', 'bikin', 'biar', 'tahun', 'gratis', 'bgt', 'doang', 'tiap'];

function expectCleanLabels(labels: readonly string[], banned: readonly string[]): void {
  for (const label of labels) {
    const words = label.toLowerCase().split(/[^\p{L}\p{N}]+/u);
    for (const w of banned) expect(words, `"${w}" in "${label}"`).not.to.include(w);
  }
}

describe('synthesis: theme descriptions (describe.ts)', () => {
  it('labels never carry filler words, the forum’s city or a term found in most suggestions', () => {
    const r = synthesise(cityForum('Malang'), { seed: 1 });
    expect(r.themes.length).to.be.at.least(2);
    expectCleanLabels(r.themes.map((t) => t.label), [...FILLER, 'malang']);
    for (const t of r.themes) {
      // "sektor digital" is in 12 of 18 suggestions: never a keyphrase.
      for (const p of t.keyphrases) expect(['sektor', 'digital', 'sektor digital'], t.label).not.to.include(p.key);
      const phrasePart = t.label.includes(': ') ? t.label.slice(t.label.indexOf(': ') + 2) : t.label;
      expect(phrasePart.toLowerCase(), t.label).not.to.match(/\bsektor\b|\bdigital\b/);
    }
  });

  it('a city the default list lacks stays out of labels once the forum lists it', () => {
    const r = synthesise(cityForum('Pariaman'), { seed: 1, lexicons: { places: [...DEFAULT_PLACES, 'pariaman'] } });
    expectCleanLabels(r.themes.map((t) => t.label), [...FILLER, 'pariaman']);
    for (const t of r.themes) for (const k of t.keywords) expect(k.key.split(' '), t.label).not.to.include('pariaman');
  });

  it('an issue-led label starts with the issue’s name; representatives are central members', () => {
    const r = synthesise(cityForum('Malang'), { seed: 1 });
    expect(r.mode).to.equal('issues');
    for (const t of r.themes) {
      if (t.issue) {
        const name = DEFAULT_ISSUES.find((e) => e.id === t.issue)!.label;
        expect(t.label === name || t.label.startsWith(`${name}: `), t.label).to.equal(true);
      }
      expect(t.representatives.length).to.be.within(1, 3);
      for (const rep of t.representatives) {
        expect(t.members, rep.text).to.include(rep.id);
        expect(rep.text).to.equal(cityForum('Malang').find((f) => f.id === rep.id)!.text);
        expect(rep.similarity).to.be.within(-1, 1);
      }
    }
  });

  describe('the parts', () => {
    const analyser = new TextAnalyser();
    function context(texts: readonly string[], similarity: readonly number[], votes: readonly number[] = []): DescribeContext {
      const docs = texts.map((t) => analyser.terms(t));
      return {
        items: texts.map((text, i) => ({ id: `t${i}`, text, votes: votes[i] ?? 0 })),
        docs,
        vectors: vectorise(docs, { minDf: 1 }),
        similarity: Float32Array.from(similarity),
      };
    }

    it('labelFrom: "<issue>: <phrase>, <phrase>", skipping phrases of the issue’s own words; "<Phrase> & <phrase>" without an issue', () => {
      const p = (key: string, text: string): { key: string; text: string; weight: number } => ({ key, text, weight: 1 });
      const phrases = [p('modal', 'permodalan'), p('kur', 'KUR'), p('bunga rendah', 'bunga rendah'), p('agunan', 'agunan')];
      expect(labelFrom('Pembiayaan', phrases, new Set(['modal']))).to.equal('Pembiayaan: KUR, bunga rendah');
      expect(labelFrom('Pembiayaan', phrases)).to.equal('Pembiayaan: permodalan, KUR');
      expect(labelFrom('Pembiayaan', [])).to.equal('Pembiayaan');
      expect(labelFrom(null, [p('sampah plastik', 'sampah plastik'), p('daur ulang', 'daur ulang')])).to.equal('Sampah plastik & daur ulang');
      expect(labelFrom(null, [])).to.equal('');
    });

    it('keyphrases: shared by members, rare in the whole input, in the most used wording, a phrase inside a better one dropped', () => {
      const texts = [
        'Akses permodalan murah', 'akses permodalan cepat', 'Akses modal bagi perajin', 'pelatihan tari', 'pelatihan musik',
        'pelatihan teater', 'festival tari', 'pelatihan animasi', 'pelatihan film', 'pelatihan gim', 'pelatihan komik',
      ];
      const ctx = context(texts, texts.map(() => 1));
      const df = phraseDf(ctx.vectors, new Map(ctx.vectors.features.map((f, i) => [f, i])));
      const kp = keyphrases(ctx, [0, 1, 2, 3], df);
      expect(kp[0]).to.deep.include({ key: 'akses modal', text: 'akses permodalan' });
      // "akses" and "modal" alone are inside "akses modal"; "murah" is used by one member only.
      expect(kp.map((k) => k.key)).not.to.include.members(['akses', 'modal', 'murah']);
      // "pelatihan" is in 8 of 11 texts: never distinctive.
      expect(keyphrases(ctx, [3, 4, 5, 7, 8], df).map((k) => k.key)).not.to.include('latih');
      for (let i = 1; i < kp.length; i++) expect(kp[i]!.weight).to.be.at.most(kp[i - 1]!.weight);
    });

    it('keyphrases: a relational word ("luar") only inside a phrase, never alone', () => {
      const texts = [
        'Promosi produk ke luar negeri', 'pameran di luar kota', 'ekspor ke luar pulau', 'pasar luar daerah', 'promosi produk online',
        'pelatihan tari', 'pelatihan musik', 'festival film', 'festival musik', 'akses modal', 'hibah modal',
      ];
      const ctx = context(texts, texts.map(() => 1));
      const df = phraseDf(ctx.vectors, new Map(ctx.vectors.features.map((f, i) => [f, i])));
      const kp = keyphrases(ctx, [0, 1, 2, 3, 4], df).map((k) => k.key);
      expect(kp).to.include('promosi produk');
      expect(kp).not.to.include('luar');
    });

    it('themeKeywords: the members’ mean TF-IDF, best first, in their wording', () => {
      const ctx = context(['akses permodalan', 'permodalan UMKM', 'festival musik'], [1, 1, 1]);
      const kw = themeKeywords(ctx, [0, 1]);
      const { matrix, features } = ctx.vectors;
      const mean = new Map<string, number>();
      for (const d of [0, 1]) for (let p = matrix.indptr[d]!; p < matrix.indptr[d + 1]!; p++) mean.set(features[matrix.indices[p]!]!, (mean.get(features[matrix.indices[p]!]!) ?? 0) + matrix.data[p]! / 2);
      expect(kw.map((k) => k.key).sort()).to.deep.equal([...mean.keys()].sort());
      for (const k of kw) expect(k.weight, k.key).to.be.closeTo(mean.get(k.key)!, 1e-4);
      expect(kw[0]).to.include({ key: 'modal', text: 'permodalan' });
      expect(kw.map((k) => k.text)).to.include('UMKM');
    });

    it('representatives: central, whole sentences first, then the better supported', () => {
      const texts = ['Hibah', 'Hibah modal usaha bagi perajin kecil di kampung', 'Hibah modal usaha untuk komunitas seni dan musik', 'Pinjaman modal tanpa agunan bagi perajin muda'];
      const ctx = context(texts, [0.95, 0.9, 0.9, 0.5], [0, 1, 20, 0]);
      const reps = representatives(ctx, [0, 1, 2, 3]);
      expect(reps.map((r) => r.id)).to.deep.equal(['t2', 't1', 't0']);
      expect(reps[0]).to.deep.include({ text: texts[2], votes: 20 });
      expect(representatives(ctx, [3], 3).map((r) => r.id)).to.deep.equal(['t3']);
    });

    it('breakdown counts values, missing ones as unknown', () => {
      expect(breakdown(['bisnis', undefined, 'bisnis', '', 'media'])).to.deep.equal({ bisnis: 2, unknown: 2, media: 1 });
    });
  });
});

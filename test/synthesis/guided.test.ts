import { expect } from 'chai';
import { TextAnalyser } from '../../server/synthesis/analyser.js';
import { clusterRows } from '../../server/synthesis/cluster.js';
import { evidenceShares, guidedClusters, issueSupport } from '../../server/synthesis/guided.js';
import { DEFAULT_ISSUES } from '../../server/synthesis/lexicons/taxonomy.js';
import { sparseRows, type Rows } from '../../server/synthesis/kmeans.js';
import { createRng } from '../../server/synthesis/prng.js';
import { compileTaxonomy, evidence } from '../../server/synthesis/taxonomy.js';
import { vectorise, type Csr } from '../../server/synthesis/vectorise.js';

const analyser = new TextAnalyser();
const issues = compileTaxonomy(DEFAULT_ISSUES, analyser);
const issueIndex = (id: string): number => DEFAULT_ISSUES.findIndex((e) => e.id === id);

/** Texts -> unit TF-IDF rows and each row's issue evidence, as the pipeline makes them. */
function prepare(texts: readonly string[]): { m: Csr; e: Rows; evidence: Float64Array[] } {
  const docs = texts.map((t) => analyser.terms(t));
  const m = vectorise(docs, { minDf: 1 }).matrix;
  return { m, e: sparseRows(m), evidence: docs.map((d) => evidence(d, issues)) };
}

// A planted forum. "arisan" (a rotating savings club) is in no lexicon: it co-occurs with funding words
// in three suggestions and stands alone in two. Waste and recycling is a topic no issue names.
const FUNDING = [
  'Hibah modal usaha bagi perajin kecil',
  'Pinjaman modal tanpa agunan bagi perajin',
  'Investor dan hibah untuk startup lokal',
  'Arisan warga dan hibah modal untuk usaha kreatif',
  'Skema arisan modal bergulir antar pelaku usaha',
  'Arisan investor kecil untuk usaha animasi',
];
const FUNDING_UNLISTED = ['Arisan warga untuk usaha anak muda', 'Arisan bagi pelaku usaha kecil'];
const TRAINING = [
  'Pelatihan desain grafis bagi pemuda',
  'Workshop dan mentoring untuk penulis muda',
  'Kursus fotografi dan pelatihan editing',
  'Bootcamp coding dan pelatihan kurikulum industri',
  'Pelatihan keterampilan menjahit bagi ibu rumah tangga',
  'Mentoring bisnis dan pelatihan manajemen',
];
const WASTE = [
  'Olah sampah plastik jadi kerajinan daur ulang',
  'Daur ulang sampah plastik menjadi paving',
  'Pilah sampah plastik di setiap kampung',
  'Daur ulang sampah plastik oleh warga kampung',
  'Kurangi sampah plastik di acara kota',
];
const TEXTS = [...FUNDING, ...FUNDING_UNLISTED, ...TRAINING, ...WASTE];
const rowsOf = (group: readonly string[]): number[] => group.map((t) => TEXTS.indexOf(t));

describe('synthesis: issue-led clustering (guided.ts, cluster.ts)', () => {
  it('the planted forum is what it says: the unlisted and the waste suggestions carry no issue evidence', () => {
    const { evidence: ev } = prepare(TEXTS);
    for (const r of [...rowsOf(FUNDING_UNLISTED), ...rowsOf(WASTE)]) expect(ev[r]!.every((v) => v === 0), TEXTS[r]).to.equal(true);
    for (const r of rowsOf(FUNDING)) expect(ev[r]![issueIndex('pembiayaan')], TEXTS[r]).to.be.greaterThan(0);
    for (const r of rowsOf(TRAINING)) expect(ev[r]![issueIndex('sdm')], TEXTS[r]).to.be.greaterThan(0);
  });

  it('suggestions whose words no lexicon lists join the issue they co-occur with; a free theme takes a topic no issue names', () => {
    const { e, evidence: ev } = prepare(TEXTS);
    const leading = [issueIndex('pembiayaan'), issueIndex('sdm')];
    for (const seed of [1, 2, 3]) {
      const r = guidedClusters(e, evidenceShares(ev), { issues: leading, free: 1, rng: createRng(seed), priorWeight: 0.5 });
      expect(Array.from(r.issueOf)).to.deep.equal([...leading, -1]);
      const issueOfRow = (row: number): number => r.issueOf[r.labels[row]!]!;
      for (const row of [...rowsOf(FUNDING), ...rowsOf(FUNDING_UNLISTED)]) expect(issueOfRow(row), TEXTS[row]).to.equal(issueIndex('pembiayaan'));
      for (const row of rowsOf(TRAINING)) expect(issueOfRow(row), TEXTS[row]).to.equal(issueIndex('sdm'));
      for (const row of rowsOf(WASTE)) expect(issueOfRow(row), TEXTS[row]).to.equal(-1);
    }
  });

  it('the prior pulls a suggestion naming an issue to it, and weighs nothing at weight 0', () => {
    // Mostly waste words, but it asks for a grant: the funding prior wins over the wording.
    const texts = [...TEXTS, 'Hibah untuk daur ulang sampah plastik di kampung'];
    const { e, evidence: ev } = prepare(texts);
    const leading = [issueIndex('pembiayaan'), issueIndex('sdm')];
    const run = (priorWeight: number): number => {
      const r = guidedClusters(e, evidenceShares(ev), { issues: leading, free: 1, rng: createRng(1), priorWeight });
      return r.issueOf[r.labels[texts.length - 1]!]!;
    };
    expect(run(2)).to.equal(issueIndex('pembiayaan'));
    expect(run(0)).to.equal(-1);
  });

  it('shares split each suggestion’s evidence over the issues; support sums them per issue', () => {
    const shares = evidenceShares([Float64Array.from([2, 0, 2]), Float64Array.from([0, 0, 0]), Float64Array.from([0, 3, 0])]);
    expect(shares.map((s) => Array.from(s))).to.deep.equal([[0.5, 0, 0.5], [0, 0, 0], [0, 1, 0]]);
    expect(Array.from(issueSupport(shares, 3))).to.deep.equal([0.5, 1, 0.5]);
  });

  describe('the cluster stage decides who leads', () => {
    const FORUM_LIKE = [...FUNDING, ...TRAINING, 'Pameran dagang dan promosi produk ke pembeli luar negeri', 'Marketplace dan promosi produk lokal',
      'Promosi di media sosial untuk menjual produk', 'Hak cipta dan merek untuk karya desainer', 'Pendaftaran merek dan paten produk kriya', 'Lindungi hak cipta musisi dari pembajakan'];
    const OFF_ROADMAP = ['The weather was sunny and warm all week', 'My cat sleeps on the sofa every afternoon', 'A recipe for banana bread with walnuts',
      'The train was late again this morning', 'She painted the kitchen walls yellow', 'The cat chased a bird across the garden',
      'Bake the banana bread for forty minutes', 'Rain is expected over the weekend', 'The morning train was crowded', 'Yellow walls make the kitchen bright'];

    it('issue-led when the lexicons speak for the suggestions across several issues, each theme led by an issue', () => {
      const { m, evidence: ev } = prepare(FORUM_LIKE);
      const plan = clusterRows(m, { k: 'auto', rng: createRng(1), evidence: ev, issuePrior: 0.5 });
      expect(plan.mode).to.equal('issues');
      const led = new Set(Array.from(plan.issueOf).filter((i) => i >= 0).map((i) => DEFAULT_ISSUES[i]!.id));
      expect([...led]).to.include.members(['pembiayaan', 'sdm', 'pemasaran', 'hki']);
      expect(plan.labels).to.have.length(FORUM_LIKE.length);
    });

    it('open when the lexicons do not speak for the text, or the prior is off', () => {
      const off = prepare(OFF_ROADMAP);
      const open = clusterRows(off.m, { k: 'auto', rng: createRng(1), evidence: off.evidence, issuePrior: 0.5 });
      expect(open.mode).to.equal('open');
      expect(Array.from(open.issueOf).every((i) => i === -1)).to.equal(true);
      expect(open.kScores.length).to.be.greaterThan(0);
      const forum = prepare(FORUM_LIKE);
      expect(clusterRows(forum.m, { k: 4, rng: createRng(1), evidence: forum.evidence, issuePrior: 0 }).mode).to.equal('open');
    });

    it('a planner’s k is honoured in either mode', () => {
      const forum = prepare(FORUM_LIKE);
      for (const k of [2, 4, 6]) {
        const plan = clusterRows(forum.m, { k, rng: createRng(1), evidence: forum.evidence, issuePrior: 0.5 });
        expect(plan.mode).to.equal('issues');
        expect(plan.k, `k=${k}`).to.equal(k);
        expect(plan.issueOf).to.have.length(k);
        expect(Math.max(...plan.labels)).to.be.below(k);
      }
      const off = prepare(OFF_ROADMAP);
      expect(clusterRows(off.m, { k: 3, rng: createRng(1), evidence: off.evidence, issuePrior: 0.5 }).k).to.equal(3);
    });

    it('a large input speaking of only a few issues (complaints) stays open; one spread over the road-map leads', () => {
      // 120 citizen complaints: broken roads and aid, matched by the infrastructure and funding
      // keywords, but a road-map forum covers its chapters.
      const places = ['jalan desa', 'jembatan kampung', 'saluran air', 'lampu jalan', 'trotoar pasar', 'gang sempit'];
      const complaints = Array.from({ length: 120 }, (_, i) =>
        i % 2 ? `Perbaikan ${places[i % 6]} nomor ${i} rusak parah belum juga diperbaiki` : `Dana bantuan warga RT ${i} belum cair, mohon dicek anggaran`,
      );
      const off = prepare(complaints);
      expect(off.evidence.filter((e) => e.some((v) => v > 0)).length / complaints.length).to.be.above(0.7);
      expect(clusterRows(off.m, { k: 'auto', rng: createRng(1), evidence: off.evidence, issuePrior: 0.5 }).mode).to.equal('open');
      const spread = [
        'Pelatihan dan workshop desain bagi pemuda',
        'Hibah dan pinjaman modal usaha untuk pelaku kreatif',
        'Promosi dan pemasaran produk ke buyer luar negeri',
        'Gedung dan fasilitas studio bersama untuk latihan',
        'Pendaftaran merek dan hak cipta karya lokal',
        'Regulasi dan perizinan usaha kreatif dipermudah',
        'Riset dan pengembangan produk bersama kampus',
        'Festival dan penghargaan bagi pelaku kreatif',
      ];
      const forum = prepare(Array.from({ length: 120 }, (_, i) => `${spread[i % 8]} angkatan ${i}`));
      expect(clusterRows(forum.m, { k: 'auto', rng: createRng(1), evidence: forum.evidence, issuePrior: 0.5 }).mode).to.equal('issues');
    });
  });
});

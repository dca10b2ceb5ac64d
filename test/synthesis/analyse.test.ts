import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { CorpusScanner } from '../../server/synthesis/analyse.js';
import { WordStage, buildWordAnalyser, type Lexis } from '../../server/synthesis/words.js';
import { forEachPiece, normalisePiece } from '../../server/synthesis/normalise.js';
import { stemToken } from '../../server/synthesis/stem.js';
import { FORUM } from './fixtures/forum.js';

/** Texts of a labelled dataset when present, else none. */
function datasetTexts(file: string, limit: number): string[] {
  try {
    return readFileSync(`/work/shared/datasets/${file}`, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .slice(0, limit)
      .map((l) => (JSON.parse(l) as { text: string }).text);
  } catch {
    return [];
  }
}

/**
 * The definition the scanner must agree with: every word as written, with its text's shouting
 * flag, through normalisePiece, stopwords and the stemmer. One string per document: its terms as
 * "stem/surface" with "|" before each phrase start; acronym stems go into `acronyms`.
 */
function reference(text: string, acronyms: Set<string>): string {
  const { stopwords, stopStems, lexicon } = buildWordAnalyser({}).config;
  const out: string[] = [];
  let start = true;
  forEachPiece(text, (piece, shouting) => {
    if (piece === null) return void (start = true);
    for (const w of normalisePiece(piece, shouting, lexicon)) {
      if (!w.acronym && (w.text.length < 2 || stopwords.has(w.text))) continue;
      const stem = w.acronym ? w.text : stemToken(w.text).stem;
      if (!w.acronym && (stem.length < 2 || stopStems.has(stem))) continue;
      if (w.acronym) acronyms.add(stem);
      out.push(`${start ? '|' : ''}${stem}/${w.text}`);
      start = false;
    }
  });
  return out.join(' ');
}

function scanned(texts: string[], acronyms: Set<string>): string[] {
  const scanner = new CorpusScanner(texts);
  const stage = new WordStage({});
  while (!scanner.done) stage.add(scanner.scan(500));
  const words = stage.finish();
  const corpus = scanner.expand(words);
  const lexis: Lexis = { stems: words.stems, surfaceWords: words.surfaceWords, acronymIds: new Set(words.acronymIds) };
  for (const id of lexis.acronymIds) acronyms.add(lexis.stems[id]!);
  return texts.map((_, d) => {
    const out: string[] = [];
    for (let t = corpus.offsets[d]!; t < corpus.offsets[d + 1]!; t++) {
      const stem = corpus.stems[t]!;
      out.push(`${corpus.phraseStart[t] ? '|' : ''}${lexis.stems[stem]}/${lexis.surfaceWords[corpus.surfaces[t]!]}`);
    }
    return out.join(' ');
  });
}

describe('synthesis: scanning texts into distinct words', () => {
  it('gives every document the terms of its words as written, case-folded words included', () => {
    const texts = [
      ...FORUM.map((f) => f.text),
      'Pelatihan SDM untuk UMKM. pelatihan sdm, PELATIHAN Sdm! Revitalisasi BLK Blk blk',
      'PELATIHAN SDM DAN AKSES PERMODALAN UNTUK UMKM KREATIF DI MALANG', // shouted: no caps acronyms
      "Don't forget: iPhone apps, C# and C++ devs; A. B. Ekonomi-Kreatif, Kota-kota",
      'École Économie ÉCOLE, naïve Café. CAFÉ!',
      ...datasetTexts('lapor_3class_id.jsonl', 1500),
      ...datasetTexts('stackoverflow.jsonl', 1500),
    ];
    const acronyms = new Set<string>();
    const got = scanned(texts, acronyms);
    const expectedAcronyms = new Set<string>();
    texts.forEach((text, d) => expect(got[d], text).to.equal(reference(text, expectedAcronyms)));
    // Taxonomy keywords are analysed too (after the texts) and may add acronyms of their own.
    for (const a of expectedAcronyms) expect(acronyms.has(a), a).to.equal(true);
    expect(acronyms.has('sdm') && acronyms.has('umkm') && acronyms.has('blk')).to.equal(true);
  });

  it('counts each distinct word once whatever its case, except capitals that could mark an acronym', () => {
    const scanner = new CorpusScanner(['Pelatihan pelatihan PELATIHAN SDM Sdm sdm', 'PELATIHAN SDM PADA UMKM SEKARANG JUGA']);
    const words = scanner.scan(2).words;
    // "PELATIHAN" and "SDM" in the first (not shouted) text keep their capitals; the shouted
    // second text's words are all folded.
    expect(words).to.deep.equal(['pelatihan', 'PELATIHAN', 'SDM', 'sdm', 'pada', 'umkm', 'sekarang', 'juga']);
  });
});

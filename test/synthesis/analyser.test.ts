import { expect } from 'chai';
import { TextAnalyser, defaultAnalyser } from '../../server/synthesis/analyser.js';
import { DEFAULT_PLACES } from '../../server/synthesis/lexicons/places.js';

describe('synthesis: the text analyser (analyser.ts)', () => {
  const analyser = new TextAnalyser();
  const stems = (text: string): string[] => analyser.terms(text).map((t) => t.stem);
  const surfaces = (text: string): string[] => analyser.terms(text).map((t) => t.surface);

  it('never makes a term of stopwords or request filler, in any spelling or derived form', () => {
    const filler = [
      'perlu', 'perlunya', 'diperlukan', 'butuh', 'dibutuhkan', 'membutuhkan', 'kebutuhan', 'harus', 'harusnya', 'hrs', 'bikin',
      'bkin', 'buat', 'biar', 'supaya', 'agar', 'tahun', 'tahunan', 'gratis', 'gratisan', 'bgt', 'banget', 'bangettt', 'doang',
      'aja', 'mohon', 'tolong', 'usul', 'usulan', 'mengusulkan', 'saran', 'disarankan', 'semoga', 'diharapkan', 'yg', 'dgn',
      'utk', 'gak', 'img', 'alert', 'wkwk', 'sih', 'dong', 'please', 'should', 'need', 'the', 'and', 'of',
    ];
    for (const w of filler) {
      expect(analyser.terms(w), w).to.deep.equal([]);
      expect(analyser.terms(w.toUpperCase() === w ? w : `${w[0]!.toUpperCase()}${w.slice(1)}`), `capitalised ${w}`).to.deep.equal([]);
    }
    expect(surfaces('Perlu bgt pelatihan gratis tiap tahun doang, biar UMKM go digital')).to.deep.equal(['pelatihan', 'umkm', 'go', 'digital']);
  });

  it('reads no words out of markup in a suggestion (tags and their attributes)', () => {
    expect(surfaces('<img src=x onerror=alert(1)> Pelatihan developer game')).to.deep.equal(['pelatihan', 'developer', 'game']);
    expect(surfaces('<b>Festival</b> musik <script>x()</script>')).to.deep.equal(['festival', 'musik']);
    // A comparison is not a tag.
    expect(surfaces('harga < 5 juta dan kualitas > standar')).to.include.members(['harga', 'kualitas', 'standar']);
  });

  it('reads the words of chat and tweet exports, not their clutter (entities, placeholders, retweets, escaped emoji, laughter)', () => {
    expect(surfaces('RT USER: harga cabe naik terus &amp; petani rugi [URL]')).to.deep.equal(['harga', 'cabe', 'petani', 'rugi']);
    expect(surfaces('USER USER jalan berlubang')).to.deep.equal(['jalan', 'berlubang']);
    expect(surfaces('<USERNAME> @USER [URL] HTTPURL jalan rusak wkwkwk hahaha \\xf0\\x9f\\x98\\x82')).to.deep.equal(['jalan', 'rusak']);
    // Hashtags in CamelCase are words (C# is not a hashtag); "user", "URL" and "RT" (rukun tetangga) in running text stay words.
    expect(surfaces('#BBMNaik #PelatihanDigital')).to.deep.equal(['bbm', 'pelatihan', 'digital']);
    expect(surfaces('Pengurus RT dilibatkan, user experience aplikasi')).to.deep.equal(['pengurus', 'rt', 'dilibatkan', 'user', 'experience', 'aplikasi']);
    expect(surfaces('Read the current URL in C#')).to.deep.equal(['read', 'current', 'url', 'c#']);
    expect(surfaces('lo gua ngapain sih')).to.deep.equal([]);
  });

  it('never makes a term of a place name, unless the forum replaces the list', () => {
    expect(stems('Pelatihan UMKM Malang dan seniman Makassar, Jawa Timur')).to.deep.equal(['latih', 'umkm', 'seniman']);
    for (const place of DEFAULT_PLACES) expect(analyser.terms(place), place).to.deep.equal([]);
    const custom = new TextAnalyser({ lexicons: { places: ['Tanah Datar'] } });
    expect(custom.stems('UMKM Tanah Datar dan Malang')).to.deep.equal(['umkm', 'malang']);
  });

  it('reads informal spellings as their standard words', () => {
    expect(stems('promosi di medsos utk ukm')).to.deep.equal(stems('promosi di media sosial untuk UMKM'));
    expect(stems('daftar haki yg murah')).to.deep.equal(stems('daftar HKI yang murah'));
    expect(stems('co-working space dan start-up')).to.deep.equal(stems('coworking space dan startup'));
    expect(stems('anak2 muda')).to.deep.equal(stems('anak-anak muda'));
    expect(stems('kereeennn bangettt')).to.deep.equal(stems('keren'));
  });

  it('gives inflected and derived forms one stem, in Indonesian and English', () => {
    const same = (...words: string[]): void => {
      const all = words.map((w) => stems(w));
      for (const s of all) expect(s, words.join('/')).to.have.length(1);
      expect(new Set(all.map((s) => s[0])).size, `${words.join('/')} -> ${all.join(',')}`).to.equal(1);
    };
    same('pelatihan', 'dilatih', 'melatih');
    same('permodalan', 'modal');
    same('pemasaran', 'dipasarkan', 'pasar');
    same('developers', 'developer');
    same('startups', 'startup');
    same('trainings', 'training');
    same('games', 'game');
  });

  it('keeps content words whose root is a function word ("pengguna", "pertunjukan", "pengadaan")', () => {
    for (const w of ['pengguna', 'pertunjukan', 'pengadaan', 'keberlanjutan', 'pengakuan', 'ketentuan', 'pengikut']) {
      expect(analyser.terms(w), w).to.have.length(1);
    }
    expect(stems('seni pertunjukan')).to.have.length(2);
  });

  it('keeps acronyms whole and flagged, and words as written for labels', () => {
    const terms = analyser.terms('Pelatihan SDM dan HKI untuk UMKM');
    expect(terms.map((t) => [t.stem, t.surface, t.acronym])).to.deep.equal([
      ['latih', 'pelatihan', false],
      ['sdm', 'sdm', true],
      ['hki', 'hki', true],
      ['umkm', 'umkm', true],
    ]);
    expect(new TextAnalyser({ lexicons: { acronyms: ['dispar'] } }).terms('dispar')[0]).to.include({ stem: 'dispar', acronym: true });
  });

  it('starts a phrase after punctuation, also when the first word after it is dropped', () => {
    const starts = (text: string): Array<[string, boolean]> => analyser.terms(text).map((t) => [t.surface, t.phraseStart]);
    expect(starts('akses modal. bunga tinggi')).to.deep.equal([['akses', true], ['modal', false], ['bunga', true], ['tinggi', false]]);
    expect(starts('akses modal, yang bunga rendah; investor!')).to.deep.equal([
      ['akses', true], ['modal', false], ['bunga', true], ['rendah', false], ['investor', true],
    ]);
    // A dropped word inside a phrase does not break it.
    expect(starts('akses ke modal')).to.deep.equal([['akses', true], ['modal', false]]);
  });

  it('takes added and removed stopwords', () => {
    const custom = new TextAnalyser({ stopwords: { add: ['festival'], remove: ['tahun'] } });
    expect(custom.terms('festival musik tahunan ini').map((t) => t.surface)).to.deep.equal(['musik', 'tahunan']);
    expect(analyser.terms('festival musik tahunan ini').map((t) => t.surface)).to.deep.equal(['festival', 'musik']);
  });

  it('stems() lists distinct stems; the default analyser is shared', () => {
    expect(analyser.stems('pelatihan dan dilatih, SDM')).to.deep.equal(['latih', 'sdm']);
    expect(defaultAnalyser()).to.equal(defaultAnalyser());
    expect(analyser.terms('')).to.deep.equal([]);
    expect(analyser.terms('🙏🙏 https://bit.ly/x 2024 !!!')).to.deep.equal([]);
  });
});

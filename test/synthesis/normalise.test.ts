import { expect } from 'chai';
import { buildNormaliseLexicon, normalise, normaliseTokens } from '../../server/synthesis/index.js';

describe('synthesis: normalise', () => {
  it('expands Indonesian chat spellings and squeezes stretched letters', () => {
    expect(normalise('Pelatihan yg bagus bangettt utk anak muda, gak mahal krn gratis dgn mentor'))
      .to.equal('pelatihan yang bagus banget untuk anak muda tidak mahal karena gratis dengan mentor');
    expect(normalise('sdh ada tp blm jalan, dll')).to.equal('sudah ada tapi belum jalan dan lain lain');
    expect(normalise('Kerennnn!!! mantappp')).to.equal('keren mantap');
  });

  it('strips URLs, e-mails, emoji and numbers, applies NFKC and lowercase', () => {
    expect(normalise('Daftar di https://contoh.go.id/form atau info@dinas.go.id 🙏🔥 ＵＭＫＭ 2024 Rp 10.000'))
      .to.equal('daftar di atau umkm rp');
  });

  it('keeps acronyms as single tokens, flagged, whether listed or written in capitals', () => {
    const tokens = normaliseTokens('Pelatihan SDM dan HKI untuk UMKM, juga IT support');
    const acronyms = tokens.filter((t) => t.acronym).map((t) => t.text);
    expect(acronyms).to.deep.equal(['sdm', 'hki', 'umkm', 'it']);
    // A shouted sentence is not a row of acronyms.
    expect(normaliseTokens('PERLU RUANG KREATIF UNTUK ANAK MUDA').some((t) => t.acronym)).to.equal(false);
  });

  it('handles English text, contractions, c#/c++ and dotted names', () => {
    expect(normalise("How do I use C# and C++ with ASP.NET? The user's code doesn't compile"))
      .to.equal('how do i use c# and c++ with asp.net the user code doesnt compile');
  });

  it('expands reduplication shorthand and keeps reduplicated words whole', () => {
    expect(normalise('anak2 muda di kota-kota besar, co-working space')).to.equal('anak-anak muda di kota-kota besar coworking space');
  });

  it('marks phrase starts after punctuation', () => {
    const starts = normaliseTokens('akses modal. bunga tinggi').map((t) => t.phraseStart);
    expect(starts).to.deep.equal([true, false, true, false]);
  });

  it('accepts overrides of the informal list (and deletions)', () => {
    const lex = buildNormaliseLexicon({ mantul: 'mantap betul', yg: '' });
    expect(normalise('mantul yg ini', lex)).to.equal('mantap betul yg ini');
  });
});

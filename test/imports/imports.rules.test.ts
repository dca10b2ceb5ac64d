import { expect } from 'chai';
import { applyDecisions, authorTokenHash, importKey, normaliseName } from '../../server/imports/imports.rules.js';
import type { ImportedMessage } from '../../server/imports/import.types.js';

const msg = (index: number, text: string, keep: boolean): ImportedMessage => ({
  index, at: null, author: 'Ani', organisation: null, role: null, subsector: null, text, keep, why: keep ? null : 'greeting',
});
const SID = '64b7f0c2a1b2c3d4e5f60718';

describe('imports rules', () => {
  it('one author is one participant however the name is spaced, cased or marked', () => {
    expect(normaliseName('\u200eBudi  Santoso ')).to.equal('budi santoso');
    expect(authorTokenHash(SID, 'Budi Santoso')).to.equal(authorTokenHash(SID, ' budi  SANTOSO'));
    expect(authorTokenHash(SID, 'Budi Santoso')).to.not.equal(authorTokenHash(SID, 'Budi'));
    expect(authorTokenHash(SID, null)).to.equal(authorTokenHash(SID, ''));
    expect(authorTokenHash(SID, 'Budi')).to.not.equal(authorTokenHash('64b7f0c2a1b2c3d4e5f60719', 'Budi'));
  });

  it('the same message from an Android (minutes) and an iOS (seconds) export has the same key; another minute or text does not', () => {
    const android = importKey(SID, 'Ani', new Date('2026-11-20T12:02:00Z'), 'Perlu co-working space\r\ndi tiap kecamatan');
    expect(importKey(SID, 'ani', new Date('2026-11-20T12:02:11Z'), 'Perlu co-working space\ndi tiap  kecamatan')).to.equal(android);
    expect(importKey(SID, 'Ani', new Date('2026-11-20T12:03:00Z'), 'Perlu co-working space di tiap kecamatan')).to.not.equal(android);
    expect(importKey(SID, 'Ani', new Date('2026-11-20T12:02:00Z'), 'Perlu co-working space di tiap desa')).to.not.equal(android);
    expect(android).to.match(/^imp-[0-9a-f]{56}$/); // fits clientId's 64 characters
  });

  it("applies the planner's decisions over the reader's, with edited text, and never keeps an empty text", () => {
    const rows = [msg(0, 'Selamat malam', false), msg(1, 'Pelatihan desain', true), msg(2, 'Insentif pajak', true), msg(3, 'x', true)];
    const kept = applyDecisions(rows, [{ index: 0, keep: true }, { index: 2, keep: false }, { index: 1, keep: true, text: ' Pelatihan desain produk ' }, { index: 3, keep: true, text: '  ' }]);
    expect(kept.map((m) => [m.index, m.text])).to.deep.equal([[0, 'Selamat malam'], [1, 'Pelatihan desain produk']]);
  });
});

import { expect } from 'chai';
import { forumPlaces, placesInTitle } from '../server/themes/forum-places.rules.js';
import { synthesise } from '../server/synthesis/index.js';

describe('themes: the forum’s own place is never a keyword', () => {
  it('reads the city, regency or province a forum title names', () => {
    expect(placesInTitle('Road Map Ekonomi Kreatif Kota Malang 2026-2030')).to.deep.equal(['malang']);
    expect(placesInTitle('Musrenbang Kabupaten Pesisir Selatan')).to.deep.equal(['pesisir selatan']);
    expect(placesInTitle('Forum Kab. Sleman dan Provinsi Nusa Tenggara Barat')).to.deep.equal(['sleman', 'nusa tenggara barat']);
    expect(placesInTitle('Creative economy forum, City of Bandung')).to.deep.equal(['bandung']);
    expect(placesInTitle('Malang Digital Reunion')).to.deep.equal([]);
    expect(placesInTitle('Forum Kota Malang Digital Reunion')).to.deep.equal(['malang']);
    expect(forumPlaces('Forum Kota Pariaman')).to.include.members(['pariaman', 'malang']);
  });

  it('a town missing from the default list stays out of themes once its forum names it', () => {
    const texts = [
      'Pelatihan desain grafis untuk pemuda Pariaman',
      'Workshop fotografi bagi pelaku kreatif Pariaman',
      'Pelatihan animasi dan mentoring di Pariaman',
      'Kursus menulis dan pelatihan penerbitan untuk Pariaman',
      'Hibah modal usaha bagi UMKM Pariaman',
      'Pinjaman modal tanpa agunan untuk perajin Pariaman',
      'Investor dan hibah modal untuk startup Pariaman',
      'Akses modal dan kredit usaha di Pariaman',
    ];
    const items = texts.map((text, i) => ({ id: String(i), text }));
    const words = (r: ReturnType<typeof synthesise>): string => r.themes.flatMap((t) => [t.label, ...t.keywords.map((k) => k.text)]).join(' ').toLowerCase();
    expect(words(synthesise(items, { k: 2 }))).to.include('pariaman');
    expect(words(synthesise(items, { k: 2, lexicons: { places: forumPlaces('Forum Ekonomi Kreatif Kota Pariaman') } }))).not.to.include('pariaman');
  });
});

/** Keep/skip rules shared by every import format: recall first, only short pure chatter skipped. */
import { expect } from 'chai';
import { classifyMessage } from '../../server/imports/chatter.rules.js';
import type { SkipReason } from '../../server/imports/import.types.js';

const SKIPPED: ReadonlyArray<[string, SkipReason]> = [
  ['Selamat pagi', 'greeting'],
  ['selamat pagi bapak ibu semua 🙏', 'greeting'],
  ['Assalamualaikum wr wb', 'greeting'],
  ['halo semua', 'greeting'],
  ['pagi bapak ibu', 'greeting'],
  ['Sugeng enjing sedaya', 'greeting'],
  ['Assalamualaikum, salam kenal, saya Dimas dari Solo Creative Hub', 'greeting'],
  ['Terima kasih', 'thanks'],
  ['makasih pak 🙏', 'thanks'],
  ['Matur nuwun sanget', 'thanks'],
  ['thx', 'thanks'],
  ['Terima kasih narasumber, materinya sangat bermanfaat', 'thanks'],
  ['Reacted to "Usul: bioskop..." with 👍', 'reaction'],
  ['wkwkwk', 'reaction'],
  ['👍👍👍', 'emoji_only'],
  ['🙏🏽', 'emoji_only'],
  ['+1', 'plus_one'],
  ['setuju', 'plus_one'],
  ['Sepakat', 'plus_one'],
  ['setuju banget pak', 'plus_one'],
  ['ok siap', 'plus_one'],
  ['link zoomnya?', 'logistics'],
  ['suaranya putus', 'logistics'],
  ['suaranya putus-putus pak', 'logistics'],
  ['slide-nya bisa dibagikan?', 'logistics'],
  ['izin keluar dulu', 'logistics'],
  ['mic nya dimatikan pak', 'logistics'],
  ['share screen belum kelihatan', 'logistics'],
  ['rekamannya nanti dibagikan?', 'logistics'],
  ['<Media tidak disertakan>', 'media'],
  ['<Media omitted>', 'media'],
  ['image omitted', 'media'],
  ['\u200egambar tidak disertakan', 'media'],
  ['IMG-20261120-WA0007.jpg (file terlampir)', 'media'],
  ['Pesan ini telah dihapus', 'deleted'],
  ['This message was deleted', 'deleted'],
  ['-', 'empty'],
  ['tidak ada', 'empty'],
  ['Tidak ada.', 'empty'],
  ['n/a', 'empty'],
  ['', 'empty'],
  ['hmm', 'reaction'],
  ['yang itu', 'too_short'],
];

const KEPT: readonly string[] = [
  'Terima kasih pak, usul saya: perbanyak ruang kreatif di kampung',
  'Selamat malam. Usul: bioskop alternatif di tiap kecamatan',
  'Setuju, dan perlu ditambah ruang latihan tari di pendopo kelurahan',
  'Pagi pak, mohon pelatihan foto produk untuk UMKM kuliner',
  'wifi gratis di taman kota',
  'trotoar Jl. Slamet Riyadi rusak',
  'HKI gratis untuk UMKM batik',
  'Perlu link yang jelas antara kampus dan industri kreatif',
  'materi pelatihan digital untuk pedagang pasar perlu diperbanyak',
  'Referensi: https://www.bandungcreativehub.com bisa dicontoh pengelolaannya',
  'Gimana kalau ada kurasi dulu?',
  'Matur nuwun. Kudune ana festival keroncong saben sasi ning Ngarsopuro',
  'IMG-20261120-WA0007.jpg (file terlampir)\nIni foto trotoar rusak di depan Pasar Gede, mohon diperbaiki',
  'Izin tanya: apakah ada program inkubasi untuk startup game lokal?',
  'Kuliner: sertifikasi halal & PIRT dipercepat',
];

describe('import keep/skip rules', () => {
  for (const [text, why] of SKIPPED) {
    it(`skips ${JSON.stringify(text)} as ${why}`, () => {
      expect(classifyMessage(text)).to.deep.equal({ keep: false, why });
    });
  }
  for (const text of KEPT) {
    it(`keeps ${JSON.stringify(text.slice(0, 60))}`, () => {
      expect(classifyMessage(text)).to.deep.equal({ keep: true, why: null });
    });
  }
});

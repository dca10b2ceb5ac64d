/**
 * Short suggestions as participants of a creative-economy forum type them on a phone: mostly
 * Bahasa Indonesia, some English, some mixed. Deterministic for a given index.
 */
const OPENERS = [
  'Perlu',
  'Tolong adakan',
  'Usul:',
  'Mohon pemerintah kota menyediakan',
  'Kami butuh',
  'Sebaiknya ada',
  'Please provide',
  'Saran saya,',
  'Bagaimana kalau ada',
  'We need',
];

const SUBJECTS = [
  'pelatihan developer game untuk SMK',
  'ruang kreatif gratis di tiap kecamatan',
  'coworking space murah untuk startup lokal',
  'festival musik indie tahunan di alun-alun',
  'akses internet cepat di kampung tematik',
  'inkubator bisnis untuk UMKM kuliner',
  'kurasi produk fesyen lokal untuk ekspor',
  'mentoring digital marketing bagi pelaku UMKM',
  'hackathon bersama kampus dan industri',
  'pendanaan mikro untuk kreator konten',
  'showcase film pendek karya anak Malang',
  'database talenta kreatif yang bisa dicari',
  'co-working di perpustakaan kota',
  'a one-stop licensing desk for creative businesses',
  'sertifikasi animator dan illustrator',
  'pasar seni akhir pekan di Kayutangan',
  'program magang di studio game',
  'better public transport to the creative hubs',
];

const CLOSERS = [
  '',
  ' supaya anak muda tidak pindah ke Jakarta.',
  ' biar ekosistemnya tumbuh.',
  ', dan libatkan komunitas sejak awal.',
  ' so local talent can grow here.',
  ' dengan jadwal rutin tiap bulan.',
  ' — penting banget!',
  ' untuk tahun 2026.',
];

export function suggestionText(i: number): string {
  const o = OPENERS[i % OPENERS.length]!;
  const s = SUBJECTS[Math.floor(i / OPENERS.length) % SUBJECTS.length]!;
  const c = CLOSERS[Math.floor(i / 7) % CLOSERS.length]!;
  return `${o} ${s}${c}`;
}

/**
 * Stopwords: Indonesian (stopwords-iso, minus content words planners care about), English
 * (natural's short list: the long stopwords-iso English list drops "computer", "system"...) and
 * forum filler. Editable: SynthesisOptions.stopwords adds and removes words.
 */
import { createRequire } from 'node:module';

/** Forum filler: how people phrase a suggestion, not what it is about. */
export const DEFAULT_DOMAIN_STOPWORDS: readonly string[] = [
  'usul', 'usulan', 'mengusulkan', 'saran', 'menyarankan', 'masukan', 'mohon', 'sebaiknya', 'seharusnya',
  'perlu', 'perlunya', 'diperlukan', 'harap', 'berharap', 'diharapkan', 'semoga', 'tolong', 'ide', 'pendapat',
  'menurut', 'adanya', 'ayo', 'yuk', 'sih', 'dong', 'deh', 'ya', 'ekonomi', 'kreatif', 'pemerintah', 'lokal', 'kota', 'daerah', 'warga', 'dapet', 'dapat', 'pengen', 'kali', 'mulu', 'gimana', 'banyak', 'sering', 'kadang', 'biasanya', 'langsung', 'terus', 'kok', 'nih', 'tuh', 'lah', 'nya', 'banget', 'sekali',
  'terima', 'kasih', 'pak', 'bu', 'bapak', 'ibu', 'mas', 'mbak', 'kak', 'rekan', 'teman', 'kedepan', 'kedepannya',
  'agar', 'supaya', 'bisa', 'dapat', 'lebih', 'sangat', 'kita', 'kami', 'mungkin', 'lain', 'sebagainya', 'seterusnya',
  'butuh', 'membutuhkan', 'dibutuhkan', 'kebutuhan', 'harus', 'buat', 'bikin', 'biar', 'doang', 'aja', 'tahun', 'gratis',
  'banget', 'bgt', 'kali', 'gitu', 'kayak', 'nih', 'img', 'alert', 'wkwk', 'hehe', 'haha', 'oke', 'ok', 'min', 'gan', 'sob',
  'kurang', 'susah', 'sulit', 'bantu', 'membantu', 'dibantu', 'jadi', 'cuma', 'hanya', 'dong', 'deh', 'ya', 'ekonomi', 'kreatif', 'pemerintah', 'lokal', 'kota', 'daerah', 'warga', 'dapet', 'dapat', 'pengen', 'kali', 'mulu', 'gimana', 'banyak', 'sering', 'kadang', 'biasanya', 'langsung', 'terus',
  'suggest', 'suggestion', 'suggestions', 'propose', 'proposal', 'idea', 'ideas', 'please', 'thanks', 'hopefully',
  'should', 'would', 'could', 'need', 'needs', 'dont', 'doesnt', 'didnt', 'isnt', 'cant', 'wont', 'im', 'ive',
];

/**
 * Filler roots: every derived form is filler too ("mengusulkan", "disarankan", "diharapkan").
 * Only roots with no content derivations belong here ("dapat" would also drop "pendapatan").
 */
export const DEFAULT_STOP_ROOTS: readonly string[] = ['usul', 'saran', 'mohon', 'harap', 'perlu', 'tolong', 'suggest', 'butuh', 'harus', 'tahun', 'gratis'];

/**
 * Relational and evaluative words kept for the phrases they make ("luar negeri", "usaha kecil",
 * "anak muda", "pasar baru"): never a theme's keyphrase on their own.
 */
export const PHRASE_ONLY_WORDS: readonly string[] = [
  'luar', 'dalam', 'atas', 'bawah', 'depan', 'belakang', 'besar', 'kecil', 'baru', 'lama', 'tinggi', 'rendah',
  'awal', 'akhir', 'penting', 'utama', 'umum', 'pihak', 'muda', 'bagian',
];

/** Indonesian list entries that carry meaning in planning suggestions. */
const KEEP_INDONESIAN: readonly string[] = [
  'tempat', 'waktu', 'masalah', 'bekerja', 'kerja', 'umum', 'besar', 'baru', 'bagian', 'hari', 'tahun', 'bulan',
  'tanya', 'jawab', 'jalan', 'anak', 'muda', 'awal', 'akhir', 'penting', 'kecil', 'tinggi', 'rendah', 'luar',
  'dalam negeri', 'masyarakat', 'pihak', 'usaha', 'kota', 'daerah', 'negara', 'orang', 'program',
];

const EXTRA_ENGLISH: readonly string[] = ['also', 'get', 'got', 'us', 'via', 'etc', 'using', 'use', 'way', 'like', 'one'];

const require = createRequire(import.meta.url);

/** The built-in Indonesian + English lists (without the domain list). */
export function languageStopwords(): Set<string> {
  const english = (require('natural/lib/natural/util/stopwords.js') as { words: string[] }).words;
  const keep = new Set(KEEP_INDONESIAN);
  const set = new Set<string>();
  for (const w of (require('stopwords-iso') as Record<string, string[]>).id ?? []) if (!keep.has(w)) set.add(w);
  for (const w of english) set.add(w);
  for (const w of EXTRA_ENGLISH) set.add(w);
  return set;
}

/**
 * Indonesian place names: provinces, their capitals and other large cities and regencies. A
 * forum's suggestions name its own city everywhere ("UMKM Malang", "seniman Makassar"), so place
 * names are never keywords, nor what themes are grouped by. Editable data
 * (AnalyserOptions.lexicons.places); multi-word names drop each of their words.
 */
export const DEFAULT_PLACES: readonly string[] = [
  'indonesia', 'nusantara',
  // provinces
  'aceh', 'sumatera', 'sumatra', 'utara', 'barat', 'selatan', 'timur', 'tengah', 'riau', 'jambi', 'bengkulu', 'lampung',
  'bangka', 'belitung', 'kepulauan', 'jakarta', 'dki', 'jawa', 'banten', 'yogyakarta', 'jogja', 'jogjakarta', 'diy', 'bali',
  'nusa', 'tenggara', 'ntb', 'ntt', 'kalimantan', 'sulawesi', 'gorontalo', 'maluku', 'papua', 'jatim', 'jateng', 'jabar', 'sumut', 'sulsel', 'kaltim',
  // capitals and large cities
  'medan', 'padang', 'pekanbaru', 'palembang', 'pangkalpinang', 'tanjungpinang', 'batam', 'serang', 'tangerang',
  'bandung', 'bekasi', 'bogor', 'depok', 'cirebon', 'tasikmalaya', 'sukabumi', 'semarang', 'solo', 'surakarta', 'magelang',
  'pekalongan', 'tegal', 'salatiga', 'purwokerto', 'surabaya', 'malang', 'kediri', 'blitar', 'madiun', 'jember',
  'banyuwangi', 'sidoarjo', 'gresik', 'mojokerto', 'pasuruan', 'probolinggo', 'denpasar', 'badung', 'gianyar', 'mataram',
  'kupang', 'pontianak', 'palangkaraya', 'banjarmasin', 'samarinda', 'balikpapan', 'tarakan', 'makassar', 'manado',
  'kendari', 'mamuju', 'ambon', 'ternate', 'jayapura', 'sorong', 'manokwari', 'merauke', 'bukittinggi', 'cimahi', 'garut',
  'kudus', 'jepara', 'klaten', 'sleman', 'bantul', 'kulon', 'progo', 'gunungkidul', 'tulungagung', 'lombok',
];

/**
 * Road-map taxonomy as editable data: the 17 creative-economy subsectors and the strategic
 * issues (isu strategis) a regional creative-economy road-map is written by, each with bilingual
 * keywords. Keywords go through the same analyser as suggestions (normalised, stemmed), so
 * "pelatihan" also matches "dilatih" and "trainings". A forum may replace either list
 * (SynthesisOptions.lexicons): a city brings the strategies of its own road-map.
 *
 * The issue keywords are what people ask the city to do about each issue, in general terms of the
 * field (programmes, instruments, institutions); names of subsectors stay out of them, because a
 * suggestion about funding for game studios is about funding, not games.
 */

export interface TaxonomyEntry {
  /** stable id, used in reports and filters */
  id: string;
  /** display name (Bahasa Indonesia) */
  label: string;
  /** display name in English */
  labelEn?: string;
  /** words or phrases, any language; a phrase matches its words in sequence */
  keywords: string[];
}

export const DEFAULT_SUBSECTORS: readonly TaxonomyEntry[] = [
  { id: 'aplikasi', label: 'Aplikasi', labelEn: 'Apps', keywords: ['aplikasi', 'app', 'apps', 'software', 'perangkat lunak', 'startup', 'platform digital', 'web', 'website', 'android', 'ios', 'programmer', 'coding', 'mobile'] },
  { id: 'pengembang-permainan', label: 'Pengembang Permainan', labelEn: 'Game development', keywords: ['game', 'gim', 'permainan', 'esports', 'e-sport', 'game developer', 'pengembang game', 'gamer', 'gaming'] },
  { id: 'arsitektur', label: 'Arsitektur', labelEn: 'Architecture', keywords: ['arsitektur', 'arsitek', 'architecture', 'architect', 'cagar budaya'] },
  { id: 'desain-interior', label: 'Desain Interior', labelEn: 'Interior design', keywords: ['desain interior', 'interior', 'interior design', 'furnitur', 'furniture', 'mebel'] },
  { id: 'dkv', label: 'Desain Komunikasi Visual', labelEn: 'Visual communication design', keywords: ['dkv', 'desain grafis', 'graphic design', 'ilustrasi', 'ilustrator', 'illustration', 'logo', 'tipografi', 'visual'] },
  { id: 'desain-produk', label: 'Desain Produk', labelEn: 'Product design', keywords: ['desain produk', 'product design', 'desainer produk', 'kemasan', 'packaging', 'industrial design'] },
  { id: 'fesyen', label: 'Fesyen', labelEn: 'Fashion', keywords: ['fesyen', 'fashion', 'busana', 'pakaian', 'batik', 'tenun', 'garmen', 'clothing', 'desainer busana', 'modest', 'konveksi'] },
  { id: 'film-animasi-video', label: 'Film, Animasi & Video', labelEn: 'Film, animation & video', keywords: ['film', 'animasi', 'animation', 'video', 'sinema', 'bioskop', 'youtube', 'konten video', 'movie', 'sineas', 'animator'] },
  { id: 'fotografi', label: 'Fotografi', labelEn: 'Photography', keywords: ['fotografi', 'foto', 'fotografer', 'photography', 'photographer', 'kamera'] },
  { id: 'kriya', label: 'Kriya', labelEn: 'Crafts', keywords: ['kriya', 'kerajinan', 'perajin', 'pengrajin', 'craft', 'handicraft', 'anyaman', 'gerabah', 'ukir', 'keramik', 'souvenir', 'suvenir'] },
  { id: 'kuliner', label: 'Kuliner', labelEn: 'Culinary', keywords: ['kuliner', 'makanan', 'minuman', 'culinary', 'food', 'kopi', 'coffee', 'kafe', 'cafe', 'resto', 'restoran', 'jajanan'] },
  { id: 'musik', label: 'Musik', labelEn: 'Music', keywords: ['musik', 'music', 'musisi', 'musician', 'band', 'konser', 'concert', 'lagu', 'festival musik', 'studio rekaman'] },
  { id: 'penerbitan', label: 'Penerbitan', labelEn: 'Publishing', keywords: ['penerbitan', 'penerbit', 'buku', 'publishing', 'book', 'komik', 'comic', 'penulis', 'majalah'] },
  { id: 'periklanan', label: 'Periklanan', labelEn: 'Advertising', keywords: ['periklanan', 'iklan', 'advertising', 'ads', 'agensi', 'agency', 'billboard', 'baliho'] },
  { id: 'seni-pertunjukan', label: 'Seni Pertunjukan', labelEn: 'Performing arts', keywords: ['seni pertunjukan', 'teater', 'theater', 'tari', 'tarian', 'dance', 'pentas', 'panggung', 'wayang', 'ludruk', 'pertunjukan'] },
  { id: 'seni-rupa', label: 'Seni Rupa', labelEn: 'Fine arts', keywords: ['seni rupa', 'lukis', 'lukisan', 'pelukis', 'galeri', 'gallery', 'pameran seni', 'mural', 'patung', 'fine art', 'artwork', 'perupa'] },
  { id: 'televisi-radio', label: 'Televisi & Radio', labelEn: 'Television & radio', keywords: ['televisi', 'tv', 'radio', 'siaran', 'broadcast', 'podcast', 'penyiar'] },
];

export const DEFAULT_ISSUES: readonly TaxonomyEntry[] = [
  {
    id: 'sdm',
    label: 'SDM Kreatif',
    labelEn: 'Creative human resources',
    keywords: [
      'sdm', 'sumber daya manusia', 'pelatihan', 'latih', 'training', 'trainer', 'workshop', 'lokakarya', 'bimtek', 'bimbingan teknis',
      'kursus', 'kelas', 'bootcamp', 'inkubasi', 'inkubator', 'mentoring', 'mentor', 'coaching', 'talenta', 'talent', 'keterampilan',
      'skill', 'skills', 'keahlian', 'kompetensi', 'sertifikasi kompetensi', 'pendidikan', 'edukasi', 'kurikulum', 'sekolah', 'smk',
      'magang', 'internship', 'beasiswa', 'scholarship', 'upskilling', 'reskilling', 'regenerasi', 'kaderisasi', 'generasi muda',
      'guru', 'pengajar', 'instruktur', 'fasilitator', 'belajar', 'mengajar', 'ilmu', 'akademi', 'academy',
      'soft skill', 'peningkatan kapasitas', 'capacity building', 'tenaga kerja', 'lulusan', 'siswa', 'pelajar',
      'education', 'teaching', 'apprenticeship', 'course', 'learning',
      'kuliah', 'dosen', 'praktisi', 'pembinaan', 'webinar', 'sharing session', 'kemampuan', 'wawasan', 'literasi', 'pelatih', 'coach', 'pemula', 'mahasiswa', 'tenaga ahli', 'transfer ilmu', 'upgrade skill', 'studi banding', 'kelas online', 'kaderisasi',
    ],
  },
  {
    id: 'pembiayaan',
    label: 'Pembiayaan',
    labelEn: 'Funding',
    keywords: [
      'pembiayaan', 'permodalan', 'modal', 'modal usaha', 'modal kerja', 'kredit usaha', 'kur', 'pinjaman', 'pinjam', 'hibah',
      'dana', 'pendanaan', 'dana bergulir', 'funding', 'fund', 'investor', 'investasi', 'investment', 'angel investor',
      'venture capital', 'modal ventura', 'bank', 'perbankan', 'bunga', 'agunan', 'jaminan', 'collateral', 'crowdfunding',
      'urun dana', 'sponsor', 'sponsorship', 'csr', 'anggaran', 'apbd', 'insentif', 'subsidi', 'fintech', 'koperasi',
      'grant', 'loan', 'cicilan', 'dana abadi', 'keuangan', 'finance', 'financing', 'biaya',
      'uang', 'duit', 'rupiah', 'ongkos', 'cash flow',
      'saham', 'equity', 'donasi', 'patungan', 'tabungan', 'modal awal', 'pinjol', 'dana desa', 'keringanan biaya', 'permodalan usaha', 'lembaga keuangan', 'pendanaan awal', 'seed funding',
    ],
  },
  {
    id: 'pemasaran',
    label: 'Pemasaran & Akses Pasar',
    labelEn: 'Marketing & market access',
    keywords: [
      'pemasaran', 'marketing', 'promosi', 'promotion', 'pasar', 'market', 'akses pasar', 'market access', 'ekspor', 'export',
      'ecommerce', 'marketplace', 'penjualan', 'jual', 'menjual', 'dijual', 'sales', 'pembeli', 'buyer', 'konsumen', 'pelanggan',
      'customer', 'distribusi', 'distributor', 'toko', 'outlet', 'etalase', 'katalog', 'business matching', 'temu bisnis',
      'pameran dagang', 'trade expo', 'trade show', 'expo', 'bazar', 'pengadaan', 'belanja', 'beli', 'membeli',
      'digital marketing', 'media sosial', 'social media', 'influencer', 'endorse', 'go international', 'omzet', 'logistik',
      'ongkir', 'pengiriman', 'penonton', 'audiens', 'audience', 'pemesanan', 'order', 'reseller', 'agen', 'showroom',
      'kanal penjualan', 'tembus pasar', 'pasar global', 'internasional', 'luar negeri', 'wisatawan', 'turis', 'tourist',
      'jualan', 'laris', 'omset', 'toko online', 'online shop', 'live shopping', 'harga', 'mancanegara', 'go global', 'channel', 'platform penjualan', 'e-katalog', 'pengadaan barang', 'tiket', 'pasar malam', 'sales channel', 'promote', 'selling',
    ],
  },
  {
    id: 'infrastruktur',
    label: 'Infrastruktur & Ruang Kreatif',
    labelEn: 'Infrastructure & creative spaces',
    keywords: [
      'infrastruktur', 'infrastructure', 'sarana', 'prasarana', 'fasilitas', 'facility', 'facilities', 'gedung', 'creative hub', 'creative space', 'coworking', 'coworking space', 'ruang publik', 'ruang terbuka', 'taman', 'panggung',
      'amfiteater', 'studio', 'laboratorium', 'lab', 'makerspace', 'peralatan', 'alat', 'equipment', 'internet', 'wifi',
      'jaringan internet', 'sinyal', 'bandwidth', 'listrik', 'venue', 'gedung kesenian',
      'sentra', 'balai', 'kawasan', 'transportasi', 'sewa', 'disewa',
      'renovasi', 'revitalisasi', 'pembangunan', 'dibangun', 'membangun', 'tempat', 'ruang', 'space', 'hub', 'building',
      'gudang', 'bengkel', 'server', 'komputer', 'perangkat', 'mesin', 'kendaraan', 'teknologi', 'technology',
      'lahan', 'lokasi', 'akses jalan', 'angkutan', 'toilet', 'alun-alun', 'perbaikan', 'rusak', 'bocor', 'usang', 'layak', 'memadai', 'kapasitas', 'bangunan', 'gedung pertunjukan', 'ruang latihan', 'ruang pamer',
    ],
  },
  {
    id: 'hki',
    label: 'Hak Kekayaan Intelektual',
    labelEn: 'Intellectual property',
    keywords: [
      'hki', 'kekayaan intelektual', 'intellectual property', 'hak cipta', 'copyright', 'paten', 'patent', 'merek', 'trademark',
      'desain industri', 'royalti', 'royalty', 'lisensi', 'license', 'licensing', 'pembajakan', 'bajakan', 'dibajak', 'piracy',
      'plagiat', 'plagiarism', 'jiplak', 'dijiplak', 'klaim', 'diklaim', 'sengketa', 'pelanggaran', 'pendaftaran merek',
      'indikasi geografis', 'djki', 'watermark', 'dicuri', 'orisinal', 'karya cipta',
      'pencipta', 'pemilik karya', 'hak milik', 'ip', 'ipr',
      'daftar merek', 'mendaftarkan', 'cipta', 'intelektual', 'meniru', 'tiruan', 'palsu', 'plagiasi', 'perlindungan karya', 'melindungi karya', 'sertifikat merek', 'kepemilikan',
    ],
  },
  {
    id: 'kelembagaan',
    label: 'Kelembagaan & Regulasi',
    labelEn: 'Institutions & regulation',
    keywords: [
      'kelembagaan', 'lembaga', 'regulasi', 'regulation', 'peraturan', 'perda', 'perwali', 'perbup', 'kebijakan', 'policy',
      'perizinan', 'izin usaha', 'permit', 'birokrasi', 'legalitas', 'nib', 'oss', 'sertifikat halal', 'pajak', 'retribusi',
      'komite', 'dinas', 'opd', 'koordinasi', 'lintas sektor', 'pentahelix',
      'tata kelola', 'governance', 'roadmap', 'road map', 'rencana induk', 'masterplan', 'rpjmd', 'target',
      'evaluasi', 'monitoring', 'transparan', 'transparansi', 'data', 'basis data', 'database', 'statistik', 'pemetaan', 'bps',
      'pelayanan', 'layanan publik', 'asosiasi', 'wadah', 'organisasi', 'badan',
      'payung hukum', 'kepastian hukum', 'hukum', 'walikota', 'bupati', 'gubernur', 'dprd', 'berkelanjutan', 'keberlanjutan', 'sinergi', 'kolaborasi', 'kemitraan', 'forum',
      'pendataan', 'sensus', 'administrasi', 'prosedur', 'syarat', 'persyaratan',
      'aturan', 'ribet', 'berbelit', 'lambat', 'akuntabel', 'rencana aksi', 'bpom', 'pirt', 'legal', 'kepastian', 'lintas dinas', 'regulation', 'bureaucracy', 'licensing process',
    ],
  },
  {
    id: 'riset',
    label: 'Riset & Pengembangan',
    labelEn: 'Research & development',
    keywords: [
      'riset', 'research', 'penelitian', 'peneliti', 'kajian', 'studi', 'study', 'survei', 'survey', 'inovasi', 'innovation',
      'litbang', 'pengembangan produk', 'product development', 'eksperimen', 'experiment', 'prototipe', 'prototype', 'uji',
      'pengujian', 'diuji', 'standar', 'standardisasi', 'sni', 'kualitas', 'mutu', 'quality', 'komersialisasi',
      'jurnal', 'perguruan tinggi', 'universitas', 'kampus', 'tren', 'trend', 'analisis', 'dokumentasi', 'arsip', 'eksplorasi',
      'material', 'bahan baku', 'diversifikasi', 'pengembangan',
      'dikembangkan', 'desain baru', 'formula', 'kurasi', 'rekayasa', 'temuan', 'ilmiah',
    ],
  },
  {
    id: 'apresiasi',
    label: 'Apresiasi & Promosi Budaya',
    labelEn: 'Appreciation & cultural promotion',
    keywords: [
      'apresiasi', 'appreciation', 'festival', 'penghargaan', 'award', 'awards', 'lomba', 'kompetisi', 'competition', 'sayembara',
      'carnival', 'pagelaran', 'gelar karya', 'showcase', 'pameran', 'exhibition', 'event', 'perayaan', 'jejaring',
      'creative city', 'unesco', 'duta', 'ikon', 'icon', 'pengakuan', 'recognition', 'anugerah', 'juara',
      'prestasi', 'kebanggaan', 'bangga', 'city branding', 'warisan budaya', 'heritage', 'pelestarian', 'lestari',
      'tradisi', 'tradisional', 'budaya', 'culture', 'identitas',
      'publikasi', 'liputan', 'dokumenter', 'kampanye', 'bangga buatan', 'cinta produk',
      'panggung apresiasi', 'tur', 'roadshow', 'parade', 'nominasi', 'hadiah', 'trofi',
      'pergelaran', 'gelar', 'viral', 'kebanggaan warga', 'dukungan publik', 'penghormatan', 'bergengsi', 'showcase karya', 'promosi budaya', 'wisata budaya',
    ],
  },
];

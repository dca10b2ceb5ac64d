/**
 * Road-map taxonomy as editable data: the 17 creative-economy subsectors and the 9 strategic
 * issues (isu strategis), each with bilingual keywords. Keywords go through the same normalising
 * and stemming as suggestions, so "pelatihan" also matches "dilatih" and "trainings".
 * Override through SynthesisOptions.lexicons (replace the lists or extend them).
 */

export interface TaxonomyEntry {
  /** stable id, used in reports and filters */
  id: string;
  /** display name (Bahasa Indonesia) */
  label: string;
  /** words or phrases, any language; a phrase matches its words in sequence */
  keywords: string[];
}

export const DEFAULT_SUBSECTORS: readonly TaxonomyEntry[] = [
  { id: 'aplikasi', label: 'Aplikasi', keywords: ['aplikasi', 'app', 'apps', 'software', 'perangkat lunak', 'startup', 'platform digital', 'web', 'website', 'android', 'ios', 'programmer', 'coding', 'mobile'] },
  { id: 'pengembang-permainan', label: 'Pengembang Permainan', keywords: ['game', 'gim', 'permainan', 'esports', 'e-sport', 'game developer', 'pengembang game', 'gamer', 'gaming'] },
  { id: 'arsitektur', label: 'Arsitektur', keywords: ['arsitektur', 'arsitek', 'architecture', 'architect', 'bangunan', 'tata kota', 'cagar budaya'] },
  { id: 'desain-interior', label: 'Desain Interior', keywords: ['desain interior', 'interior', 'interior design', 'furnitur', 'furniture', 'mebel'] },
  { id: 'dkv', label: 'Desain Komunikasi Visual', keywords: ['dkv', 'desain grafis', 'graphic design', 'ilustrasi', 'illustration', 'branding', 'logo', 'tipografi', 'visual'] },
  { id: 'desain-produk', label: 'Desain Produk', keywords: ['desain produk', 'product design', 'kemasan', 'packaging', 'prototipe', 'prototype', 'industrial design'] },
  { id: 'fesyen', label: 'Fesyen', keywords: ['fesyen', 'fashion', 'busana', 'pakaian', 'batik', 'tenun', 'garmen', 'clothing', 'desainer busana', 'modest'] },
  { id: 'film-animasi-video', label: 'Film, Animasi & Video', keywords: ['film', 'animasi', 'animation', 'video', 'sinema', 'bioskop', 'youtube', 'konten video', 'movie', 'sineas'] },
  { id: 'fotografi', label: 'Fotografi', keywords: ['fotografi', 'foto', 'fotografer', 'photography', 'photographer', 'kamera'] },
  { id: 'kriya', label: 'Kriya', keywords: ['kriya', 'kerajinan', 'craft', 'handicraft', 'anyaman', 'gerabah', 'ukir', 'keramik', 'souvenir', 'suvenir'] },
  { id: 'kuliner', label: 'Kuliner', keywords: ['kuliner', 'makanan', 'minuman', 'culinary', 'food', 'kopi', 'coffee', 'kafe', 'cafe', 'resto', 'restoran', 'jajanan', 'oleh oleh'] },
  { id: 'musik', label: 'Musik', keywords: ['musik', 'music', 'musisi', 'musician', 'band', 'konser', 'concert', 'lagu', 'festival musik', 'studio rekaman'] },
  { id: 'penerbitan', label: 'Penerbitan', keywords: ['penerbitan', 'penerbit', 'buku', 'publishing', 'book', 'komik', 'comic', 'literasi', 'penulis', 'majalah'] },
  { id: 'periklanan', label: 'Periklanan', keywords: ['periklanan', 'iklan', 'advertising', 'ads', 'agensi', 'agency', 'billboard', 'baliho', 'kampanye'] },
  { id: 'seni-pertunjukan', label: 'Seni Pertunjukan', keywords: ['seni pertunjukan', 'teater', 'theater', 'tari', 'tarian', 'dance', 'pentas', 'panggung', 'wayang', 'ludruk', 'pertunjukan'] },
  { id: 'seni-rupa', label: 'Seni Rupa', keywords: ['seni rupa', 'lukis', 'lukisan', 'pelukis', 'galeri', 'gallery', 'pameran seni', 'mural', 'patung', 'fine art', 'artwork'] },
  { id: 'televisi-radio', label: 'Televisi & Radio', keywords: ['televisi', 'tv', 'radio', 'siaran', 'broadcast', 'podcast', 'penyiar'] },
];

export const DEFAULT_ISSUES: readonly TaxonomyEntry[] = [
  { id: 'sdm', label: 'SDM Kreatif', keywords: ['sdm', 'sumber daya manusia', 'pelatihan', 'training', 'workshop', 'bimtek', 'kursus', 'inkubasi', 'mentoring', 'talenta', 'talent', 'keterampilan', 'skill', 'sertifikasi', 'pendidikan', 'kurikulum', 'magang', 'beasiswa', 'upskilling'] },
  { id: 'bahan-baku', label: 'Bahan Baku / Sumber Daya', keywords: ['bahan baku', 'raw material', 'sumber daya alam', 'pasokan', 'supply', 'material', 'bahan lokal', 'rantai pasok'] },
  { id: 'industri', label: 'Industri', keywords: ['industri', 'industry', 'produksi', 'production', 'skala usaha', 'ekosistem', 'pelaku usaha', 'manufaktur', 'kapasitas produksi', 'hilirisasi'] },
  { id: 'pembiayaan', label: 'Pembiayaan', keywords: ['pembiayaan', 'permodalan', 'modal', 'kredit', 'kur', 'pinjaman', 'hibah', 'dana', 'funding', 'investor', 'investasi', 'investment', 'bank', 'bunga', 'crowdfunding', 'venture capital', 'anggaran', 'insentif'] },
  { id: 'pemasaran', label: 'Pemasaran & Akses Pasar', keywords: ['pemasaran', 'marketing', 'promosi', 'promotion', 'akses pasar', 'market', 'pasar', 'ekspor', 'export', 'e-commerce', 'marketplace', 'penjualan', 'sales', 'pameran', 'expo', 'branding', 'media sosial', 'social media', 'digital marketing', 'festival'] },
  { id: 'infrastruktur-teknologi', label: 'Infrastruktur & Teknologi', keywords: ['infrastruktur', 'infrastructure', 'teknologi', 'technology', 'internet', 'wifi', 'jaringan', 'coworking', 'co-working', 'ruang kreatif', 'creative hub', 'gedung', 'fasilitas', 'studio', 'peralatan', 'digitalisasi', 'creative space', 'sarana'] },
  { id: 'kelembagaan-regulasi', label: 'Kelembagaan & Regulasi (termasuk HKI)', keywords: ['hki', 'haki', 'hak cipta', 'copyright', 'paten', 'patent', 'merek', 'trademark', 'regulasi', 'regulation', 'perizinan', 'izin', 'perda', 'kebijakan', 'policy', 'kelembagaan', 'komite', 'birokrasi', 'legalitas', 'nib', 'sertifikat halal', 'pajak'] },
  { id: 'riset', label: 'Riset & Pengembangan', keywords: ['riset', 'research', 'penelitian', 'kajian', 'pengembangan produk', 'inovasi', 'innovation', 'r&d', 'data', 'survei', 'pemetaan', 'studi'] },
  { id: 'kolaborasi', label: 'Kolaborasi', keywords: ['kolaborasi', 'collaboration', 'kerja sama', 'kerjasama', 'kemitraan', 'partnership', 'sinergi', 'jejaring', 'networking', 'komunitas', 'community', 'pentahelix', 'forum', 'asosiasi', 'kampus', 'universitas'] },
];

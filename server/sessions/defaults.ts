/**
 * Seeded defaults for road-map vocabularies. These are data, not logic: sessions copy them into
 * their own editable settings, so planners can change a session's list without a deploy.
 */
export const DEFAULT_CATEGORIES: readonly string[] = [
  'Aplikasi',
  'Pengembang Permainan',
  'Arsitektur',
  'Desain Interior',
  'Desain Komunikasi Visual',
  'Desain Produk',
  'Fesyen',
  'Film, Animasi & Video',
  'Fotografi',
  'Kriya',
  'Kuliner',
  'Musik',
  'Penerbitan',
  'Periklanan',
  'Seni Pertunjukan',
  'Seni Rupa',
  'Televisi & Radio',
  'Lainnya',
];

/** Pentahelix actors a participant may say they speak for. */
export const PARTICIPANT_ROLES = ['akademisi', 'bisnis', 'komunitas', 'pemerintah', 'media', 'lainnya'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const DEFAULT_MAX_LENGTH = 1000;

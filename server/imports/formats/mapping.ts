/**
 * Which column of a sheet holds what: header words first (Indonesian and English), then the
 * values (the suggestion is the longest free text). The planner confirms or changes the guess.
 */
import type { ColumnMapping } from '../import.types.js';
import type { ParticipantRole } from '../../sessions/defaults.js';

export type Cell = string | Date;

const HEADER: Record<Exclude<keyof ColumnMapping, 'text'>, RegExp> = {
  time: /\b(?:timestamp|cap waktu|waktu|tanggal|date|time|submitted|dikirim|stempel waktu|submission)\b/iu,
  subsector: /\b(?:sub[\s-]?sektor|subsector|sub[\s-]?sector|bidang)\b/iu,
  role: /\b(?:peran|unsur|pentahelix|penta helix|sektor|sector|role|stakeholder|kategori peserta|kelompok)\b/iu,
  organisation: /\b(?:instansi|organisasi|lembaga|komunitas|asal|perusahaan|company|organi[sz]ation|affiliation|afiliasi|institusi|unit kerja|kantor)\b/iu,
  author: /\b(?:nama|name|responden|penanya|asker|peserta)\b/iu,
};
const TEXT_HEADER_RE = /\b(?:saran|masukan|usul|usulan|pendapat|suggestions?|ide|idea|gagasan|harapan|aspirasi|rekomendasi|komentar|comments?|feedback|tanggapan|pertanyaan|questions?|kritik|input|jawaban|answer|rencana|program)\b/iu;
const NOT_TEXT_RE = /\b(?:e-?mail|surel|telepon|phone|hp|wa|whatsapp|nomor|no\.|umur|usia|age|gender|jenis kelamin|score|skor|nilai)\b/iu;

const cellText = (c: Cell | undefined): string => (c instanceof Date ? '' : (c ?? '').trim());

interface ColumnStats {
  filled: number;
  avgLength: number;
  distinct: number;
  dates: number;
}

function statsOf(rows: readonly Cell[][], col: number): ColumnStats {
  let filled = 0;
  let length = 0;
  let dates = 0;
  const distinct = new Set<string>();
  for (const row of rows.slice(0, 500)) {
    const c = row[col];
    if (c instanceof Date) {
      dates++;
      filled++;
      continue;
    }
    const t = cellText(c);
    if (!t) continue;
    filled++;
    length += t.length;
    distinct.add(t.toLowerCase());
    if (/^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/.test(t)) dates++;
  }
  return { filled, avgLength: filled ? length / filled : 0, distinct: distinct.size, dates };
}

/** The guessed mapping; text is -1 when no column can hold suggestions. */
export function guessMapping(columns: readonly string[], rows: readonly Cell[][]): ColumnMapping {
  const stats = columns.map((_, i) => statsOf(rows, i));
  const taken = new Set<number>();
  const pick = (re: RegExp, ok: (i: number) => boolean = () => true): number | null => {
    const i = columns.findIndex((h, j) => !taken.has(j) && re.test(h) && ok(j));
    if (i < 0) return null;
    taken.add(i);
    return i;
  };
  const time = pick(HEADER.time, (i) => (stats[i]?.dates ?? 0) > 0 || !(stats[i]?.filled ?? 0));
  const subsector = pick(HEADER.subsector);
  // "Nama instansi" is an organisation, not a name: organisations before authors.
  const organisation = pick(HEADER.organisation, (i) => !TEXT_HEADER_RE.test(columns[i] ?? ''));
  // "Sektor" may name the pentahelix role or the subsector: the values tell.
  const role = pick(HEADER.role, (i) => !TEXT_HEADER_RE.test(columns[i] ?? '') && (/sektor|sector/iu.test(columns[i] ?? '') ? mostlyRoles(rows, i) : true));
  const subsectorBySector = subsector ?? pick(/\b(?:sektor|sector)\b/iu, (i) => !mostlyRoles(rows, i));
  const author = pick(HEADER.author, (i) => !TEXT_HEADER_RE.test(columns[i] ?? '') && !NOT_TEXT_RE.test(columns[i] ?? ''));
  let text = -1;
  let best = -1;
  columns.forEach((h, i) => {
    const s = stats[i];
    if (!s || taken.has(i) || NOT_TEXT_RE.test(h) || s.dates > s.filled / 2) return;
    if (s.filled === 0 && !TEXT_HEADER_RE.test(h)) return;
    // Free text: long answers that differ from row to row (not a yes/no or a scale).
    const free = s.avgLength >= 12 || (s.distinct > Math.min(10, s.filled / 2) && s.avgLength >= 4);
    const score = (TEXT_HEADER_RE.test(h) ? 1000 : 0) + (free ? 500 : 0) + s.avgLength;
    if ((free || TEXT_HEADER_RE.test(h)) && score > best) {
      best = score;
      text = i;
    }
  });
  return { text, author, organisation, role, subsector: subsectorBySector, time };
}

/** At least half of the column's answers name a pentahelix actor. */
function mostlyRoles(rows: readonly Cell[][], col: number): boolean {
  const values = rows.slice(0, 200).map((r) => cellText(r[col])).filter(Boolean);
  return values.length > 0 && values.filter((v) => roleOf(v) !== 'lainnya').length >= values.length / 2;
}

/** Pentahelix initials: Academic, Business, Community, Government, Media. */
const INITIALS: Record<string, ParticipantRole> = { a: 'akademisi', b: 'bisnis', c: 'komunitas', g: 'pemerintah', m: 'media' };

const ROLE_WORDS: ReadonlyArray<[ParticipantRole, RegExp]> = [
  ['akademisi', /akademi|academ|kampus|universitas|university|dosen|mahasiswa|peneliti|research|perguruan tinggi|sekolah|guru/iu],
  ['pemerintah', /pemerintah|government|pemda|pemkot|pemkab|pemprov|opd|dinas|kementerian|asn|bappeda|\bgov/iu],
  ['bisnis', /bisnis|business|usaha|pengusaha|swasta|umkm|ukm|industri|perusahaan|private|wirausaha|entrepreneur|pelaku|asosiasi|startup|swasta|korporasi/iu],
  ['komunitas', /komunitas|community|masyarakat|lsm|ngo|warga|sanggar|kelompok|organisasi masyarakat|civil/iu],
  ['media', /media|jurnalis|journalis|pers\b|press|wartawan|content creator|kreator konten|influencer/iu],
];

/** A pentahelix role id from a cell ("Akademisi", "Pelaku usaha", "Government"); "lainnya" when it says something else. */
export function roleOf(value: string): ParticipantRole | null {
  const v = value.trim();
  if (!v) return null;
  const initial = INITIALS[v.toLowerCase().replace(/[.)]$/u, '')];
  if (initial) return initial;
  for (const [role, re] of ROLE_WORDS) if (re.test(v)) return role;
  return 'lainnya';
}

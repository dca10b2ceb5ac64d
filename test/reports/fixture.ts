/**
 * Report data for renderer tests and the bench, built with the real buildReport from a hand-made
 * edited synthesis: a small realistic forum in Bahasa Indonesia (with hostile suggestions), an
 * empty report, and `large(n, themes)` with synthetic but realistic texts.
 */
import type { EditedSynthesis, ThemeView } from '../../server/themes/edits.rules.js';
import { buildReport, type BuildInput, type ReportSuggestion } from '../../server/reports/report.builder.js';
import type { ReportData } from '../../server/reports/report.schema.js';

export const SUBSECTORS = [
  'Aplikasi', 'Pengembang Permainan', 'Arsitektur', 'Desain Interior', 'Desain Komunikasi Visual', 'Desain Produk', 'Fesyen',
  'Film, Animasi & Video', 'Fotografi', 'Kriya', 'Kuliner', 'Musik', 'Penerbitan', 'Periklanan', 'Seni Pertunjukan', 'Seni Rupa', 'Televisi & Radio',
].map((label, i) => ({ id: `sub${i + 1}`, label }));

export const ISSUES = [
  'SDM kreatif', 'Bahan baku & sumber daya', 'Industri', 'Pembiayaan', 'Pemasaran & akses pasar', 'Infrastruktur & teknologi',
  'Kelembagaan & regulasi (HKI)', 'Riset & pengembangan', 'Kolaborasi',
].map((label, i) => ({ id: `iss${i + 1}`, label }));

/** One hostile suggestion per spreadsheet formula prefix, plus markup for HTML and Markdown. */
export const MALICIOUS = '=HYPERLINK("http://evil.example","klik") <script>alert(1)</script> **bold** [x](javascript:alert(1)) | pipe';
export const MALICIOUS_PREFIXED = ['+62 812 hubungi kami untuk modal', '-1 anggaran pelatihan dipotong', '@admin tolong cek KUR'];

const ROLES = ['akademisi', 'bisnis', 'komunitas', 'pemerintah', 'media', null] as const;

interface ThemeSpec {
  id: string;
  label: string;
  keyphrases: string[];
  subsectors: string[];
  issues: string[];
  texts: string[];
}

const THEMES: ThemeSpec[] = [
  {
    id: 't-modal', label: 'Akses Permodalan & KUR', keyphrases: ['akses permodalan', 'kredit usaha rakyat', 'modal usaha'], subsectors: ['sub11', 'sub10'], issues: ['iss4'],
    texts: [
      'Perlu skema KUR khusus pelaku kuliner rumahan dengan bunga ringan.',
      'Akses permodalan bagi UMKM kriya masih sulit karena syarat agunan.',
      'Pemerintah kota bisa memfasilitasi temu investor dan startup lokal.',
      MALICIOUS,
      ...MALICIOUS_PREFIXED,
    ],
  },
  {
    id: 't-sdm', label: 'Pelatihan SDM Kreatif', keyphrases: ['pelatihan', 'sertifikasi kompetensi', 'inkubasi'], subsectors: ['sub1', 'sub2', 'sub8'], issues: ['iss1', 'iss8'],
    texts: [
      'Adakan pelatihan animasi dan game development yang bersertifikat BNSP.',
      'Kampus dan komunitas bisa bikin bootcamp UI/UX gratis untuk pemuda — “Malang Kreatif”.',
      'Inkubasi bisnis untuk lulusan SMK desain komunikasi visual 🎨.',
    ],
  },
  {
    id: 't-pasar', label: 'Pemasaran Digital <Kota> | Akses Pasar', keyphrases: ['pemasaran digital', 'akses pasar', 'marketplace'], subsectors: ['sub7', 'sub11', 'sub14'], issues: ['iss5', 'iss9'],
    texts: [
      'Kurasi produk fesyen lokal untuk masuk marketplace nasional dan ekspor.',
      'Festival kuliner tahunan di alun-alun sebagai etalase produk UMKM.',
      'Media lokal bisa bantu promosi karya kreatif warga Malang secara rutin.',
    ],
  },
  {
    id: 't-ruang', label: 'Ruang Kreatif & Infrastruktur', keyphrases: ['ruang kreatif', 'co-working', 'internet cepat'], subsectors: ['sub3', 'sub15', 'sub12'], issues: ['iss6'],
    texts: [
      'Revitalisasi gedung tua menjadi ruang kreatif bersama yang buka 24 jam.',
      'Internet cepat dan gratis di creative hub kecamatan.',
    ],
  },
  {
    id: 't-hidden', label: 'Tema tersembunyi', keyphrases: ['lain'], subsectors: [], issues: [],
    texts: ['Usulan dalam tema yang disembunyikan perencana.'],
  },
];

const OTHER_TEXTS = ['Terima kasih atas forumnya, sangat bermanfaat!', 'Perlu perlindungan HKI untuk motif batik khas Malangan.'];

const SESSIONS = [
  { id: 'sesi-1', title: 'Sesi 1: Pemetaan Potensi', date: '2026-03-10' },
  { id: 'sesi-2', title: 'Sesi 2: Isu Strategis & Program', date: '2026-03-11' },
  { id: 'sesi-3', title: 'Sesi 3: Kolaborasi Pentahelix', date: null },
];
const PROMPTS = { q1: 'Apa tantangan terbesar ekonomi kreatif di kota ini?', q2: 'Program apa yang paling dibutuhkan lima tahun ke depan?' };

function themeView(spec: ThemeSpec, members: string[], texts: Map<string, string>, hidden = false): ThemeView {
  return {
    id: spec.id, label: spec.label, labelByPlanner: false, hidden,
    keyphrases: spec.keyphrases.map((text, i) => ({ key: text, text, weight: 1 - i / 10 })),
    keywords: spec.keyphrases.map((text) => ({ key: text, text, weight: 0.5 })),
    members, representatives: members.slice(0, 1).map((id) => ({ id, text: texts.get(id) ?? '', votes: 0 })),
    size: members.length, votes: 0, participants: 0, participantShare: 0, roles: {}, sessions: {}, subsectors: [], issues: [],
  };
}

export interface FixtureOptions {
  lang?: 'id' | 'en';
  personal?: boolean;
}

function input(opts: FixtureOptions, suggestions: ReportSuggestion[], themes: ThemeView[], other: string[], itemTags: BuildInput['synthesis']['itemTags'], sessions = SESSIONS): BuildInput {
  const edited: EditedSynthesis = { themes, other, skipped: [] };
  return {
    lang: opts.lang ?? 'id',
    forum: { id: 'forum-1', title: 'Road Map Ekonomi Kreatif Kota Malang 2026–2030' },
    reportVersion: 2,
    generatedAt: '2026-03-12T08:30:00.000Z',
    // Two themes led by an issue (t-sdm's lead overrides its members' second tag), the others not.
    synthesis: { id: 'syn-1', version: 3, edited, itemTags, leadIssues: { 't-modal': 'iss4', 't-sdm': 'iss1', 't-pasar': null } },
    taxonomy: { subsectors: SUBSECTORS, issues: ISSUES },
    sessions,
    prompts: PROMPTS,
    suggestions,
    filters: { sessionIds: [], promptIds: [], roles: [], categories: [], from: null, to: null, statuses: ['approved'], includePersonalData: opts.personal ?? false },
  };
}

/** The small, realistic report: 4 visible themes, a hidden one, "other" suggestions, hostile texts. */
export function fixture(opts: FixtureOptions = {}): ReportData {
  const suggestions: ReportSuggestion[] = [];
  const themes: ThemeView[] = [];
  const itemTags: BuildInput['synthesis']['itemTags'] = {};
  const texts = new Map<string, string>();
  let k = 0;
  const add = (text: string, tags: { subsectors: string[]; issues: string[] }) => {
    const id = `s${++k}`;
    const role = ROLES[k % ROLES.length]!;
    texts.set(id, text);
    itemTags[id] = tags;
    suggestions.push({
      id, text, sessionId: SESSIONS[k % 3]!.id, promptId: k % 2 ? 'q1' : 'q2', participantId: `p${k % 7}`, role, category: k % 3 ? 'program' : '',
      votes: text === MALICIOUS ? 40 : k % 5, createdAt: `2026-03-${String(10 + (k % 2)).padStart(2, '0')}T0${k % 9}:15:00.000Z`,
      authorName: k % 4 ? `Peserta ${k}` : null, organisation: k % 3 ? 'Komunitas Kreatif Malang' : null,
    });
    return id;
  };
  for (const spec of THEMES) {
    const members = spec.texts.map((t) => add(t, { subsectors: spec.subsectors, issues: spec.issues }));
    themes.push(themeView(spec, members, texts, spec.id === 't-hidden'));
  }
  const other = OTHER_TEXTS.map((t) => add(t, { subsectors: ['sub7'], issues: ['iss7'] }));
  return buildReport(input(opts, suggestions, themes, other, itemTags));
}

/** Zero suggestions and no themes (renderers must still produce a document). */
export function emptyReport(opts: FixtureOptions = {}): ReportData {
  return buildReport(input(opts, [], [], [], {}, []));
}

const SUBJECTS = ['pelaku UMKM kuliner', 'komunitas musik indie', 'pengrajin kriya', 'desainer fesyen muda', 'studio animasi lokal', 'pengembang aplikasi', 'fotografer', 'penerbit buku'];
const ACTIONS = ['butuh pelatihan', 'perlu akses modal', 'ingin ruang pamer', 'memerlukan pendampingan HKI', 'butuh akses pasar ekspor', 'perlu internet cepat', 'ingin kolaborasi dengan kampus', 'butuh sertifikasi'];
const DETAILS = ['secara rutin setiap bulan', 'dengan biaya terjangkau', 'di setiap kecamatan', 'melalui program Bappeda', 'bersama pelaku usaha besar', 'agar bisa bersaing di tingkat nasional', 'termasuk untuk penyandang disabilitas', 'dengan skema hibah'];

/** n synthetic suggestions spread over `themes` themes, 4 sessions, every role, tagged. */
export function large(n = 10_000, themeCount = 20, opts: FixtureOptions = {}): ReportData {
  const sessions = Array.from({ length: 4 }, (_, i) => ({ id: `sesi-${i + 1}`, title: `Sesi ${i + 1}: Forum Ekonomi Kreatif Hari ke-${i + 1}`, date: `2026-03-${10 + i}` }));
  const suggestions: ReportSuggestion[] = [];
  const itemTags: BuildInput['synthesis']['itemTags'] = {};
  const members: string[][] = Array.from({ length: themeCount }, () => []);
  const texts = new Map<string, string>();
  const other: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = `L${i + 1}`;
    const text = `${SUBJECTS[i % 8]} ${ACTIONS[(i >> 3) % 8]} ${DETAILS[(i * 7) % 8]}; usulan nomor ${i + 1} dari peserta forum, mohon ditindaklanjuti dalam rencana aksi daerah.`;
    texts.set(id, text);
    itemTags[id] = { subsectors: [SUBSECTORS[i % 17]!.id, SUBSECTORS[(i * 3) % 17]!.id], issues: [ISSUES[i % 9]!.id] };
    suggestions.push({
      id, text, sessionId: sessions[i % 4]!.id, promptId: i % 2 ? 'q1' : 'q2', participantId: `p${i % 800}`, role: ROLES[i % 6]!, category: '',
      votes: i % 13, createdAt: new Date(Date.UTC(2026, 2, 10 + (i % 4), 1 + (i % 10), i % 60)).toISOString(),
      authorName: `Peserta ${i % 800}`, organisation: `Organisasi ${i % 50}`,
    });
    if (i % 25 === 24) other.push(id);
    else members[(i * 31) % themeCount]!.push(id);
  }
  const themes = members.map((m, t) => themeView(
    { id: `t${t + 1}`, label: `Tema ${t + 1}: ${ACTIONS[t % 8]} bagi ${SUBJECTS[(t * 3) % 8]}`, keyphrases: [ACTIONS[t % 8]!, SUBJECTS[(t * 3) % 8]!, 'ekonomi kreatif'], subsectors: [], issues: [], texts: [] },
    m, texts,
  ));
  return buildReport(input(opts, suggestions, themes, other, itemTags, sessions));
}

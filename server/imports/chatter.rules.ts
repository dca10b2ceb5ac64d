/**
 * Keep or skip one imported message (pure). Recall first: a message with a real proposal is kept
 * even when it opens with a greeting or thanks; only short, pure chatter is skipped, and the
 * planner sees and can restore every skipped row. Words are read by the project's one analyser
 * (normalise + stopwords + stems); only the chatter phrases live here.
 */
import { DEFAULT_DOMAIN_STOPWORDS, languageStopwords } from '../synthesis/lexicons/stopwords.js';
import { normaliseTokens } from '../synthesis/normalise.js';
import type { SkipReason } from './import.types.js';

export interface Verdict {
  keep: boolean;
  why: SkipReason | null;
}

const KEEP: Verdict = { keep: true, why: null };
const skip = (why: SkipReason): Verdict => ({ keep: false, why });

const EMPTY_RE = /^(?:[-–—_.,/\\?!*\s]*|(?:(?:untuk )?(?:sementara|saat ini|sejauh ini|sampai saat ini|so far),? )?(?:tidak|tdk|ga|gak|nggak|enggak|belum|blm) (?:ada|terpikir(?:kan)?|tahu|tau)(?: saran| masukan| usulan| komentar| pertanyaan)?|tidak|nihil|none|nothing|no|nope|n\/?a|nil|null|kosong|cukup|sudah cukup|no comments?|no idea|tidak ada komentar)[.!]?$/iu;
const DELETED_RE = /^(?:pesan ini (?:telah )?dihapus(?: oleh .{1,60})?|this message was deleted(?: by .{1,60})?|you deleted this message|anda (?:telah )?menghapus pesan ini|waiting for this message\b.*|menunggu pesan ini\b.*)\.?$/iu;
const MEDIA_LINE_RE = new RegExp(
  [
    String.raw`^<?(?:media tidak disertakan|media omitted)>?$`,
    String.raw`^(?:image|video|audio|sticker|gif|document|contact card|gambar|stiker|dokumen|kartu kontak|foto|pesan suara|voice message)\s(?:omitted|tidak disertakan|dihilangkan)$`,
    String.raw`^<\s?(?:attached|terlampir|lampiran):\s?[^>]+>$`,
    String.raw`^\S+\.(?:jpe?g|png|webp|gif|opus|mp[34]|m4a|pdf|docx?|xlsx?|pptx?|vcf)\s\((?:file attached|file terlampir|berkas terlampir)\)$`,
    String.raw`^(?:null|<media>|\[(?:foto|photo|sticker|stiker|image|gambar)\])$`,
    String.raw`^(?:location|lokasi):\s?https?:\/\/\S+$|^(?:live location shared|berbagi lokasi terkini|lokasi terkini dibagikan)\.?$`,
  ].join('|'),
  'iu',
);
const REACTION_RE = /^(?:reacted to|bereaksi|menanggapi dengan|removed an? .{0,16}reaction from|menghapus reaksi)\b/iu;
const EMOJI_OR_PUNCT_RE = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|[\p{P}\p{S}\s]|\u200d|\ufe0f|\u20e3/gu;

/** Cues: a short message with one of these and (almost) nothing else is chatter of that kind. */
const CUES: ReadonlyArray<[SkipReason, RegExp]> = [
  ['thanks', /\b(?:terima ?kasih|trima ?kasih|makasih|mks+h|thank(?:s| you)?|thx|tq|tks|ty|matur ?nuwun|suwun|hatur nuhun|nuhun|appreciate)\b/iu],
  ['greeting', /\b(?:selamat (?:pagi|siang|sore|malam|datang|bergabung)|assalamu'?\s?alaikum|w[a]?'?alaikum ?salam|salam (?:sejahtera|kenal|hangat|sehat|semua|budaya)|^salam|salken|hal+o+2?|hai+2?|hi+|hello|greetings|good (?:morning|afternoon|evening)|sugeng (?:enjing|siang|sonten|dalu|rawuh)|met (?:pagi|siang|sore|malam)|^(?:pagi|siang|sore|malam)|permisi|punten|nuwun sewu|kulo ?nuwun|perkenalkan|izin (?:bergabung|gabung|nimbrung|menyimak|hadir)|om swastiastu|namo buddhaya|shalom)\b/iu],
  ['logistics', /\b(?:link\w*|tautan\w*|zoom\w*|g?meet\w*|suara\w*|putus\w*|mic\w*|mik|mute|unmute|slide\w*|ppt\w*|share ?screen|layar\w*|rekaman\w*|record\w*|direkam|brb|afk|otw|bentar|sebentar|sertifikat\w*|e-?sertifikat\w*|absen\w*|presensi|daftar hadir|(?:izin|ijin)(?= (?:keluar|pamit|off|on|left|leave|dulu|duluan|undur|ke belakang|menyimak|mute|gabung|masuk|bergabung)\b|[.!]*$)|pamit|(?:maaf|sorry) (?:telat|terlambat|baru)|telat|terlambat|gabung|join\w*|hear|audio|sound|muted?|on mute|camera|kamera|sinyal\w*|koneksi\w*|jaringan\w*|kamera\w*|materi\w*|paparan\w*|bahan\w*|dibagikan|dishare|di-share|diulang|passcode|password|breakout|room|kedengaran|terdengar|dengar|blank|lag|delay|buffering|lemot|hadir|masuk|rapat|pertemuan|musrenbang|rename|reminder|pengingat|jangan lupa|ditutup|dibuka|jadwal\w*|rekap\w*|dibahas|dijawab|dicatat|dikirim\w*|diumumkan|survei|kuesioner|g?form|formulir|diisi)\b/iu],
  ['plus_one', /(?:^|\s)\+\s?1\b|\b(?:setuju\w*|sepakat|agree\w*|idem|ditto|same|sama|betul|bener|benar|yes|iya|iyaa+|ya+|yup|ok|oke+|okay|okey|siap|sip+|noted|baik|nggih|inggih|njih|sepaham|dukung\w*|mendukung|support\w*|menyetujui|mantap\w*|mantab|mantul|mantep|jos+|keren|top|good|nice|great|cocok|pas|tul|yoi|sampun|sudah|udah|lanjut|lanjutkan)\b/iu],
  ['reaction', /\b(?:wk(?:wk)+|ha(?:ha)+|he(?:he)+|hi(?:hi)+|lol|wow|waduh|wah|hmm+|oh+|oalah|asyik|cie+|amin|aamiin+|alhamdulillah|masya ?allah|mashaallah|subhanallah)\b/iu],
];

/** Words that belong to chatter: they do not count as content of a message. */
const CHATTER_WORDS = new Set(
  (
    'selamat pagi siang sore malam datang bergabung assalamualaikum assalamu alaikum waalaikumsalam salam sejahtera kenal hangat sehat budaya salken halo hallo hai hi hello ' +
    'good morning afternoon evening everyone all sugeng enjing sonten dalu rawuh met permisi punten nuwun sewu kulonuwun perkenalkan swastiastu namo buddhaya shalom ' +
    'semua semuanya sekalian rekan teman kawan sedulur dulur peserta hadirin panitia narasumber pemateri moderator host admin bapak ibu pak bu mas mbak kak bang om tante dik ' +
    'terima terimakasih trimakasih makasih mksh thanks thank you thx tq tks ty matur maturnuwun suwun sanget hatur nuhun appreciate banyak sebesar besarnya ' +
    'sukses semangat luar biasa bermanfaat manfaat menarik inspiratif informatif insightful ilmu ilmunya wawasan berkah barakallah amin aamiin sehat selalu lancar acara acaranya ' +
    'link tautan zoom zoomnya meet gmeet suara suaranya putus terputus mic micnya mik mikrofon microphone mute unmute muted slide slides slidenya ppt pptnya powerpoint ' +
    'share screen sharescreen shared layar layarnya rekaman rekamannya record recording direkam sertifikat sertifikatnya absen absensi absennya presensi daftar hadir ' +
    'izin ijin keluar pamit duluan left leave sinyal koneksi jaringan lag delay kamera video gambar kelihatan terlihat tampil blank hitam bagi bagikan dibagikan dishare ' +
    'kirim dikirim kirimkan room breakout password passcode meeting webinar download unduh buffering lemot ulang diulang materi materinya bahan paparan paparannya presentasi ' +
    'kedengaran terdengar dengar rename chat kolom mohon tolong minta bisa boleh dong ya yaa nggih inggih njih nuwun dulu sebentar tadi nanti mana kapan sudah belum ' +
    'setuju sepakat agree idem ditto same sama betul bener benar yes iya yup ok oke okay okey siap sip noted baik sepaham dukung mendukung support menyetujui mantap mantab mantul mantep jos keren top nice great cocok pas tul yoi banget sangat sekali ' +
    'grup group forum sesi sesinya acara silakan silahkan tulis tuliskan sampaikan isi diisi kolom rekap rekapnya ditutup tutup dibuka buka pengumpulan terakhir ' +
    'hari besok lusa jam pukul wib menit minggu depan jumpa sampai reminder pengingat jangan lupa survei kuesioner google form formulir dibahas dijawab dicatat ' +
    'greetings recorded recording brb afk otw bentar sebentar wr wb warahmatullahi wabarakatuh wabarakatuhu kemarin barusan baru pulang monggo mangga ditulis musrenbang rapat pertemuan info infonya menyimak nyimak dibawa diproses ditindaklanjuti dikumpulkan ditunggu ' +
    'dikirim diumumkan jadwal jadwalnya pertanyaan bagus lagi maaf mohon telat terlambat gabung join joined hear audio sound camera sampun lanjut lanjutkan can you me ' +
    'wkwk wkwkwk haha hahaha hehe hihi lol wow waduh wah hmm oh oalah asyik cie ciee alhamdulillah masya masyaallah allah subhanallah'
  ).split(/\s+/),
);

/** A host asking for input or announcing the process: its "usulan" is no proposal of its own. */
const FACILITATION_RE = /\b(?:silakan|silahkan|monggo|mangga|mari|ayo|yuk)\b.{0,60}\b(?:tulis\w*|ditulis|sampaikan|disampaikan|kirim\w*|dikirim|isi|diisi)\b|\b(?:usul\w*|saran\w*|masukan\w*)\s+(?:\w+\s+)?(?:ditunggu|ditulis|disampaikan|dikumpulkan|dikirim|dibawa|dibahas|diproses|ditindaklanjuti|ditutup|dibuka)\b|\brekap\w*\s+(?:usul|saran|masukan)|\bkapan\s+(?:usul|saran|masukan|hasil)\w*/iu;

/** A cheap test first: most messages have none of these letters' sequences. */
const FACILITATION_HINT_RE = /usul|saran|masukan|rekap|sila|monggo|mangga|mari|ayo|yuk|kapan/iu;

/** Words that make a short message a proposal even with chatter around it. */
const PROPOSAL_RE = /\b(?:usul\w*|mengusulkan|saran\w*|menyarankan|sebaiknya|seharusnya|semestinya|mestinya|perlu\w*|diperlukan|harap\w*|berharap|agar|supaya|harus|wajib|bagaimana (?:kalau|jika)|gimana (?:kalau|kalo)|gmn (?:kalau|kalo)|kenapa (?:tidak|nggak|gak|ga)|adakan|diadakan|perbanyak|tambah\w*|dibuat|dibangun|bangun|disediakan|sediakan|fasilitasi|difasilitasi|ditingkatkan|tingkatkan|dorong|didorong|libatkan|dilibatkan|suggest\w*|propos\w*|should|need\w*|recommend\w*|what if|how about|why not|ingin ada|pengen ada|pingin ada|kudu|kudune|mbok|tulung|njaluk|ayo|yuk|mari)\b/iu;
/** "saya Dimas dari Solo Creative Hub": who one is, not what one proposes. */
const INTRO_RE = /\b(?:greetings|hello|hi|salam|pagi|siang|sore|malam|hadir|bergabung|gabung|menyimak|nyimak)\s+(?:dari|from)\b[^.,;!?\n]*|\b(?:perkenalkan,?\s+)?(?:saya|nama saya|kami|i am|i'm|my name is)\s[^.,;!?\n]{0,40}?\b(?:dari|from|asal)\b[^.,;!?\n]*/giu;
const HONORIFIC_NAME_RE = /\b(?:pak|bu|bapak|ibu|mas|mbak|mba|kak|bang|om|tante|dik|prof|dr|ustadz|gus|cak|ning|mbakyu|kang|teh)\.?\s+(?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*)?/gu;

let stopwords: ReadonlySet<string> | undefined;

/** The analyser's stopword lists (Indonesian, English, forum filler) plus the chatter words. */
function skipWords(): ReadonlySet<string> {
  stopwords ??= new Set([...languageStopwords(), ...DEFAULT_DOMAIN_STOPWORDS, ...CHATTER_WORDS]);
  return stopwords;
}

/**
 * Content words: the analyser's normalised tokens (chat spellings expanded, URLs and emoji
 * dropped) that are neither stopwords, chatter nor a name after a title. No stemming: chatter
 * words are listed as written, "-nya" forms included, and a preview reads 50k lines.
 */
export function contentWords(text: string): string[] {
  const skipped = skipWords();
  const out: string[] = [];
  for (const t of normaliseTokens(text.replace(INTRO_RE, ' ').replace(HONORIFIC_NAME_RE, ' '))) {
    const w = t.text;
    if (w.length < 2 && !t.acronym) continue;
    if (skipped.has(w) || (w.endsWith('nya') && skipped.has(w.slice(0, -3)))) continue;
    out.push(w);
  }
  return out;
}

/** The kind of chatter a text speaks of, if any (first cue in the order above). */
function cueOf(text: string): SkipReason | null {
  for (const [why, re] of CUES) if (re.test(text)) return why;
  return null;
}

// Chats repeat themselves ("setuju", "👍", "<Media tidak disertakan>"): each text is judged once.
const memo = new Map<string, Verdict>();
const MEMO_TEXTS = 100_000;

/** Keep or skip one message's text. */
export function classifyMessage(raw: string): Verdict {
  const known = memo.get(raw);
  if (known) return known;
  if (memo.size >= MEMO_TEXTS) memo.clear();
  const verdict = judge(raw);
  memo.set(raw, verdict);
  return verdict;
}

function judge(raw: string): Verdict {
  const text = raw.normalize('NFKC').replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '').trim();
  if (EMPTY_RE.test(text)) return skip('empty');
  if (DELETED_RE.test(text)) return skip('deleted');
  const lines = text.split('\n').filter((l) => !MEDIA_LINE_RE.test(l.trim()));
  if (!lines.some((l) => l.trim())) return skip('media');
  const body = lines.join('\n').trim();
  if (REACTION_RE.test(body)) return skip('reaction');
  if (!body.replace(EMOJI_OR_PUNCT_RE, '')) return skip('emoji_only');
  if (body.length > 160) return KEEP;
  const facilitation = FACILITATION_HINT_RE.test(body) && FACILITATION_RE.test(body);
  const cue = facilitation ? 'logistics' : cueOf(body);
  const proposal = !facilitation && PROPOSAL_RE.test(body);
  if (!cue) {
    // No chatter cue: kept, unless a few letters with no word of content ("hmm", "oh gitu").
    if (body.length >= 25 || proposal) return KEEP;
    return contentWords(body).length === 0 ? skip('too_short') : KEEP;
  }
  const content = contentWords(body).length;
  if (content === 0) return skip(cue);
  // A greeting or thanks is fully covered by the chatter words: two words left over are a point made.
  const allowed = cue === 'greeting' || cue === 'thanks' ? 1 : 2;
  if (!proposal && content <= allowed) return skip(cue);
  return KEEP;
}

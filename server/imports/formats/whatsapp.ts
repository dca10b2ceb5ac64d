/**
 * WhatsApp group exports ("Export chat", without media), Android and iOS, any phone locale:
 *   Android  "20/11/26 19.02 - Budi: text"        "11/20/26, 7:02 PM - Budi: text"
 *   iOS      "[20/11/26 19.02.11] Budi: text"     "[11/20/26, 7:02:11 PM] ~ Budi: text"
 * Lines without a header continue the message above. Day/month order is decided once per file
 * from all its dates. Not `whatsapp-chat-parser` (evaluated, v4.0.2): it starts a new "system"
 * message at any continuation line that opens with a date and a time ("12/12/2026 jam 10.00 ...")
 * so a suggestion loses its end; it takes system lines with a colon ('Budi mengubah subjek
 * menjadi "Forum: Kota"') and iOS system lines ("Grup: ‎Budi menambahkan Sari") for messages;
 * it keeps iOS's "~ " before unsaved names; and it builds dates in the server's own zone.
 */
import type { RawMessage } from './raw.js';
import { stripMarks, trimLines } from './raw.js';
import { isValidWallTime, zonedInstant, type WallTime } from './time.js';

const DATE = String.raw`(\d{1,4})([/.-])\s?(\d{1,2})\2\s?(\d{1,4})\.?`;
const TIME = String.raw`(\d{1,2})[.:](\d{2})(?:[.:](\d{2}))?(?:[\s\u202f\u00a0]?([AaPp])\.?\s?[Mm]\.?)?`;
const LEAD = String.raw`[\u200e\u200f\u202a-\u202e\ufeff]*`;
const SP = String.raw`[\s\u202f\u00a0]`;
/** Between date and time: a comma, and in some locales a word ("pukul", "klo", "at", "um"). */
const BETWEEN = String.raw`,?${SP}(?:[^\d\s,]{1,6}${SP})?`;
const ANDROID = String.raw`^${LEAD}${DATE}${BETWEEN}${TIME}`;
/** The header styles, most specific first: Android "... - ", iOS "[...] ", rarer "...: " and "... ". */
const STYLES: readonly RegExp[] = [
  new RegExp(String.raw`${ANDROID}${SP}[-–]${SP}`),
  new RegExp(String.raw`^${LEAD}\[${DATE}${BETWEEN}${TIME}\]${SP}`),
  new RegExp(String.raw`${ANDROID}:${SP}`),
  new RegExp(String.raw`${ANDROID}${SP}`),
];
const IOS_STYLE = 1;

/** Any line that looks like a header of either style (detection counts these). */
export function isWhatsAppHeader(line: string): boolean {
  if ((STYLES[0] as RegExp).test(line) || (STYLES[IOS_STYLE] as RegExp).test(line)) return true;
  // The looser styles only with an author and a colon right after ("Budi: ..."), never a CSV row.
  const loose = STYLES.slice(2).map((re) => re.exec(line)).find((m) => m);
  return !!loose && /^[^,;\t]{1,80}: /u.test(line.slice(loose[0].length));
}

/** Lines WhatsApp writes itself (Indonesian and English phones). */
const SYSTEM_RE = new RegExp(
  [
    'terenkripsi', 'end-to-end', 'membuat grup', 'created group', 'created this group', 'menambahkan', 'added ',
    'mengeluarkan', 'removed ', 'keluar$', ' left$', 'bergabung', 'joined', 'mengubah (subjek|ikon|deskripsi|nama|setelan|pengaturan)',
    'changed (the subject|this group|the group|their phone|to )', 'menghapus (ikon|deskripsi)', 'deleted this group',
    'sekarang admin', 'now an admin', 'no longer an admin', 'bukan admin lagi', 'pesan sementara', 'disappearing messages',
    'nomor telepon', 'security code', 'kode keamanan', 'mengganti nomor', 'changed their phone number', 'pinned a message',
    'menyematkan pesan', 'started a call', 'memulai panggilan', 'missed (voice|video) call', 'panggilan (suara|video) tak terjawab',
    'tautan undangan', 'invite link',
  ].join('|'),
  'i',
);

/** A would-be author that is a sentence WhatsApp wrote (a subject or description with a colon in it). */
const ACTION_RE = /\s(?:mengubah|changed|menambahkan|added|mengeluarkan|removed|membuat|created|menghapus|deleted|menyematkan|pinned)\s/iu;
const MEDIA_RE = /omitted|tidak disertakan|dihilangkan|attached|terlampir/iu;
const EDITED_RE = /[\s\u200e]*<(?:Pesan ini diedit|This message was edited|Pesan ini telah diedit)>\s*$/u;

interface Header {
  a: number;
  b: number;
  c: number;
  yearFirst: boolean;
  hour: number;
  minute: number;
  second: number;
  rest: string;
}

function readHeader(m: RegExpExecArray, line: string): Header {
  const [a, , b, c, h, mi, s, ampm] = [m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8]];
  let hour = Number(h);
  if (ampm) {
    const pm = ampm.toLowerCase() === 'p';
    if (hour === 12) hour = pm ? 12 : 0;
    else if (pm) hour += 12;
  }
  return {
    a: Number(a),
    b: Number(b),
    c: Number(c),
    yearFirst: (a ?? '').length === 4,
    hour,
    minute: Number(mi),
    second: Number(s ?? 0),
    rest: line.slice(m[0].length),
  };
}

type Order = 'dmy' | 'mdy' | 'ymd';

/** Day-first or month-first, from all dates of the file: a number over 12 settles it; else the order that keeps time moving forward. */
export function decideOrder(headers: readonly Header[], twelveHour: boolean): Order {
  if (headers.some((h) => h.yearFirst)) return 'ymd';
  if (headers.some((h) => h.a > 12)) return 'dmy';
  if (headers.some((h) => h.b > 12)) return 'mdy';
  const backwards = (order: Order): number => {
    let count = 0;
    let last = -Infinity;
    for (const h of headers) {
      const [day, month] = order === 'dmy' ? [h.a, h.b] : [h.b, h.a];
      const key = (year(h.c) * 13 + month) * 32 + day;
      if (key < last) count++;
      last = key;
    }
    return count;
  };
  const dmy = backwards('dmy');
  const mdy = backwards('mdy');
  if (dmy !== mdy) return dmy < mdy ? 'dmy' : 'mdy';
  return twelveHour ? 'mdy' : 'dmy';
}

const year = (n: number): number => (n < 100 ? 2000 + n : n);

function wallTime(h: Header, order: Order): WallTime {
  const [y, month, day] = order === 'ymd' ? [h.a, h.b, h.c] : order === 'dmy' ? [year(h.c), h.b, h.a] : [year(h.c), h.a, h.b];
  return { year: y, month, day, hour: h.hour, minute: h.minute, second: h.second };
}

/** "Budi: text" -> author and text; author null for a line WhatsApp wrote itself. */
function splitAuthor(rest: string, ios: boolean): { author: string | null; text: string } {
  const colon = rest.indexOf(': ');
  const bare = rest.endsWith(':') && !rest.slice(0, -1).includes(': ') ? rest.length - 1 : -1;
  const at = colon >= 0 ? colon : bare;
  if (at <= 0) return { author: null, text: rest };
  const author = stripMarks(rest.slice(0, at)).replace(/^~[\s\u202f\u00a0]*/u, '').trim();
  const text = rest.slice(at + 2);
  if (!author || /["“”]/u.test(author) || author.length > 100) return { author: null, text: rest };
  // iOS attributes system lines to the group (or the actor) and opens their text with U+200E.
  if (ios && text.startsWith('\u200e') && SYSTEM_RE.test(text) && !MEDIA_RE.test(text)) return { author: null, text };
  if (!ios && ACTION_RE.test(author)) return { author: null, text: rest };
  return { author, text };
}

interface Draft {
  header: Header;
  author: string | null;
  lines: string[];
}

export function readWhatsApp(lines: readonly string[], timeZone: string): RawMessage[] {
  // One style per file: a continuation line that happens to look like another style stays text.
  const counts = STYLES.map(() => 0);
  for (const line of lines.slice(0, 5000)) {
    const i = STYLES.findIndex((re) => re.test(line));
    if (i >= 0) counts[i] = (counts[i] ?? 0) + 1;
  }
  const style = counts.indexOf(Math.max(...counts));
  const isIos = style === IOS_STYLE;
  const re = STYLES[style] ?? (STYLES[0] as RegExp);
  const drafts: Draft[] = [];
  let current: Draft | undefined;
  let twelveHour = false;
  for (const line of lines) {
    const m = re.exec(line);
    if (m) {
      const header = readHeader(m, line);
      if (m[8]) twelveHour = true;
      const split = splitAuthor(header.rest, isIos);
      current = { header, author: split.author, lines: [split.text] };
      drafts.push(current);
    } else if (current) {
      current.lines.push(line);
    }
  }
  const order = decideOrder(
    drafts.map((d) => d.header),
    twelveHour,
  );
  return drafts.map((d): RawMessage => {
    const wall = wallTime(d.header, order);
    const at = isValidWallTime(wall) ? zonedInstant(wall, timeZone) : null;
    const body = trimLines(d.lines).replace(EDITED_RE, '');
    if (d.author === null) return { at, author: null, text: stripMarks(body), why: 'system' };
    return { at, author: d.author, text: body.replace(/^[\u200e\u200f]+/u, '') };
  });
}

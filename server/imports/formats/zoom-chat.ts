/**
 * Zoom "Save chat" files (meeting_saved_chat.txt), two generations:
 *   current  "19:02:11 From Dr. Budi to Everyone:" with the message on tab-indented lines below;
 *            replies open with 'Replying to "..."' and a blank line; reactions are lines of their
 *            own ('Reacted to "..." with 👍', 'Removed a 👍 reaction from "..."')
 *   older    "19:02:11\t From  Budi : text" or "19:02:11 From  Budi  to  Everyone : text"
 * Direct and private messages ("to Sari(Direct Message)", "(Privately)") are left out: they were
 * never said to the forum. Lines carry a time only: the day is options.date, else a YYYY-MM-DD in
 * the file name (Zoom's folders are named so), else the time is unknown (null).
 */
import type { RawMessage } from './raw.js';
import { stripMarks, trimLines } from './raw.js';
import { parseIsoDate, zonedInstant } from './time.js';

const TIME = String.raw`(\d{1,2}):(\d{2}):(\d{2})(?:\s?([AaPp])\.?[Mm]\.?)?`;
const FROM = String.raw`(?:From|Dari)`;
const TO = String.raw`(?:to|To|ke|kepada|Kepada)`;
/** Current client: the header ends with a colon; the text is on the lines below. */
const CURRENT_RE = new RegExp(String.raw`^\s*${TIME}\s+${FROM}\s+(.+?)\s+${TO}\s+(.+?)\s*:\s*$`, 'u');
/** Older clients: the text follows " : " on the same line. */
const OLD_RE = new RegExp(String.raw`^\s*${TIME}\s+${FROM}\s+(.+?)(?:\s+:\s?|:\s)(.*)$`, 'u');
const PRIVATE_RE = /\((?:Direct Message|Privately|Private|Pesan Langsung|Secara Pribadi|Pribadi)\)\s*$/iu;
const OLD_TO_RE = /^(.+?)\s+(?:to|ke|kepada)\s+(.+)$/iu;
const REPLY_RE = /^Replying to\s+["“].*$|^Membalas\s+["“].*$/u;

export function isZoomChatLine(line: string): boolean {
  return CURRENT_RE.test(line) || OLD_RE.test(line);
}

interface Draft {
  seconds: number;
  author: string;
  private: boolean;
  lines: string[];
}

function secondsOf(m: RegExpExecArray): number {
  let hour = Number(m[1]);
  const ampm = m[4]?.toLowerCase();
  if (ampm === 'p' && hour < 12) hour += 12;
  if (ampm === 'a' && hour === 12) hour = 0;
  return hour * 3600 + Number(m[2]) * 60 + Number(m[3]);
}

const cleanName = (s: string): string => stripMarks(s).replace(/\s+/gu, ' ').trim();

function readLines(lines: readonly string[]): Draft[] {
  const drafts: Draft[] = [];
  let current: Draft | undefined;
  for (const line of lines) {
    const cur = CURRENT_RE.exec(line);
    if (cur) {
      const to = cur[6] ?? '';
      current = { seconds: secondsOf(cur), author: cleanName(cur[5] ?? ''), private: PRIVATE_RE.test(to), lines: [] };
      drafts.push(current);
      continue;
    }
    const old = OLD_RE.exec(line);
    if (old) {
      const who = cleanName(old[5] ?? '');
      const to = OLD_TO_RE.exec(who);
      current = {
        seconds: secondsOf(old),
        author: to ? cleanName(to[1] ?? '') : who,
        private: PRIVATE_RE.test(who),
        lines: [old[6] ?? ''],
      };
      drafts.push(current);
      continue;
    }
    // Message lines are indented by one tab (spaces once copied elsewhere); older files continue long messages unindented.
    if (current) current.lines.push(line.replace(/^(?:\t| {1,4})/u, ''));
  }
  return drafts;
}

/** Drops the quoted line of a reply (and the blank line after it): the message is the reply. */
function messageText(lines: readonly string[]): string {
  const first = lines.findIndex((l) => l.trim());
  if (first >= 0 && REPLY_RE.test(lines[first]?.trim() ?? '')) return trimLines(lines.slice(first + 1));
  return trimLines(lines);
}

function dayOf(date: string | undefined, fileName: string): { year: number; month: number; day: number } | null {
  if (date) return parseIsoDate(date);
  const m = /(\d{4}-\d{2}-\d{2})/.exec(fileName);
  return m?.[1] ? parseIsoDate(m[1]) : null;
}

export function readZoomChat(lines: readonly string[], timeZone: string, date: string | undefined, fileName = ''): RawMessage[] {
  const day = dayOf(date, fileName);
  let dayOffset = 0;
  let last = -1;
  const out: RawMessage[] = [];
  for (const d of readLines(lines)) {
    // A meeting that runs past midnight: the clock jumps back by more than twelve hours.
    if (last >= 0 && d.seconds < last - 12 * 3600) dayOffset++;
    last = d.seconds;
    if (d.private) continue;
    let at: Date | null = null;
    if (day) {
      const base = Date.UTC(day.year, day.month - 1, day.day + dayOffset);
      const b = new Date(base);
      at = zonedInstant(
        {
          year: b.getUTCFullYear(),
          month: b.getUTCMonth() + 1,
          day: b.getUTCDate(),
          hour: Math.floor(d.seconds / 3600),
          minute: Math.floor((d.seconds % 3600) / 60),
          second: d.seconds % 60,
        },
        timeZone,
      );
    }
    out.push({ at, author: d.author || null, text: messageText(d.lines) });
  }
  return out;
}

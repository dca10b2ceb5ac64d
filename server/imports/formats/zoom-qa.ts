/**
 * Zoom webinar "Question and Answer Report" (CSV from Reports > Webinar > Q&A): preamble lines
 * (report title, "Report Generated:", a Topic/Webinar ID/Actual Start Time table, "Question
 * Details"), then a header such as "#,Question,Asker Name,Asker Email,Answer(s)" or, in newer
 * reports, "Question,Asker Name,Asker Email,Answered By,Answer,Question Time,...". Each question
 * is a message; answers are the panel's, not the forum's input, and are left out.
 */
import { dayOrderOf, parseDateTime } from './datetime.js';
import type { RawMessage } from './raw.js';
import { csvRows } from './sheet.js';

const QUESTION_RE = /^(?:question|questions|pertanyaan)$/iu;
const NAME_RE = /^(?:asker name|asker|name|nama|nama penanya|penanya)$/iu;
/** Zoom's name for a question asked without one: no person to count. */
const ANONYMOUS_RE = /^(?:anonymous(?: attendee)?|anonim|peserta anonim)$/iu;
const TIME_RE = /^(?:question time|time|asked time|waktu|waktu pertanyaan|asked at|created time)$/iu;

export function isZoomQaPreamble(sample: readonly string[]): boolean {
  return sample.slice(0, 30).some((l) => /^"?Question and Answer Report/iu.test(l) || /\bQuestion\b.*\bAsker Name\b/iu.test(l));
}

export function readZoomQa(text: string, timeZone: string): RawMessage[] {
  const rows = csvRows(text, ',', false);
  const out: RawMessage[] = [];
  let i = 0;
  while (i < rows.length) {
    const header = rows[i] ?? [];
    const q = header.findIndex((c) => QUESTION_RE.test(c.trim()));
    if (q < 0 || !header.some((c) => NAME_RE.test(c.trim()))) {
      i++;
      continue;
    }
    const name = header.findIndex((c) => NAME_RE.test(c.trim()));
    const time = header.findIndex((c) => TIME_RE.test(c.trim()));
    const body: string[][] = [];
    for (i++; i < rows.length; i++) {
      const row = rows[i] ?? [];
      if (!row.some((c) => c.trim())) break;
      body.push(row);
    }
    const order = dayOrderOf(time >= 0 ? body.map((r) => r[time] ?? '') : []);
    for (const row of body) {
      const at = time >= 0 ? parseDateTime(row[time] ?? '', timeZone, order) : null;
      const asker = (row[name] ?? '').trim();
      out.push({ at, author: asker && !ANONYMOUS_RE.test(asker) ? asker : null, text: (row[q] ?? '').trim() });
    }
  }
  return out;
}

/**
 * Date-times written in sheets and reports, in the forms Google Forms, Excel (Indonesian and
 * English) and Zoom write them:
 *   "2026/11/20 7:02:11 PM GMT+7"  "2026-11-20 19:02:11"  "20/11/2026 19:02:11"  "20/11/2026 19.02"
 *   "11/20/2026 7:02:11 PM"  "Nov 20, 2026 07:05:12 PM"  "20 November 2026 19.02"  "20 Nop 2026"
 * Day/month order of a whole column is decided once (a first number over 12 settles it).
 * An explicit offset ("GMT+7", "+07:00", "Z") wins over the forum's zone.
 */
import { isValidWallTime, zonedInstant, type WallTime } from './time.js';

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1, feb: 2, februari: 2, february: 2, peb: 2, mar: 3, maret: 3, march: 3,
  apr: 4, april: 4, mei: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7,
  agu: 8, agt: 8, agus: 8, agustus: 8, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  okt: 10, oktober: 10, oct: 10, october: 10, nov: 11, nop: 11, november: 11, des: 12, desember: 12, dec: 12, december: 12,
};

const NUMERIC_RE = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:[,\sT]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\.\d+)?\s*([AaPp])?\.?[Mm]?\.?)?\s*(.*)$/u;
const NAMED_RE = /^(?:[A-Za-z]+,?\s+)?(?:(\d{1,2})\s+([A-Za-z]+)\.?|([A-Za-z]+)\.?\s+(\d{1,2}),?)\s+(\d{4})(?:[,\s]+(?:pukul\s+|at\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([AaPp])?\.?[Mm]?\.?)?\s*(.*)$/u;
const OFFSET_RE = /^(?:GMT|UTC|WIB|WITA|WIT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$|^(Z|GMT|UTC)$|^(WIB|WITA|WIT)$/iu;
const NAMED_ZONES: Record<string, number> = { wib: 420, wita: 480, wit: 540 };

interface Parts {
  a: number;
  b: number;
  c: number;
  /** the first number is the year (yyyy-mm-dd) */
  yearFirst: boolean;
  /** month named: a = day, b = month */
  named: boolean;
  hour: number;
  minute: number;
  second: number;
  /** minutes east of UTC, when written */
  offset: number | null;
}

function hour12(h: number, ampm: string | undefined): number {
  if (!ampm) return h;
  const pm = ampm.toLowerCase() === 'p';
  if (h === 12) return pm ? 12 : 0;
  return pm ? h + 12 : h;
}

function offsetOf(rest: string): number | null | undefined {
  const r = rest.trim();
  if (!r) return null;
  const m = OFFSET_RE.exec(r);
  if (!m) return undefined;
  if (m[4]) return 0;
  if (m[5]) return NAMED_ZONES[m[5].toLowerCase()] ?? null;
  const sign = m[1] === '-' ? -1 : 1;
  return sign * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

function partsOf(value: string): Parts | null {
  const s = value.trim().replace(/[\u202f\u00a0]/gu, ' ');
  const n = NUMERIC_RE.exec(s);
  if (n) {
    const offset = offsetOf(n[8] ?? '');
    if (offset === undefined) return null;
    return {
      a: Number(n[1]), b: Number(n[2]), c: Number(n[3]), yearFirst: (n[1] ?? '').length === 4, named: false,
      hour: hour12(Number(n[4] ?? 0), n[7]), minute: Number(n[5] ?? 0), second: Number(n[6] ?? 0), offset,
    };
  }
  const w = NAMED_RE.exec(s);
  if (w) {
    const month = MONTHS[(w[2] ?? w[3] ?? '').toLowerCase()];
    const offset = offsetOf(w[10] ?? '');
    if (!month || offset === undefined) return null;
    return {
      a: Number(w[1] ?? w[4]), b: month, c: Number(w[5]), yearFirst: false, named: true,
      hour: hour12(Number(w[6] ?? 0), w[9]), minute: Number(w[7] ?? 0), second: Number(w[8] ?? 0), offset,
    };
  }
  return null;
}

export type DayOrder = 'dmy' | 'mdy';

/** Day-first unless some value's second number is over 12 while none's first is. */
export function dayOrderOf(values: readonly string[]): DayOrder {
  let dayFirst = false;
  let monthFirst = false;
  for (const v of values) {
    const p = partsOf(v);
    if (!p || p.yearFirst || p.named) continue;
    if (p.a > 12) dayFirst = true;
    else if (p.b > 12) monthFirst = true;
  }
  return monthFirst && !dayFirst ? 'mdy' : 'dmy';
}

const fullYear = (y: number): number => (y < 100 ? 2000 + y : y);

/** One value to an instant, or null when it is no date. */
export function parseDateTime(value: string, timeZone: string, order: DayOrder = 'dmy'): Date | null {
  const p = partsOf(value);
  if (!p) return null;
  let wall: WallTime;
  if (p.yearFirst) wall = { year: p.a, month: p.b, day: p.c, hour: p.hour, minute: p.minute, second: p.second };
  else if (p.named || order === 'dmy') wall = { year: fullYear(p.c), month: p.b, day: p.a, hour: p.hour, minute: p.minute, second: p.second };
  else wall = { year: fullYear(p.c), month: p.a, day: p.b, hour: p.hour, minute: p.minute, second: p.second };
  if (!isValidWallTime(wall)) return null;
  if (p.offset !== null) {
    return new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - p.offset * 60_000);
  }
  return zonedInstant(wall, timeZone);
}

/** A cell exceljs read as a date: Excel stores wall-clock time, exceljs hands it over as UTC. */
export function fromSheetDate(d: Date, timeZone: string): Date | null {
  if (Number.isNaN(d.getTime())) return null;
  return zonedInstant(
    {
      year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
      hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(),
    },
    timeZone,
  );
}

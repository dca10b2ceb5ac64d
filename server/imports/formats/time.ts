/**
 * Wall-clock times of an export ("20/11/26 19.02", read in the forum's zone) to instants, and
 * instants back to ISO 8601 with the zone's offset. Intl only: no date library for two functions.
 */
import { DEFAULT_TIME_ZONE } from '../../shared/time.js';

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws a RangeError for a zone Intl does not know. */
export function assertTimeZone(timeZone: string): void {
  formatter(timeZone);
}

/** Offset of the zone from UTC at an instant, in minutes (Jakarta: +420). */
export function offsetMinutes(instant: number, timeZone: string): number {
  const parts = formatter(timeZone).formatToParts(new Date(instant));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

// A chat has a few thousand distinct hours at most: one Intl call per hour, not per message.
const offsetCache = new Map<string, number>();

/** The instant a wall-clock time in the zone stands for (a time skipped by a DST change moves forward). */
export function zonedInstant(t: WallTime, timeZone: string): Date {
  const guess = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  const key = `${timeZone}|${Math.floor(guess / 3_600_000)}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    offset = offsetMinutes(guess - offsetMinutes(guess, timeZone) * 60_000, timeZone);
    if (offsetCache.size > 50_000) offsetCache.clear();
    offsetCache.set(key, offset);
  }
  return new Date(guess - offset * 60_000);
}

/** True when the numbers make a real calendar date and clock time. */
export function isValidWallTime(t: WallTime): boolean {
  if (t.month < 1 || t.month > 12 || t.day < 1 || t.hour > 23 || t.minute > 59 || t.second > 59) return false;
  const d = new Date(Date.UTC(t.year, t.month - 1, t.day));
  return d.getUTCDate() === t.day;
}

const pad = (n: number, w = 2): string => String(Math.abs(n)).padStart(w, '0');

/** "2026-11-20T19:02:00+07:00": the instant as the zone's wall clock with its offset. */
export function formatInZone(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const offset = offsetMinutes(instant.getTime(), timeZone);
  const local = new Date(instant.getTime() + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  );
}

/** "2026-11-20" -> its numbers, or null when it is not a date. */
export function parseIsoDate(date: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidWallTime({ ...d, hour: 0, minute: 0, second: 0 }) ? d : null;
}

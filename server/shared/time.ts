import type { Lang } from '../i18n/index.js';

/** Forums are held in Indonesia: Western Indonesia Time unless a forum says otherwise. */
export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

/** The zones a forum can be created in: Indonesia's three (WIB, WITA, WIT). */
export const FORUM_TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;

// People in Indonesia read these abbreviations, not "GMT+7" (which is what Intl gives for them).
const ZONE_LABELS: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');

export const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** A zone that Intl accepts: a stored value that is not one falls back to WIB. */
export const safeTimeZone = (zone: string | null | undefined): string => (zone && isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE);

export function zoneLabel(zone: string, at = new Date()): string {
  const known = ZONE_LABELS[zone];
  if (known) return known;
  const part = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'short' }).formatToParts(at).find((p) => p.type === 'timeZoneName');
  return part?.value ?? zone;
}

/** Formatters for one language and zone, built once per page (Intl formatters are costly to make). */
export function timeFormatter(lang: Lang, zone: string) {
  const label = zoneLabel(zone);
  const human = new Intl.DateTimeFormat(locale(lang), {
    day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone: zone,
  });
  // sv-SE writes ISO-like "2026-03-10 14:05:09": sortable in a spreadsheet, read the same in any UI language.
  const sortable = new Intl.DateTimeFormat('sv-SE', {
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone: zone,
  });
  return {
    label,
    /** "10 Mar 2026, 14.05.09 WIB" */
    human: (d: Date) => `${human.format(d)} ${label}`,
    /** "2026-03-10 14:05:09" in the zone (the label goes in the column header). */
    sortable: (d: Date) => sortable.format(d),
  };
}

/** The calendar day (YYYY-MM-DD) an instant falls on in a zone; null without an instant. */
export function dayIn(at: Date | null | undefined, zone: string): string | null {
  return at ? new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at) : null;
}

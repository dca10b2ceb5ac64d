/**
 * The audit log as CSV for a spreadsheet: a UTF-8 byte order mark (so Excel reads Indonesian text
 * right), CRLF records, headers in the UI language, and every text cell through the reports'
 * formula guard, since suggestion text is anyone's words and a leading =, +, - or @ would run.
 */
import { stringify } from 'csv-stringify/sync';
import { t, type Lang } from '../i18n/index.js';
import { neutraliseFormula } from '../reports/render/safe.js';
import type { AuditRow } from './audit.presenter.js';

export function auditCsv(rows: readonly AuditRow[], lang: Lang, zone: string): Buffer {
  const header = [
    `${t(lang, 'a.when')} (${zone})`,
    t(lang, 'a.who'),
    t(lang, 'a.role'),
    t(lang, 'a.what'),
    t(lang, 'a.suggestion'),
    t(lang, 'a.before'),
    t(lang, 'a.after'),
    t(lang, 'a.suggestion_id'),
    'UTC',
  ];
  const records = rows.map((r) => [r.stamp, r.who, r.role, r.what, r.suggestion ?? '', r.before ?? '', r.after ?? '', r.suggestionId ?? '', r.iso]);
  const text = stringify([header, ...records].map((cells) => cells.map(neutraliseFormula)), {
    bom: true,
    record_delimiter: 'windows',
    // With CRLF records the writer only quotes a full CRLF; a lone LF or CR in a suggestion must be quoted too.
    quoted_match: /[\r\n]/,
  });
  return Buffer.from(text, 'utf8');
}

export const auditCsvName = (sessionTitle: string, stamp: string): string =>
  `audit-${sessionTitle.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'sesi'}-${stamp.slice(0, 10)}.csv`;

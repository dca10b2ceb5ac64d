/**
 * CSV: the appendix, one row per suggestion with its theme and tags. RFC 4180 (CRLF, quoted
 * fields), a UTF-8 byte order mark so Excel reads Indonesian text right, formulas neutralised.
 */
import type { ReportData } from '../report.schema.js';
import type { Progress } from './index.js';
import { appendixColumns } from './format.js';
import { csvField } from './safe.js';

const CHUNK = 2000;

export async function renderCsv(data: ReportData, progress: Progress): Promise<Buffer> {
  const cols = appendixColumns(data);
  const lines = [cols.map((c) => csvField(c.header)).join(',')];
  const rows = data.appendix;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    lines.push(cols.map((c) => csvField(c.value(row, i))).join(','));
    if ((i + 1) % CHUNK === 0) await progress((i + 1) / rows.length);
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** JSON: the report's data as is, validated against its schema before it is written. */
import { reportDataSchema, type ReportData } from '../report.schema.js';
import type { Progress } from './index.js';

export async function renderJson(data: ReportData, progress: Progress): Promise<Buffer> {
  const valid = reportDataSchema.parse(data);
  await progress(0.5);
  return Buffer.from(`${JSON.stringify(valid, null, 2)}\n`, 'utf8');
}

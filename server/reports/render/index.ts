/**
 * Renders a report's data to one of its download formats. Every renderer reads the same
 * ReportData, escapes for its own format (safe.ts) and reports progress a few times, yielding to
 * the event loop when it does so a long render never starves other requests.
 */
import type { ReportData } from '../report.schema.js';
import { renderCsv } from './csv.js';
import { renderDocx } from './docx.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderPdf } from './pdf.js';
import { renderXlsx } from './xlsx.js';

export const REPORT_FORMATS = ['html', 'pdf', 'docx', 'xlsx', 'csv', 'json', 'md'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface RenderedReport {
  body: Buffer;
  contentType: string;
  extension: string;
}

export interface RenderOptions {
  /** called a few times per render with 0..1, last with 1 */
  onProgress?: (fraction: number) => void;
}

/** Reports progress (monotonic, clamped) and lets the event loop run. */
export type Progress = (fraction: number) => Promise<void>;

type Renderer = (data: ReportData, progress: Progress) => Promise<Buffer>;

const RENDERERS: Record<ReportFormat, { render: Renderer; contentType: string; extension: string }> = {
  html: { render: renderHtml, contentType: 'text/html; charset=utf-8', extension: 'html' },
  pdf: { render: renderPdf, contentType: 'application/pdf', extension: 'pdf' },
  docx: { render: renderDocx, contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  xlsx: { render: renderXlsx, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  csv: { render: renderCsv, contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  json: { render: renderJson, contentType: 'application/json; charset=utf-8', extension: 'json' },
  md: { render: renderMarkdown, contentType: 'text/markdown; charset=utf-8', extension: 'md' },
};

export function isReportFormat(v: string): v is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(v);
}

export async function renderReport(format: ReportFormat, data: ReportData, opts: RenderOptions = {}): Promise<RenderedReport> {
  const spec = RENDERERS[format];
  if (!spec) throw new Error(`unknown report format: ${String(format)}`);
  let last = 0;
  const progress: Progress = async (fraction) => {
    const f = Math.min(1, Math.max(last, fraction));
    last = f;
    opts.onProgress?.(f);
    await new Promise<void>((resolve) => setImmediate(resolve));
  };
  await progress(0);
  const body = await spec.render(data, progress);
  opts.onProgress?.(1);
  return { body, contentType: spec.contentType, extension: spec.extension };
}

/** Zoom webinar Question and Answer report: filled in the next step. */
import type { RawMessage } from './raw.js';

export function isZoomQaPreamble(sample: readonly string[]): boolean {
  return sample.slice(0, 30).some((l) => /^\uFEFF?"?Question and Answer Report/i.test(l));
}

export function readZoomQa(text: string, timeZone: string): RawMessage[] {
  void text;
  void timeZone;
  return [];
}

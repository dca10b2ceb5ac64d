/** Zoom saved chat: filled in the next step. */
import type { RawMessage } from './raw.js';

const CURRENT_RE = /^\s*(\d{1,2}):(\d{2}):(\d{2})\s+(?:From|Dari)\s+(.+?)\s+(?:to|ke|kepada)\s+(.+?):\s*$/u;
const OLD_RE = /^\s*(\d{1,2}):(\d{2}):(\d{2})\s+(?:From|Dari)\s+(.+?)\s?:\s(.*)$/u;

export function isZoomChatLine(line: string): boolean {
  return CURRENT_RE.test(line) || OLD_RE.test(line);
}

export function readZoomChat(lines: readonly string[], timeZone: string, date: string | undefined): RawMessage[] {
  void lines;
  void timeZone;
  void date;
  return [];
}

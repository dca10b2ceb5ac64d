import { id, type MessageKey } from './id.js';
import { en } from './en.js';
import type { ErrorBody, ErrorId } from '../errors.js';

export type Lang = 'id' | 'en';
export type { MessageKey } from './id.js';
export const LANGS: readonly Lang[] = ['id', 'en'];

const dictionaries: Record<Lang, Record<MessageKey, string>> = { id, en };

export const isLang = (v: unknown): v is Lang => v === 'id' || v === 'en';
export const isMessageKey = (k: string): k is MessageKey => Object.hasOwn(id, k);

/** Looks a key up and fills `{name}` placeholders. Unknown keys come back as the key itself. */
export function t(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const template = isMessageKey(key) ? dictionaries[lang][key] : key;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

export function messagesWithPrefix(lang: Lang, prefixes: string[]): Record<string, string> {
  const dict = dictionaries[lang];
  return Object.fromEntries(Object.entries(dict).filter(([k]) => prefixes.some((p) => k.startsWith(p))));
}

export function errorBody(lang: Lang, id: ErrorId, detail?: string, vars: Record<string, string | number> = {}): ErrorBody {
  const body: ErrorBody = { id, message: t(lang, `errors.${id}`, vars) };
  // A detail may be a message key (`detail.*`): participants read it in their page's language.
  if (detail) body.detail = isMessageKey(detail) ? t(lang, detail, vars) : detail;
  return body;
}

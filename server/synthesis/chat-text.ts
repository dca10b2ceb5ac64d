/**
 * What chat, tweets and their exports put around people's words: HTML entities (&amp;), the
 * placeholders of anonymised exports (<USERNAME>, [URL], @USER, HTTPURL, "RT USER:" and
 * "USER USER" before a reply), emoji
 * written out as escaped bytes (\xf0\x9f\x98\x82), hashtags in CamelCase (#IndonesiaMaju) and
 * laughter (wkwkwk, hahaha). The analyser's normaliser applies these before reading words.
 */
import { decodeHTML } from 'entities';

const ESCAPED_BYTES_RE = /(?:\\x[0-9a-f]{2})+|\\[nrt](?![a-z])/giu;
// Unambiguous forms only: a bare "URL" or "USER" in running text is a word ("the current URL").
const PLACEHOLDER_RE = /[<[](?:USER(?:NAME)?|URL|LINK)[>\]]|@USER\b|HTTPURL/gu;
// Replies and retweets of anonymised exports: "USER USER text", "RT USER: text".
const ADDRESSEES_RE = /^(?:\s*(?:RT\b|USER\b)[\s:]*)+/u;
const HASHTAG_RE = /(?<![\p{L}\p{N}])#([\p{L}\p{N}_]+)/gu;

/** "IndonesiaMaju" -> "Indonesia Maju", "BBMNaik" -> "BBM Naik", "2019GantiPresiden" -> "2019 Ganti Presiden". */
function splitCamelCase(tag: string): string {
  return tag
    .replace(/_/gu, ' ')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{N})(\p{L})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})/gu, '$1 $2');
}

/** Raw text with the chat and export clutter above taken out (the words stay, hashtags split). */
export function cleanChatText(raw: string): string {
  if (!/[&\\#]|USER|URL|LINK|RT/u.test(raw)) return raw;
  return decodeHTML(raw)
    .replace(ESCAPED_BYTES_RE, ' ')
    .replace(PLACEHOLDER_RE, ' ')
    .replace(ADDRESSEES_RE, ' ')
    .replace(HASHTAG_RE, (_, tag: string) => ` ${splitCamelCase(tag)} `);
}

const LAUGHTER_RE = /^(?:(?=[wk]*w)(?=[wk]*k)[wk]{4,}|(ha|he|hi|hu|xi|ck)\1+h?|(?:a?wok){2,}|hm+)$/u;

/** A lowercase word that is only laughter or a filler sound ("wkwk", "hahaha", "awokawok", "hmm"). */
export function isLaughter(word: string): boolean {
  return LAUGHTER_RE.test(word);
}

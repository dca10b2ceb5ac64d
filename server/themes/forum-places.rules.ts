/**
 * The forum's own place, read from its title ("Road Map Ekonomi Kreatif Kota Malang 2026-2030" ->
 * "malang"): a forum names its city in many suggestions, so it must never be a theme keyword or
 * label, even when the city is missing from the default place list.
 */
import { DEFAULT_PLACES } from '../synthesis/lexicons/places.js';

// "Kota Batu", "Kabupaten Gunung Kidul", "Kab. Sleman", "Provinsi Nusa Tenggara Barat", "City of Bandung"
const PLACE_RE = /\b(?:[Kk]ota|[Kk]abupaten|[Kk]ab\.?|[Pp]rovinsi|[Pp]rov\.?|[Cc]ity of|[Rr]egency of)\s+((?:\p{Lu}[\p{L}'-]*)(?:\s+\p{Lu}[\p{L}'-]*){0,2})/gu;

/**
 * The place names after "Kota", "Kabupaten"... in a title. A name's first word always counts; a
 * further capitalised word only when it is a place word itself ("Nusa Tenggara Barat"): in "Kota
 * Malang Digital Reunion" the place is Malang, and "digital" must stay a keyword. (Dictionaries
 * cannot tell: Sastrawi's roots include "digital" and "kidul" alike.)
 */
export function placesInTitle(title: string): string[] {
  return [...title.matchAll(PLACE_RE)].map((m) => {
    const [first = '', ...rest] = (m[1] ?? '').toLowerCase().split(/\s+/);
    const more: string[] = [];
    for (const word of rest) {
      if (!DEFAULT_PLACES.includes(word)) break;
      more.push(word);
    }
    return [first, ...more].join(' ');
  }).filter(Boolean);
}

/** The place list for a forum's synthesis: the defaults plus the places its title names. */
export function forumPlaces(title: string): string[] {
  return [...new Set([...DEFAULT_PLACES, ...placesInTitle(title)])];
}

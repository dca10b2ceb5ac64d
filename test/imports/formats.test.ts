/**
 * Every fixture export (WhatsApp Android/iOS in Indonesian and English, Zoom chat current and
 * old, Zoom Q&A, Google Forms CSV, Excel CSV, .xlsx) read against what the people wrote: text,
 * author and time exactly right >= 98 %, real suggestions kept >= 95 %, kept that are real >= 85 %.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseImport } from '../../server/imports/formats/parse.js';
import type { ImportFormat } from '../../server/imports/import.types.js';
import { FIXTURES, readExpected, score } from './score.js';

const CASES: ReadonlyArray<[file: string, format: ImportFormat, encoding: string | undefined]> = [
  ['whatsapp-android-id.txt', 'whatsapp', 'UTF-8'],
  ['whatsapp-ios-id.txt', 'whatsapp', 'UTF-8'],
  ['whatsapp-android-en.txt', 'whatsapp', 'UTF-8'],
  ['whatsapp-ios-en.txt', 'whatsapp', 'UTF-8'],
  ['zoom-chat.txt', 'zoom-chat', 'UTF-8'],
  ['zoom-chat-old.txt', 'zoom-chat', 'UTF-8'],
  ['zoom-qa.csv', 'zoom-qa', 'UTF-8'],
  ['zoom-qa-times.csv', 'zoom-qa', 'UTF-8'],
  ['forms-google-en.csv', 'csv', 'UTF-8'],
  ['forms-google-id.csv', 'csv', 'UTF-8'],
  ['forms-excel-id.csv', 'csv', 'windows-1252'],
  ['forms.xlsx', 'xlsx', undefined],
];

const read = (file: string) => parseImport(readFileSync(join(FIXTURES, file)), { fileName: file, date: '2026-11-20' });

describe('import readers on realistic exports', () => {
  for (const [file, format, encoding] of CASES) {
    it(`${file}: ${format}, exact >= 98 %, recall >= 95 %, precision >= 85 %`, async () => {
      const result = await read(file);
      expect(result.format).to.equal(format);
      expect(result.encoding).to.equal(encoding);
      const s = score(result.messages, readExpected(file));
      const detail = s.misses.slice(0, 8).join('\n');
      expect(s.expected, 'fixture size').to.be.at.least(40);
      expect(s.exact, detail).to.be.at.least(0.98);
      expect(s.recall, detail).to.be.at.least(0.95);
      expect(s.precision, detail).to.be.at.least(0.85);
      expect(result.messages.map((m) => m.index)).to.deep.equal(result.messages.map((_, i) => i));
    });
  }

  it('whatsapp-rw-id.txt (a neighbourhood group written after the rules, as a check on them): same bars', async () => {
    const result = await read('whatsapp-rw-id.txt');
    const s = score(result.messages, readExpected('whatsapp-rw-id.txt'));
    const detail = s.misses.join('\n');
    expect(s.exact, detail).to.be.at.least(0.98);
    expect(s.recall, detail).to.be.at.least(0.95);
    expect(s.precision, detail).to.be.at.least(0.85);
  });

  it('reads the format asked for instead of guessing', async () => {
    const result = await parseImport(readFileSync(join(FIXTURES, 'zoom-chat.txt')), { fileName: 'chat.txt', format: 'zoom-chat', date: '2026-11-20' });
    expect(result.format).to.equal('zoom-chat');
    expect(result.messages).to.have.length(readExpected('zoom-chat.txt').length);
  });

  it('gives a skipped row its reason and a kept row none', async () => {
    const { messages } = await read('whatsapp-android-id.txt');
    const why = (text: string) => messages.find((m) => m.text === text)?.why;
    expect(why('<Media tidak disertakan>')).to.equal('media');
    expect(why('Pesan ini telah dihapus')).to.equal('deleted');
    expect(why('+1')).to.equal('plus_one');
    expect(why('link zoomnya besok jam berapa min?')).to.equal('logistics');
    expect(why('Matur nuwun sanget 🙏🙏')).to.equal('thanks');
    expect(why('Selamat malam semua 🙏')).to.equal('greeting');
    expect(why('👍👍')).to.equal('emoji_only');
    expect(messages.filter((m) => m.author === null).every((m) => m.why === 'system')).to.equal(true);
    expect(messages.filter((m) => m.keep).every((m) => m.why === null)).to.equal(true);
  });

  it('maps the sheet columns and the pentahelix roles', async () => {
    const result = await read('forms-google-en.csv');
    expect(result.mapping).to.deep.equal({ time: 0, author: 2, organisation: 3, role: 4, subsector: 5, text: 6 });
    const first = result.messages[0];
    expect(first?.organisation).to.equal('Universitas Sebelas Maret');
    expect(first?.role).to.equal('akademisi');
    expect(first?.subsector).to.equal('Arsitektur');
    expect(new Set(result.messages.map((m) => m.role))).to.deep.equal(new Set(['akademisi', 'komunitas', 'pemerintah', 'bisnis', 'media', 'lainnya']));
  });
});

/** Bad input gets a clear error id (server/errors.ts) and nothing half-read. */
import { expect } from 'chai';
import { parseImport } from '../../server/imports/formats/parse.js';
import { isAppError } from '../../server/errors.js';

async function errorOf(file: Buffer, fileName = 'file.txt', format?: 'csv' | 'xlsx'): Promise<string> {
  try {
    await parseImport(file, { fileName, format });
  } catch (e) {
    if (isAppError(e)) return `${e.id} ${e.status}`;
    throw e;
  }
  return 'no error';
}

describe('import readers refuse bad files', () => {
  it('an empty file, or one with only blank lines', async () => {
    expect(await errorOf(Buffer.alloc(0))).to.equal('import_empty 422');
    expect(await errorOf(Buffer.from('\ufeff\n\n  \r\n'))).to.equal('import_empty 422');
  });

  it('text in no format it knows', async () => {
    expect(await errorOf(Buffer.from('Notulen rapat\nHadir: 12 orang\nKesimpulan: lanjut minggu depan\n'), 'notulen.txt')).to.equal('import_unknown_format 422');
  });

  it('binary files: an image, a PDF, bytes with NULs, an old .xls', async () => {
    expect(await errorOf(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), 'chat.txt')).to.equal('import_binary 422');
    expect(await errorOf(Buffer.from('%PDF-1.7\n%\u00e2\u00e3'), 'saran.csv')).to.equal('import_binary 422');
    expect(await errorOf(Buffer.from([0x41, 0x00, 0x42, 0x00, 0x00, 0x00, 0x13, 0x37, 0x00, 0xff, 0x00]), 'x.txt')).to.equal('import_binary 422');
    expect(await errorOf(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'rekap.xls')).to.equal('import_binary 422');
  });

  it('a zip that is no workbook', async () => {
    expect(await errorOf(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]), 'WhatsApp Chat.zip')).to.equal('import_unknown_format 422');
  });

  it('bytes no encoding of a forum export reads: UTF-8 mixed with Windows-1252, bytes Windows-1252 lacks, a CJK guess', async () => {
    const mixed = Buffer.concat([Buffer.from('20/11/26 19.02 - Budi: usul café kreatif\n'), Buffer.from([0x32, 0x30, 0x2f, 0x31, 0x31, 0x20, 0x53, 0x61, 0x72, 0x69, 0x3a, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a])]);
    expect(await errorOf(mixed, 'chat.txt')).to.equal('import_encoding 422');
    expect(await errorOf(Buffer.from('Nama;Saran\nBudi;ruang \x81\x8d kreatif\n', 'latin1'), 'x.csv')).to.equal('import_encoding 422');
    const noise = Buffer.alloc(4096);
    for (let i = 0; i < noise.length; i++) noise[i] = [0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xc3, 0x28][i % 7] ?? 0x81;
    expect(await errorOf(noise, 'chat.txt')).to.equal('import_encoding 422');
  });

  it('reads Windows-1252 (curly quotes, accents) as what was written', async () => {
    const bytes = Buffer.from([...Buffer.from('Nama;Saran\r\nJos'), 0xe9, ...Buffer.from(';'), 0x93, ...Buffer.from('Layar tancap'), 0x94, ...Buffer.from(' di kampung '), 0x96, ...Buffer.from(' tiap bulan\r\n')]);
    const result = await parseImport(bytes, { fileName: 'saran.csv' });
    expect(result.encoding).to.equal('windows-1252');
    expect(result.messages.map((m) => [m.author, m.text])).to.deep.equal([['José', '“Layar tancap” di kampung – tiap bulan']]);
  });

  it('a file over 20 MB or 200,000 lines', async () => {
    expect(await errorOf(Buffer.alloc(20 * 1024 * 1024 + 1, 0x61))).to.equal('import_too_large 413');
    expect(await errorOf(Buffer.from('20/11/26 19.02 - A: x\n'.repeat(200_001)))).to.equal('import_too_large 413');
  });

  it('a sheet with no column that could hold suggestions', async () => {
    expect(await errorOf(Buffer.from('Nama,Umur,Email\nBudi,34,budi@example.id\nSari,29,sari@example.id\n'), 'peserta.csv')).to.equal('import_no_text_column 422');
  });

  it('a file forced to a reader that cannot read it', async () => {
    expect(await errorOf(Buffer.from('Nama,Saran\nBudi,"ruang kreatif\n'), 'x.csv', 'csv')).to.equal('import_unknown_format 422');
    expect(await errorOf(Buffer.from('Nama,Saran\nBudi,ruang kreatif\n'), 'x.csv', 'xlsx')).to.equal('import_unknown_format 422');
  });

  it('a header with no answers', async () => {
    expect(await errorOf(Buffer.from('Timestamp,Nama,Saran\n'), 'form.csv')).to.equal('import_empty 422');
  });
});

/**
 * PDF text as a reader's PDF viewer extracts it (pdfjs-dist): emoji are drawn as emoji, not '?',
 * and a word wider than its table column is not broken in the middle.
 */
import { expect } from 'chai';
import PDFDocument from 'pdfkit';
import { renderReport } from '../../server/reports/render/index.js';
import { PdfWriter } from '../../server/reports/render/pdf.layout.js';
import { registerEmojiFont } from '../../server/reports/render/pdf.text.js';
import { pdfRuns } from '../../server/reports/render/safe.js';
import { fixture } from './fixture.js';
import { pdfText } from './open.js';

async function pdfOf(draw: (w: PdfWriter) => Promise<void>): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', autoFirstPage: false, bufferPages: true });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  registerEmojiFont(doc);
  const w = new PdfWriter(doc, { left: 'Uji', right: (n) => `Halaman ${n}` });
  doc.addPage({ size: 'A4', margins: { top: 50, bottom: 56, left: 50, right: 50 } });
  await draw(w);
  w.flush();
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

describe('reports: PDF text', function () {
  this.timeout(30_000);

  it('splits text into standard-font and emoji runs; ©, ® and ™ stay text', () => {
    expect(pdfRuns('Festival 🎉🍜 kuliner © 2026')).to.deep.equal([
      { text: 'Festival ', emoji: false },
      { text: '🎉🍜', emoji: true },
      { text: ' kuliner © 2026', emoji: false },
    ]);
    expect(pdfRuns('keluarga 👩‍👩‍👧 senang ❤️')).to.deep.equal([
      { text: 'keluarga ', emoji: false },
      { text: '👩👩👧', emoji: true },
      { text: ' senang ', emoji: false },
      { text: '❤', emoji: true },
    ]);
  });

  it('keeps a long Indonesian word whole in a narrow table column', async () => {
    const words = ['Pengembangan', 'Kewirausahaan', 'Pemberdayaan'];
    const body = await pdfOf((w) => w.table(words.map((header) => ({ header, width: 44, align: 'center' as const })), [words.map((text) => ({ text }))], { size: 8 }));
    const items = (await pdfText(body)).text[0]!.split(/\s+/);
    for (const word of words) expect(items.filter((t) => t === word), word).to.have.length(2);
  });

  it('draws emoji in paragraphs, quotes, facts and table cells', async () => {
    const body = await pdfOf(async (w) => {
      w.para('Festival kuliner 🎉 tiap bulan');
      w.quote('Butuh ruang kreatif 🎨 di setiap kecamatan', 'Sesi 1 · 👍 3');
      w.fact('Kata kunci', 'musik 🎵, film 🎬');
      await w.table([{ header: 'Usulan 💡', width: 200 }], [[{ text: 'Pasar malam 🌙 untuk UMKM' }]]);
    });
    const text = (await pdfText(body)).text.join(' ');
    for (const e of ['🎉', '🎨', '👍', '🎵', '🎬', '💡', '🌙']) expect(text, e).to.contain(e);
    expect(text).to.not.contain('?');
  });

  it('renders a report with emoji in quotes and the appendix without "?"', async () => {
    const data = structuredClone(fixture());
    data.themes[0]!.quotes[0]!.text = 'Pelatihan pemasaran digital 📱 untuk pengembangan UMKM 🙏';
    data.appendix[0]!.text = 'Pelatihan pemasaran digital 📱 untuk pengembangan UMKM 🙏';
    const { text } = await pdfText((await renderReport('pdf', data)).body);
    const all = text.join(' ');
    expect(all.match(/📱/g)?.length).to.be.at.least(2);
    expect(all).to.contain('🙏').and.not.match(/digital \?/);
  });
});

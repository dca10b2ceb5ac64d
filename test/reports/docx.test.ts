/**
 * The DOCX file as a word processor reads it: every XML part well-formed, the streamed appendix
 * table the same markup the `docx` library writes for a table (compared as parsed XML, so only
 * escaping style may differ), in the last, landscape section, one row per suggestion.
 */
import { expect } from 'chai';
import { Document, Packer } from 'docx';
import { SaxesParser } from 'saxes';
import { LANDSCAPE_WIDTH, table } from '../../server/reports/render/docx.parts.js';
import { appendixColumns } from '../../server/reports/render/format.js';
import { renderReport } from '../../server/reports/render/index.js';
import { fixture, large } from './fixture.js';
import { zipEntries } from './open.js';

/** The document as a flat list of open/close/text events; throws on XML that is not well-formed. */
function parseXml(xml: string): string[] {
  const events: string[] = [];
  const parser = new SaxesParser();
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (t) => events.push(`<${t.name} ${Object.entries(t.attributes).map(([k, v]) => `${k}=${String(v)}`).join(' ')}>`));
  parser.on('closetag', (t) => events.push(`</${t.name}>`));
  parser.on('text', (t) => events.push(t));
  parser.write(xml).close();
  return events;
}

const lastTable = (xml: string) => xml.slice(xml.lastIndexOf('<w:tbl>'), xml.lastIndexOf('</w:tbl>') + '</w:tbl>'.length);

describe('reports: DOCX file structure', function () {
  this.timeout(60_000);

  it('every part of the file is well-formed XML, hostile texts included', async () => {
    const parts = await zipEntries((await renderReport('docx', fixture())).body);
    expect([...parts.keys()]).to.include.members(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', '_rels/.rels']);
    for (const [name, xml] of parts) expect(() => parseXml(xml), name).to.not.throw();
  });

  it('writes the appendix table as the docx library would, in the last (landscape) section', async () => {
    const data = fixture();
    const xml = (await zipEntries((await renderReport('docx', data)).body)).get('word/document.xml')!;
    const widths: Record<string, number> = { no: 5, text: 33, session: 13, prompt: 15, role: 10, votes: 7, theme: 17 };
    const cols = appendixColumns(data).filter((c) => widths[c.key] !== undefined);
    const reference = table(cols.map((c) => c.header), cols.map((c) => widths[c.key]!), data.appendix.map((r, i) => cols.map((c) => ({ text: String(c.value(r, i)) }))), {
      small: true, pageWidth: LANDSCAPE_WIDTH, right: cols.map((c) => c.key === 'votes' || c.key === 'no'),
    });
    const refXml = (await zipEntries(await Packer.toBuffer(new Document({ sections: [{ children: [reference] }] })))).get('word/document.xml')!;
    expect(parseXml(lastTable(xml))).to.deep.equal(parseXml(lastTable(refXml)));
    const tail = xml.slice(xml.lastIndexOf('</w:tbl>'));
    expect(tail).to.match(/^<\/w:tbl><w:sectPr>.*w:orient="landscape".*<\/w:sectPr><\/w:body><\/w:document>$/);
  });

  it('holds every suggestion of a large report, in order', async () => {
    const data = large(3000, 10);
    const xml = (await zipEntries((await renderReport('docx', data)).body)).get('word/document.xml')!;
    const appendix = lastTable(xml);
    expect(() => parseXml(xml)).to.not.throw();
    expect(appendix.match(/<w:tr>/g)).to.have.length(3001);
    expect(appendix.match(/<w:tblHeader\/>/g)).to.have.length(1);
    const last = data.appendix.at(-1)!;
    expect(appendix.slice(appendix.lastIndexOf('<w:tr>'))).to.contain('>3000<').and.contain(last.text);
  });
});

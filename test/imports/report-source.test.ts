import { expect } from 'chai';
import { parse as parseCsv } from 'csv-parse/sync';
import { renderReport } from '../../server/reports/render/index.js';
import { reportDataSchema } from '../../server/reports/report.schema.js';
import { fixture } from '../reports/fixture.js';

/** Reports mark imported input in the appendix; a report without any keeps its columns as before. */
describe('imports in reports: the source column', () => {
  const csvOf = async (data: ReturnType<typeof fixture>) => parseCsv((await renderReport('csv', data)).body.toString('utf8').slice(1)) as string[][];

  it('adds "Sumber" with "impor: WhatsApp" for imported rows and "langsung" for live ones', async () => {
    const data = fixture();
    data.appendix[0] = { ...data.appendix[0]!, source: 'impor: WhatsApp' };
    reportDataSchema.parse(data);
    const [header, first, second] = await csvOf(data);
    const col = header!.indexOf('Sumber');
    expect(col).to.be.greaterThan(0);
    expect([first![col], second![col]]).to.deep.equal(['impor: WhatsApp', 'langsung']);
    const html = (await renderReport('html', data)).body.toString('utf8');
    expect(html).to.include('impor: WhatsApp');
  });

  it('has no source column when every input was live', async () => {
    expect((await csvOf(fixture()))[0]).to.not.include('Sumber');
  });
});

/**
 * Downloads from the published report page start as fast as the download URL answers: the time
 * from the click to the browser's download event, per format, beside a direct request for the same
 * file. The figures are printed.
 */
import { expect } from 'chai';
import { useDatabase } from '../harness/db.js';
import { useBrowserRig, watchErrors } from '../harness/browser.js';
import { createStaff, signedInAgent } from '../harness/factories.js';
import { seededForum } from '../harness/live.js';

const FORMATS = ['html', 'pdf', 'docx', 'xlsx', 'csv', 'json', 'md'] as const;

describe('report page: downloads start at once', () => {
  useDatabase('e2e_report_download');
  const rig = useBrowserRig({ SUBMIT_LIMIT_PER_MINUTE: '1000' });
  before(async () => {
    await createStaff({ role: 'admin' });
  });

  it('each format downloads within about the time of a direct request', async function () {
    this.timeout(120_000);
    const { live, forumId } = await seededForum(rig.srv, ['akademisi', 'bisnis', 'komunitas']);
    live.close();
    const { agent, staff } = await signedInAgent(rig.srv.url, 'planner');
    const synthesis = await rig.srv.services.themes.run(forumId, { k: 4 }, { id: staff.id, name: 'Perencana', email: staff.email, role: 'planner' });
    const published = await agent.postForm(`/forums/${forumId}/reports`, { synthesisId: synthesis.id, language: 'id' });
    expect(published.status).to.equal(303);
    const reportId = published.headers.get('location')!.split('/').pop()!;

    const ctx = await rig.browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    await ctx.addCookies([{ name: 'rembuk_sid', value: agent.cookies.get('rembuk_sid')!, url: rig.srv.url }]);
    const page = await ctx.newPage();
    const errors = watchErrors(page);
    await page.goto(`${rig.srv.url}/reports/${reportId}`);
    await page.waitForLoadState('networkidle');

    const rows: { format: string; pageMs: number; directMs: number }[] = [];
    console.log('      time from click to download start, and of a direct request:');
    for (const format of FORMATS) {
      const t0 = performance.now();
      const direct = await agent.get(`/reports/${reportId}/download/${format}`);
      const directMs = performance.now() - t0;
      expect(direct.status, format).to.equal(200);
      const t1 = performance.now();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.locator(`a[data-format="${format}"]`).click()]).catch((e: Error) => {
        throw new Error(`${format}: ${e.message}`);
      });
      const pageMs = performance.now() - t1;
      expect(download.suggestedFilename()).to.match(new RegExp(`-v1\\.${format}$`));
      expect(await download.failure()).to.equal(null);
      rows.push({ format, pageMs, directMs });
      console.log(`      ${format.padEnd(5)} page ${pageMs.toFixed(0).padStart(5)} ms   direct ${directMs.toFixed(0).padStart(5)} ms`);
    }
    for (const r of rows) expect(r.pageMs, r.format).to.be.below(Math.max(1000, r.directMs * 2 + 300));
    expect(errors, errors.join('\n')).to.deep.equal([]);
    await ctx.close();
  });
});

import { expect } from 'chai';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { useDatabase } from '../harness/db.js';
import { startTestServer, type TestServer } from '../harness/server.js';
import { launchBrowser, screenshot, watchErrors } from '../harness/browser.js';
import { createStaff, signedInAgent } from '../harness/factories.js';
import { seededForum } from '../harness/live.js';

describe('planner builds and publishes a report in a real browser', () => {
  useDatabase('e2e_reports');
  let srv: TestServer;
  let browser: Browser;
  before(async () => {
    srv = await startTestServer({ SUBMIT_LIMIT_PER_MINUTE: '1000' });
    browser = await launchBrowser();
    await createStaff({ role: 'admin' });
  });
  after(async () => {
    await browser?.close();
    await srv?.close();
  });

  it('builds, previews, publishes and downloads', async function () {
    this.timeout(120_000);
    const { live, forumId } = await seededForum(srv, ['akademisi', 'bisnis', 'komunitas', 'pemerintah']);
    const { agent, staff } = await signedInAgent(srv.url, 'planner');
    await srv.services.themes.run(forumId, { k: 4 }, { id: staff.id, name: 'Perencana', email: staff.email, role: 'planner' });

    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    await ctx.addCookies([{ name: 'rembuk_sid', value: agent.cookies.get('rembuk_sid')!, url: srv.url }]);
    const page = await ctx.newPage();
    const errors = watchErrors(page);
    await page.goto(`${srv.url}/forums/${forumId}`);
    await page.getByRole('link', { name: 'Laporan bahan peta jalan' }).click();
    await page.getByRole('heading', { name: /Susun laporan/ }).waitFor();

    const [preview] = await Promise.all([ctx.waitForEvent('page'), page.getByRole('button', { name: 'Pratinjau' }).click()]);
    await preview.waitForLoadState();
    await preview.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await preview.locator('svg').count()).to.be.greaterThan(0);
    await screenshot(preview, 'report-preview');
    await screenshot(preview, 'report-preview-top', false);
    await preview.locator('#matrix, section:has(h2:text-matches("Matriks"))').first().scrollIntoViewIfNeeded();
    await screenshot(preview, 'report-preview-matrix', false);
    await preview.close();

    await page.getByRole('button', { name: 'Terbitkan' }).click();
    await page.getByRole('heading', { name: /Versi 1/ }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[data-format="xlsx"]').click()]);
    expect(download.suggestedFilename()).to.match(/^rembuk-road-map-ekonomi-kreatif-kota-malang-2026-2030-v1\.xlsx$/);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 2).toString()).to.equal('PK');
    await screenshot(page, 'report-published');
    expect(errors, errors.join('\n')).to.deep.equal([]);
    await ctx.close();
    live.close();
  });
});

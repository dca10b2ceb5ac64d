import { expect } from 'chai';
import { readFile } from 'node:fs/promises';
import { useDatabase } from '../harness/db.js';
import { useBrowserRig, screenshot, watchErrors } from '../harness/browser.js';
import { createStaff, signedInAgent } from '../harness/factories.js';
import { seededForum } from '../harness/live.js';

describe('planner builds and publishes a report in a real browser', () => {
  useDatabase('e2e_reports');
  const rig = useBrowserRig({ SUBMIT_LIMIT_PER_MINUTE: '1000' });
  before(async () => {
    await createStaff({ role: 'admin' });
  });

  it('builds, previews, publishes and downloads', async function () {
    this.timeout(120_000);
    const { live, forumId } = await seededForum(rig.srv, ['akademisi', 'bisnis', 'komunitas', 'pemerintah']);
    const { agent, staff } = await signedInAgent(rig.srv.url, 'planner');
    await rig.srv.services.themes.run(forumId, { k: 4 }, { id: staff.id, name: 'Perencana', email: staff.email, role: 'planner' });

    const ctx = await rig.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    await ctx.addCookies([{ name: 'rembuk_sid', value: agent.cookies.get('rembuk_sid')!, url: rig.srv.url }]);
    const page = await ctx.newPage();
    const errors = watchErrors(page);
    await page.goto(`${rig.srv.url}/forums/${forumId}`);
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

import { expect } from 'chai';
import { useDatabase } from '../harness/db.js';
import { PHONE, useBrowserRig, screenshot, watchErrors } from '../harness/browser.js';
import { createStaff, signedInAgent } from '../harness/factories.js';
import { seededForum } from '../harness/live.js';
import { FORUM_SUGGESTIONS } from '../fixtures/forum-suggestions.js';

describe('planner reads the road-map matrix on the themes page in a real browser', () => {
  useDatabase('e2e_roadmap');
  const rig = useBrowserRig({ SUBMIT_LIMIT_PER_MINUTE: '1000' });
  before(async () => {
    await createStaff({ role: 'admin' });
  });

  it('on a phone: the grid scrolls inside its region, a cell shows its actors and themes, totals match', async function () {
    this.timeout(120_000);
    const { live, forumId } = await seededForum(rig.srv, ['akademisi', 'bisnis', 'komunitas', 'pemerintah', 'media']);
    const { agent } = await signedInAgent(rig.srv.url, 'planner');
    const ctx = await rig.browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    await ctx.addCookies([{ name: 'rembuk_sid', value: agent.cookies.get('rembuk_sid')!, url: rig.srv.url }]);
    const page = await ctx.newPage();
    const errors = watchErrors(page);
    await page.goto(`${rig.srv.url}/forums/${forumId}/themes`);
    await page.getByText('Belum ada sintesis').waitFor();
    await page.getByLabel('Jumlah tema').selectOption('4');
    await page.getByRole('button', { name: 'Jalankan sintesis' }).click();
    const card = page.locator('#roadmap-card');
    await card.getByRole('heading', { name: 'Matriks peta jalan' }).waitFor({ timeout: 60_000 });

    const grid = card.getByRole('table', { name: 'Matriks peta jalan' });
    const total = await grid.locator('tfoot td').last().textContent();
    expect(Number(total)).to.equal(FORUM_SUGGESTIONS.length);
    expect(await grid.getByRole('rowheader').allTextContents()).to.include.members(['SDM Kreatif', 'Jumlah']);
    // the page itself never scrolls sideways: the grid does, inside its labelled region
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.page).to.be.at.most(widths.view);
    await screenshot(page, 'roadmap-phone-grid', false);

    const cell = grid.locator('button.cell').first();
    const label = (await cell.getAttribute('aria-label'))!;
    expect(label).to.match(/ × .+: \d+ usulan/);
    await cell.click();
    expect(await cell.getAttribute('aria-pressed')).to.equal('true');
    const detail = page.locator('#roadmap-detail');
    await detail.getByRole('heading', { name: label.split(':')[0]! }).waitFor();
    await detail.getByText('Aktor pentahelix:').waitFor();
    const themeLink = detail.getByRole('link').first();
    if (await themeLink.count()) {
      await themeLink.click();
      expect(await page.evaluate(() => location.hash)).to.match(/^#theme-/);
      await detail.scrollIntoViewIfNeeded();
    }
    await screenshot(page, 'roadmap-phone-cell', false);

    // an edit (hide a theme) reloads the matrix: that theme is named in no cell any more
    const firstTheme = page.locator('section.theme').first();
    const hiddenLabel = (await firstTheme.locator('h2').textContent())!;
    await firstTheme.getByRole('button', { name: 'Sembunyikan (derau)' }).click();
    await page.locator('section.theme.is-hidden').first().waitFor();
    await page.waitForFunction((name) => ![...document.querySelectorAll('#roadmap-card .roadmap-themes a')].some((a) => a.textContent === name), hiddenLabel);
    expect(errors, errors.join('\n')).to.deep.equal([]);
    await ctx.close();

    const desk = await rig.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await desk.addCookies([{ name: 'rembuk_sid', value: agent.cookies.get('rembuk_sid')!, url: rig.srv.url }]);
    const en = await desk.newPage();
    await en.goto(`${rig.srv.url}/forums/${forumId}/themes?lang=en`);
    await en.locator('#roadmap-card').getByRole('heading', { name: 'Road-map matrix' }).waitFor({ timeout: 30_000 });
    await en.locator('#roadmap-card').getByRole('columnheader', { name: 'Strategic issue / Subsector' }).waitFor();
    await en.locator('#roadmap-card').screenshot({ path: (await screenshot(en, 'roadmap-desktop-en-page')).replace('-page.png', '.png') });
    await desk.close();
    live.close();
  });
});

import { expect } from 'chai';
import { useDatabase } from '../harness/db.js';
import { useBrowserRig, screenshot, watchErrors } from '../harness/browser.js';
import { createStaff, signedInAgent } from '../harness/factories.js';
import { seededForum } from '../harness/live.js';

describe('planner reviews themes in a real browser', () => {
  useDatabase('e2e_themes');
  const rig = useBrowserRig({ SUBMIT_LIMIT_PER_MINUTE: '1000' });
  before(async () => {
    await createStaff({ role: 'admin' });
  });

  it('runs a synthesis with a progress bar, sees labelled themes with quotes, renames one and moves a suggestion', async function () {
    this.timeout(120_000);
    const { live, forumId } = await seededForum(rig.srv, ['komunitas', 'komunitas', 'komunitas']);

    const { agent } = await signedInAgent(rig.srv.url, 'planner');
    const ctx = await rig.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await ctx.addCookies([{ name: 'rembuk_sid', value: agent.cookies.get('rembuk_sid')!, url: rig.srv.url }]);
    const page = await ctx.newPage();
    const errors = watchErrors(page);
    await page.goto(`${rig.srv.url}/forums/${forumId}`);
    await page.getByRole('link', { name: 'Tema & sintesis' }).click();
    await page.getByText('Belum ada sintesis').waitFor();
    await page.getByLabel('Jumlah tema').selectOption('4');
    await page.getByRole('button', { name: 'Jalankan sintesis' }).click();
    await page.locator('#version-info', { hasText: 'Versi 1' }).waitFor({ timeout: 60_000 });
    const cards = page.locator('section.theme');
    expect(await cards.count()).to.be.within(3, 4);
    await page.locator('section.theme h2', { hasText: /Festival/i }).first().waitFor();
    expect(await page.locator('section.theme q').count()).to.be.greaterThan(3);

    const festival = page.locator('section.theme', { has: page.locator('h2', { hasText: /Festival/i }) }).first();
    page.once('dialog', (d) => void d.accept('Festival & Event Kota'));
    await festival.getByRole('button', { name: 'Ganti nama' }).click();
    await page.locator('section.theme h2', { hasText: 'Festival & Event Kota' }).waitFor();
    await page.locator('section.theme h2', { hasText: 'nama dari perencana' }).waitFor();

    const firstOther = page.locator('section.theme').filter({ hasNot: page.locator('h2', { hasText: 'Festival & Event Kota' }) }).first();
    await firstOther.locator('summary').click();
    const member = firstOther.locator('details li').first();
    const text = (await member.locator('label span').textContent())!;
    await member.getByRole('combobox').selectOption({ label: 'Festival & Event Kota' });
    await page.locator('section.theme', { has: page.locator('h2', { hasText: 'Festival & Event Kota' }) }).locator('details li', { hasText: text }).waitFor({ state: 'attached' });
    await screenshot(page, 'themes-planner-review');
    expect(errors, errors.join('\n')).to.deep.equal([]);
    await ctx.close();
    live.close();
  });
});

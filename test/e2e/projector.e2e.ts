import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { useDatabase } from '../harness/db.js';
import { useBrowserRig, screenshot, signedInPage } from '../harness/browser.js';
import { seededForum } from '../harness/live.js';

/**
 * The projector as a Zoom screen share shows it (1280 x 720): everything on one screen, the
 * current themes the moment it opens, a clear banner when the session pauses or closes, and the
 * same counts as the moderator's console.
 */
describe('projector in a 1280 x 720 screen share', () => {
  useDatabase('e2e_projector');
  const rig = useBrowserRig({ LIVE_THEMES_DEBOUNCE_MS: '200', SUBMIT_LIMIT_PER_MINUTE: '1000' });

  async function open(path: string, cookie: string, viewport = { width: 1280, height: 720 }, timezoneId?: string): Promise<{ page: Page; errors: string[] }> {
    const errors: string[] = [];
    const page = await signedInPage(rig, cookie, errors, { viewport, ...(timezoneId ? { timezoneId } : {}) });
    await page.goto(rig.srv.url + path);
    return { page, errors };
  }

  it('fits the screen, shows the themes at once, a banner when paused or closed, and the console counts', async function () {
    this.timeout(120_000);
    const { live } = await seededForum(rig.srv, ['akademisi', 'bisnis', 'komunitas', 'pemerintah', 'media']);
    const cookie = `rembuk_sid=${live.agent.cookies.get('rembuk_sid')}`;
    // Live themes were computed for the console while the suggestions came in.
    await new Promise<void>((resolve) => live.moderator.once('themes:live', () => resolve()));

    const { page, errors } = await open(`/sessions/${live.id}/projector`, cookie);
    const opened = Date.now();
    await page.locator('#proj-themes li').first().waitFor({ timeout: 3000 });
    const themesAfterMs = Date.now() - opened;
    await page.locator('#proj-feed li').first().waitFor();
    const size = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth }));
    console.log(`      projector: page ${size.width} x ${size.height} px at 1280 x 720; themes shown ${themesAfterMs} ms after the page loaded`);
    expect(size.height, 'no vertical scrolling').to.be.at.most(720);
    expect(size.width, 'no sideways scrolling').to.be.at.most(1280);
    for (const sel of ['.qr', '#proj-code', '#proj-themes li', '#proj-feed li', '[data-stat="participants"]']) {
      const box = await page.locator(sel).first().boundingBox();
      expect(box, sel).to.not.equal(null);
      expect(box!.y + box!.height, `${sel} is on screen`).to.be.at.most(720);
    }
    await screenshot(page, 'projector-1280x720', false);

    // A moderator whose laptop is set to another zone still reads the forum's times (WIB).
    const consolePage = await open(`/sessions/${live.id}`, cookie, { width: 1366, height: 768 }, 'America/New_York');
    await consolePage.page.locator('[data-stat="suggestions"]', { hasNotText: /^0$/ }).waitFor();
    await consolePage.page.locator('#f-status').selectOption('approved');
    const stamp = consolePage.page.locator('#queue time').first();
    const at = new Date((await stamp.getAttribute('datetime'))!);
    const wib = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Jakarta' }).format(at);
    expect(await stamp.textContent()).to.equal(wib);
    for (const stat of ['participants', 'suggestions']) {
      expect(await page.locator(`[data-stat="${stat}"]`).textContent(), stat).to.equal(await consolePage.page.locator(`[data-stat="${stat}"]`).textContent());
    }

    await rig.srv.services.sessions.control(live.id, 'pause', live.actor);
    await page.locator('#proj-banner', { hasText: 'dijeda' }).waitFor();
    await screenshot(page, 'projector-paused-1280x720', false);
    await rig.srv.services.sessions.control(live.id, 'close', live.actor);
    await page.locator('#proj-banner', { hasText: 'ditutup' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).to.be.at.most(720);
    await screenshot(page, 'projector-closed-1280x720', false);
    expect(errors).to.deep.equal([]);
    live.close();
  });
});

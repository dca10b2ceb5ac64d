import { expect } from 'chai';
import type { Page } from 'playwright-core';
import type { OwnView } from '../../server/suggestions/suggestion.presenter.js';
import { useDatabase } from '../harness/db.js';
import { useBrowserRig, PHONE, screenshot, watchErrors } from '../harness/browser.js';
import { signedInAgent } from '../harness/factories.js';
import { clientId, liveSession } from '../harness/live.js';
import { emitWithAck } from '../harness/socket.js';

type Submitted = { suggestion: OwnView };

describe('the audit log in a browser: readable on a laptop and a phone', () => {
  useDatabase('e2e_audit');
  const rig = useBrowserRig();
  let url = '';
  let cookie = '';

  before(async function () {
    this.timeout(60_000);
    const live = await liveSession(rig.srv);
    const sari = await live.participant({ displayName: 'Sari Wulandari', role: 'akademisi' });
    const anon = await live.participant();
    const send = async (socket: typeof sari.socket, text: string) => (await emitWithAck<Submitted>(socket, 'suggestion:submit', { clientId: clientId(), text })).suggestion.id;
    const training = await send(sari.socket, 'Pelatihan fotografi produk untuk UMKM kuliner');
    const long = await send(
      sari.socket,
      'Pemkot perlu menyediakan ruang kreatif bersama di setiap kecamatan yang buka sampai malam, lengkap dengan internet cepat, studio rekam kecil dan ruang pamer, supaya komunitas musik, film dan desain punya tempat berkarya tanpa biaya sewa yang memberatkan https://contoh.id/usulan/ruang-kreatif-bersama-kecamatan',
    );
    const dup = await send(anon.socket, 'Bikin co-working buat startup');
    const cowork = await send(anon.socket, 'Coworking space untuk startup');
    const gone = await send(anon.socket, 'Usulan yang ditarik lagi');
    const offtopic = await send(anon.socket, '<script>alert(1)</script> Jual pulsa murah');
    await emitWithAck(sari.socket, 'suggestion:edit', { id: training, text: 'Pelatihan fotografi produk bagi UMKM kuliner Malang' });
    await emitWithAck(anon.socket, 'suggestion:withdraw', { id: gone });
    await emitWithAck(live.moderator, 'mod:approve', { ids: [training, long, cowork] });
    await emitWithAck(live.moderator, 'mod:reject', { ids: [offtopic], reason: 'Promosi, di luar topik forum' });
    await emitWithAck(live.moderator, 'mod:edit', { id: cowork, text: 'Coworking space bagi startup lokal' });
    await emitWithAck(live.moderator, 'mod:merge', { id: dup, into: cowork });
    live.close();
    const planner = await signedInAgent(rig.srv.url, 'planner');
    cookie = planner.agent.cookieHeader();
    url = `${rig.srv.url}/sessions/${live.id}/audit`;
  });

  async function open(viewport: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
    const ctx = await rig.browser.newContext({ viewport });
    await ctx.addCookies(cookie.split('; ').map((c) => ({ name: c.split('=')[0]!, value: c.slice(c.indexOf('=') + 1), url: rig.srv.url })));
    const page = await ctx.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    await page.locator('table.audit').waitFor();
    return { page, errors };
  }

  /** Nothing wider than the window, and no cell whose text is cut off. */
  async function expectNothingClipped(page: Page): Promise<void> {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'page scrolls sideways').to.be.at.most(0);
    const clipped = await page.$$eval('table.audit td, .audit-filters *', (els) =>
      els.filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible').map((el) => el.textContent?.trim().slice(0, 40)),
    );
    expect(clipped).to.deep.equal([]);
    const outside = await page.$$eval('table.audit td', (tds) => tds.filter((td) => td.getBoundingClientRect().right > window.innerWidth + 1).length);
    expect(outside, 'cells past the right edge').to.equal(0);
  }

  it('at 1366x768: four columns, verbs, texts and WIB times, nothing clipped', async function () {
    this.timeout(60_000);
    const { page, errors } = await open({ width: 1366, height: 768 });
    expect(await page.locator('tbody tr').count()).to.equal(10);
    const text = await page.locator('table.audit').innerText();
    expect(text).to.contain('menolak (alasan: Promosi, di luar topik forum)');
    expect(text).to.contain('<script>alert(1)</script> Jual pulsa murah');
    expect(text).to.contain('Peserta anonim');
    expect(text).to.match(/WIB/);
    await expectNothingClipped(page);
    await screenshot(page, 'audit-1366x768', false);
    await screenshot(page, 'audit-1366x768-full');
    expect(errors).to.deep.equal([]);
  });

  it('at 390x844 (phone): one card per entry, nothing clipped; the filter works', async function () {
    this.timeout(60_000);
    const { page, errors } = await open(PHONE);
    await expectNothingClipped(page);
    await screenshot(page, 'audit-390x844', false);
    await screenshot(page, 'audit-390x844-full');
    await page.locator('select[name=action]').selectOption('suggestion.edit');
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await page.waitForURL(/action=suggestion.edit/);
    expect(await page.locator('tbody tr').count()).to.equal(2);
    await expectNothingClipped(page);
    await screenshot(page, 'audit-390x844-filtered');
    expect(errors).to.deep.equal([]);
  });
});

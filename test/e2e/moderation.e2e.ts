import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { Suggestion } from '../../server/suggestions/suggestion.model.js';
import type { OwnView } from '../../server/suggestions/suggestion.presenter.js';
import { FORUM_SUGGESTIONS } from '../fixtures/forum-suggestions.js';
import { useDatabase } from '../harness/db.js';
import { useBrowserRig, PHONE, screenshot, signedInPage } from '../harness/browser.js';
import { clientId, liveSession } from '../harness/live.js';
import { emitWithAck } from '../harness/socket.js';

/**
 * The console does what the moderator meant: Cancel/Esc on the reject dialog rejects nothing, bulk
 * actions touch only what is on screen and say how many, closing asks first, focus follows the
 * list after `a`, and the layout fits a 1366x768 laptop and a phone.
 */
describe('moderator console in a real browser: no silent misfires', () => {
  useDatabase('e2e_moderation');
  const rig = useBrowserRig();
  const errors: string[] = [];

  const consolePage = (cookie: string, viewport: { width: number; height: number }): Promise<Page> => signedInPage(rig, cookie, errors, { viewport });

  /** A live session with 14 suggestions from two phones, the first 6 already approved. */
  async function seeded() {
    const live = await liveSession(rig.srv, { settings: { categories: ['Fotografi', 'Kuliner'] } });
    const phones = [await live.participant({ displayName: 'Rina', role: 'komunitas' }), await live.participant({ role: 'bisnis' })];
    const ids: string[] = [];
    for (const [i, s] of FORUM_SUGGESTIONS.slice(0, 14).entries()) {
      const res = await emitWithAck<{ suggestion: OwnView }>(phones[i % 2]!.socket, 'suggestion:submit', { clientId: clientId(), text: s.text });
      ids.push(res.suggestion.id);
    }
    await emitWithAck(live.moderator, 'mod:approve', { ids: ids.slice(0, 6) });
    const cookie = `rembuk_sid=${live.agent.cookies.get('rembuk_sid')}`;
    return { live, ids, cookie };
  }

  const statuses = async (ids: string[]) => (await Suggestion.find({ _id: { $in: ids } }).lean()).map((s) => s.status);
  const count = (list: string[], status: string) => list.filter((s) => s === status).length;

  it('Cancel and Esc on the reject dialog reject nothing; a bulk reject hits only the selected suggestions on screen and says how many', async function () {
    this.timeout(120_000);
    const { live, ids, cookie } = await seeded();
    const mod = await consolePage(cookie, { width: 1366, height: 768 });
    await mod.goto(`${rig.srv.url}/sessions/${live.id}`);
    await mod.locator('#queue li[data-status="pending"]').nth(7).waitFor();

    // Newest first by default: the last one sent is on top.
    expect(await mod.locator('#queue li .text').first().textContent()).to.equal(FORUM_SUGGESTIONS[13]!.text);
    await screenshot(mod, 'moderation-console-1366x768', false);
    const aboveFold = await mod.locator('#queue li').evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().bottom <= window.innerHeight).length);
    expect(aboveFold, 'rows fully visible at 1366x768').to.be.at.least(5);

    // One row: Reject, then Cancel -> still waiting. Reject, then Esc -> still waiting.
    const first = mod.locator('#queue li').first();
    const firstId = (await first.getAttribute('data-id'))!;
    await first.getByRole('button', { name: 'Tolak' }).click();
    const dialog = mod.getByRole('dialog', { name: 'Tolak 1 usulan?' });
    await dialog.waitFor();
    await dialog.getByLabel('Alasan penolakan (opsional)').fill('di luar topik');
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await first.getByRole('button', { name: 'Tolak' }).click();
    await dialog.waitFor();
    await mod.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await mod.waitForTimeout(300); // a misfire would be on its way by now
    expect((await Suggestion.findById(firstId))?.status).to.equal('pending');

    // Select all under "all statuses" (14), then show only waiting ones: 8 count, not 14.
    await mod.getByLabel('Status').selectOption('');
    await mod.locator('#queue li').nth(13).waitFor();
    await mod.getByLabel('Pilih semua yang tampil').check();
    await mod.locator('#selected-count', { hasText: '14 dipilih' }).waitFor();
    await mod.locator('#bulk-reject', { hasText: 'Tolak terpilih (14)' }).waitFor();
    // The 6 approved ones the filter now hides are no longer selected: 8 left, the bulk buttons say so.
    await mod.getByLabel('Status').selectOption('pending');
    await mod.locator('#selected-count', { hasText: '8 dipilih' }).waitFor();
    await mod.locator('#bulk-reject', { hasText: 'Tolak terpilih (8)' }).waitFor();
    expect(await mod.getByLabel('Pilih semua yang tampil').isChecked()).to.equal(true);
    // Showing everything again does not bring the hidden selections back.
    await mod.getByLabel('Status').selectOption('');
    await mod.locator('#selected-count', { hasText: '8 dipilih' }).waitFor();
    await mod.locator('#bulk-approve', { hasText: 'Setujui terpilih (8)' }).waitFor();
    await mod.getByLabel('Status').selectOption('pending');

    // Bulk reject: Esc first (nothing happens), then with a reason.
    await mod.locator('#bulk-reject').click();
    const bulkDialog = mod.getByRole('dialog', { name: 'Tolak 8 usulan?' });
    await bulkDialog.waitFor();
    await mod.keyboard.press('Escape');
    await bulkDialog.waitFor({ state: 'hidden' });
    expect(count(await statuses(ids), 'rejected')).to.equal(0);
    await mod.locator('#bulk-reject').click();
    await bulkDialog.getByLabel('Alasan penolakan (opsional)').fill('Sudah dibahas sesi lalu');
    await bulkDialog.getByRole('button', { name: 'Tolak' }).click();
    await mod.locator('#console-notice', { hasText: '8 usulan ditolak.' }).waitFor();
    const after = await statuses(ids);
    expect({ rejected: count(after, 'rejected'), approved: count(after, 'approved') }).to.deep.equal({ rejected: 8, approved: 6 });
    await mod.locator('#queue li', { hasText: 'Tidak ada usulan' }).waitFor();
    live.close();
    await mod.context().close();
  });

  it('asks before closing, moves focus to the next row after `a`, and fits a phone without sideways scrolling', async function () {
    this.timeout(120_000);
    const { live, ids, cookie } = await seeded();
    const mod = await consolePage(cookie, { width: 1366, height: 768 });
    await mod.goto(`${rig.srv.url}/sessions/${live.id}`);
    await mod.locator('#queue li[data-status="pending"]').nth(7).waitFor();

    // Keyboard: j to the first row, a approves it, focus lands on the row that took its place.
    await mod.locator('body').click({ position: { x: 5, y: 5 } });
    await mod.keyboard.press('j');
    const top = (await mod.locator('#queue li.focused').getAttribute('data-id'))!;
    const second = (await mod.locator('#queue li').nth(1).getAttribute('data-id'))!;
    await mod.keyboard.press('a');
    await mod.locator(`#queue li[data-id="${top}"]`).waitFor({ state: 'detached' });
    await mod.waitForFunction((id) => (document.activeElement as HTMLElement | null)?.dataset.id === id, second);
    await mod.keyboard.press('a');
    await mod.locator(`#queue li[data-id="${second}"]`).waitFor({ state: 'detached' });
    expect(count(await statuses(ids), 'approved')).to.equal(8);

    // Tutup asks first; Batal keeps the session live.
    await mod.getByRole('button', { name: 'Tutup', exact: true }).click();
    const confirm = mod.getByRole('dialog', { name: 'Tutup sesi ini?' });
    await confirm.waitFor();
    await confirm.getByRole('button', { name: 'Batal' }).click();
    await mod.waitForTimeout(300);
    expect((await rig.srv.services.sessions.load(live.id)).status).to.equal('live');
    await mod.getByRole('button', { name: 'Tutup', exact: true }).click();
    await confirm.getByRole('button', { name: 'Ya, tutup sesi' }).click();
    await mod.locator('#status-badge', { hasText: 'Ditutup' }).waitFor();

    // Merge mode: the rows offer only "merge here", not every button.
    await mod.getByLabel('Status').selectOption('');
    const rows = mod.locator('#queue li');
    await rows.nth(13).waitFor();
    await rows.nth(2).getByRole('button', { name: 'Duplikat…' }).click();
    await mod.locator('#merge-bar').waitFor();
    expect(await rows.nth(3).locator('button').allTextContents()).to.deep.equal(['Gabungkan ke sini']);
    await screenshot(mod, 'moderation-console-merge-1366x768', false);
    await mod.keyboard.press('Escape');
    await mod.locator('#merge-bar').waitFor({ state: 'hidden' });

    const phone = await consolePage(cookie, PHONE);
    await phone.goto(`${rig.srv.url}/sessions/${live.id}`);
    await phone.getByLabel('Status').selectOption('');
    await phone.locator('#queue li').nth(13).waitFor();
    const widths = await phone.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll, 'no sideways scroll on a phone').to.be.at.most(widths.client);
    await screenshot(phone, 'moderation-console-phone', false);
    await screenshot(phone, 'moderation-console-phone-full');
    expect(errors, errors.join('\n')).to.deep.equal([]);
    live.close();
  });
});

import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { Suggestion } from '../../server/suggestions/suggestion.model.js';
import { Forum } from '../../server/forums/forum.model.js';
import { useDatabase } from '../harness/db.js';
import { useBrowserRig, PHONE, screenshot, watchErrors } from '../harness/browser.js';
import { createStaff, signedInAgent } from '../harness/factories.js';

describe('a live session in real browsers: phone, moderator console, projector', () => {
  useDatabase('e2e_live');
  const rig = useBrowserRig();
  let code = '';
  let sessionId = '';
  const errors: string[] = [];

  async function page(viewport: { width: number; height: number }, cookie?: string): Promise<Page> {
    const ctx = await rig.browser.newContext({ viewport });
    if (cookie) {
      const [name, value] = cookie.split('=') as [string, string];
      await ctx.addCookies([{ name, value, url: rig.srv.url }]);
    }
    const p = await ctx.newPage();
    errors.push(...watchErrors(p));
    p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    return p;
  }

  before(async () => {
    await createStaff({ role: 'admin' });
  });

  it('participant joins by code on a phone and submits; moderator approves; feed, projector and votes update live; the outbox survives going offline and a reload', async function () {
    this.timeout(120_000);
    const { agent, staff } = await signedInAgent(rig.srv.url, 'moderator');
    const actor = { id: staff.id, name: 'Moderator', email: staff.email, role: 'moderator' as const };
    const forum = await Forum.create({ title: 'Road Map Ekonomi Kreatif Kota Malang 2026-2030', createdBy: staff.id });
    const session = await rig.srv.services.sessions.create(String(forum._id), { title: 'Malang Digital Reunion', prompts: ['Apa yang paling dibutuhkan pelaku ekonomi kreatif Malang?'] }, actor);
    sessionId = String(session._id);
    code = session.joinCode;
    await rig.srv.services.sessions.control(sessionId, 'open', actor);
    const staffCookie = `rembuk_sid=${agent.cookies.get('rembuk_sid')}`;

    const mod = await page({ width: 1366, height: 900 }, staffCookie);
    await mod.goto(`${rig.srv.url}/sessions/${sessionId}`);
    await mod.locator('#status-badge', { hasText: 'Berlangsung' }).waitFor();
    const projector = await page({ width: 1280, height: 720 }, staffCookie);
    await projector.goto(`${rig.srv.url}/sessions/${sessionId}/projector`);

    // A participant on a phone types the code on the home page.
    const phone = await page(PHONE);
    await phone.goto(rig.srv.url + '/');
    await phone.getByLabel('Kode sesi').fill(code.toLowerCase());
    await phone.getByRole('button', { name: 'Masuk sesi' }).click();
    await phone.waitForURL(new RegExp(`/j/${code}$`));
    await phone.getByLabel('Nama (opsional)').fill('Rina');
    await phone.getByLabel('Anda mewakili (opsional)').selectOption('komunitas');
    await phone.getByRole('checkbox').check();
    await phone.getByRole('button', { name: 'Mulai' }).click();
    await phone.locator('#prompt-text', { hasText: 'paling dibutuhkan' }).waitFor();
    const evil = '<img src=x onerror=alert(1)> Pelatihan developer game untuk SMK';
    await phone.getByLabel('Usulan Anda').fill(evil);
    await phone.getByRole('button', { name: 'Kirim usulan' }).click();
    await phone.locator('#mine li', { hasText: 'menunggu moderasi' }).waitFor();
    expect(await phone.locator('#mine .text').first().textContent()).to.equal(evil);
    await screenshot(phone, 'live-participant-submitted-phone');

    // The moderator sees it at once, as text, and approves it.
    const item = mod.locator('#queue li', { hasText: 'Pelatihan developer game' });
    await item.waitFor();
    expect(await item.locator('.text').textContent()).to.equal(evil);
    expect(await mod.locator('#queue img').count()).to.equal(0);
    await mod.locator('[data-stat="pending"]', { hasText: '1' }).waitFor();
    await screenshot(mod, 'live-moderator-console');
    await item.getByRole('button', { name: 'Setujui' }).click();
    await phone.locator('#mine li', { hasText: 'ditampilkan' }).waitFor();
    await phone.locator('#feed li', { hasText: 'Pelatihan developer game' }).waitFor();
    await projector.locator('#proj-feed li', { hasText: 'Pelatihan developer game' }).waitFor();
    await projector.locator('#cloud .word', { hasText: 'developer' }).waitFor();
    await projector.locator('[data-stat="participants"]', { hasText: '1' }).waitFor();

    // A second phone supports it; everyone sees the count.
    const phone2 = await page(PHONE);
    await phone2.goto(`${rig.srv.url}/j/${code}`);
    await phone2.getByRole('checkbox').check();
    await phone2.getByRole('button', { name: 'Mulai' }).click();
    const vote = phone2.locator('#feed li', { hasText: 'Pelatihan developer game' }).getByRole('button', { name: /Dukung/ });
    await vote.click();
    await phone2.locator('#feed li button[aria-pressed="true"]', { hasText: '1 dukungan' }).waitFor();
    await phone.locator('#feed li', { hasText: '1 dukungan' }).waitFor();
    await projector.locator('#proj-feed li', { hasText: '▲ 1' }).waitFor();
    // Highlighting (from the list of all suggestions) puts it on the projector's yellow card.
    await mod.getByLabel('Status').selectOption('');
    await mod.locator('#queue li', { hasText: 'Pelatihan developer game' }).getByRole('button', { name: 'Sorot' }).click();
    await projector.locator('#proj-feed li.highlighted').waitFor();

    // Offline: the suggestion waits in the outbox, survives a reload, and goes out when back online.
    await phone.context().setOffline(true);
    await phone.locator('body[data-connection="offline"]').waitFor({ timeout: 15_000 });
    await phone.locator('#conn-banner', { hasText: 'Koneksi terputus' }).waitFor();
    await phone.getByLabel('Usulan Anda').fill('Festival musik indie di alun-alun tiap tahun');
    await phone.getByRole('button', { name: 'Kirim usulan' }).click();
    await phone.locator('#mine li', { hasText: 'menunggu koneksi' }).waitFor();
    await screenshot(phone, 'live-participant-offline-phone');
    const waiting = await phone.evaluate((c) => localStorage.getItem(`rembuk:outbox:${c}`), code);
    expect(waiting).to.contain('Festival musik indie');
    expect(await Suggestion.countDocuments({ text: /Festival musik indie/ })).to.equal(0);
    await phone.context().setOffline(false);
    await phone.reload();
    await phone.locator('#mine li', { hasText: 'Festival musik indie' }).filter({ hasText: 'menunggu moderasi' }).waitFor({ timeout: 20_000 });
    expect(await Suggestion.countDocuments({ text: /Festival musik indie/ })).to.equal(1);
    expect(await phone.evaluate((c) => localStorage.getItem(`rembuk:outbox:${c}`), code)).to.equal('[]');
    await mod.locator('#queue li', { hasText: 'Festival musik indie' }).waitFor();

    // Keyboard: j moves to the first suggestion shown, a approves it.
    await mod.getByLabel('Status').selectOption('pending');
    await mod.locator('#queue li', { hasText: 'Festival musik indie' }).waitFor();
    await mod.locator('body').click({ position: { x: 5, y: 5 } });
    await mod.keyboard.press('j');
    await mod.locator('#queue li.focused', { hasText: 'Festival musik indie' }).waitFor();
    await mod.keyboard.press('a');
    await phone.locator('#mine li', { hasText: 'Festival musik indie' }).filter({ hasText: 'ditampilkan' }).waitFor();

    // Pausing tells the phone at once.
    await mod.getByRole('button', { name: 'Jeda' }).click();
    await phone.locator('#session-banner', { hasText: 'dijeda' }).waitFor();
    await mod.getByRole('button', { name: 'Buka' }).click();
    await phone.locator('#session-banner').waitFor({ state: 'hidden' });

    // The room's feed changes arrive together, a moment later (feed:changes, every 250 ms at most).
    await phone.locator('#feed li', { hasText: 'Festival musik indie' }).waitFor();
    await projector.locator('#proj-feed li', { hasText: 'Festival musik indie' }).waitFor();
    await screenshot(phone, 'live-participant-feed-phone');
    await screenshot(projector, 'live-projector-1280x720');
    await screenshot(mod, 'live-moderator-console-after');
    // Only the expected console noise: the offline spell's failed connections.
    const unexpected = errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|WebSocket|socket\.io/i.test(e));
    expect(unexpected, unexpected.join('\n')).to.deep.equal([]);
  });

  it('speaks English on the participant page when switched', async () => {
    const phone = await page(PHONE);
    await phone.goto(`${rig.srv.url}/j/${code}?lang=en`);
    await phone.getByRole('button', { name: 'Start' }).waitFor();
    await phone.getByText('I agree that my suggestions are recorded').waitFor();
    await screenshot(phone, 'live-participant-join-en-phone');
  });
});

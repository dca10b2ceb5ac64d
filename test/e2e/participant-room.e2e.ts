import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { Forum } from '../../server/forums/forum.model.js';
import { Participant } from '../../server/participants/participant.model.js';
import { Suggestion } from '../../server/suggestions/suggestion.model.js';
import { reportRequestSchema } from '../../server/reports/report.filters.js';
import { useDatabase } from '../harness/db.js';
import { useBrowserRig, PHONE, watchErrors } from '../harness/browser.js';
import { createStaff, signedInAgent } from '../harness/factories.js';

const LAPTOP = { width: 1366, height: 768 };

/**
 * A TCP relay in front of the server that can go dark: bytes on open connections are dropped
 * silently and new connections refused, as when a phone walks out of coverage. Nothing is closed,
 * so only a heartbeat can tell (stopping the server would reset the connection and be noticed at once).
 */
async function darkableRelay(targetPort: number) {
  let dark = false;
  const server = net.createServer((client) => {
    if (dark) return client.destroy();
    const upstream = net.connect(targetPort, '127.0.0.1');
    client.on('data', (d) => void (dark || upstream.write(d)));
    upstream.on('data', (d) => void (dark || client.write(d)));
    for (const [a, b] of [[client, upstream], [upstream, client]] as const) {
      a.on('error', () => undefined);
      a.on('close', () => b.destroy());
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setDark: (on: boolean) => void (dark = on),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
const SHOTS = '/tmp/shots';
type Viewport = { width: number; height: number };

describe('the participant room in a browser: waiting room, wrong/paused/closed pages', () => {
  useDatabase('e2e_participant_room');
  const rig = useBrowserRig();
  const errors: string[] = [];
  let actor = { id: '', name: 'Moderator', email: 'm@example.org', role: 'moderator' as const };

  async function page(viewport: Viewport): Promise<Page> {
    const ctx = await rig.browser.newContext({ viewport });
    const p = await ctx.newPage();
    errors.push(...watchErrors(p));
    return p;
  }

  /** A screenshot into /tmp/shots, after checking the page does not scroll sideways. */
  async function shot(p: Page, name: string): Promise<void> {
    const { scroll, inner } = await p.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
    expect(scroll, `${name}: sideways scroll`).to.be.at.most(inner);
    await mkdir(SHOTS, { recursive: true });
    await p.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  }

  async function newSession(title: string, forumTitle = 'Road Map Ekonomi Kreatif Kota Malang 2026-2030') {
    const forum = await Forum.create({ title: forumTitle, createdBy: actor.id });
    const s = await rig.srv.services.sessions.create(String(forum._id), { title, prompts: ['Apa yang paling dibutuhkan pelaku ekonomi kreatif?'] }, actor);
    return { id: String(s._id), code: s.joinCode, forumId: String(forum._id) };
  }

  before(async () => {
    const staff = await createStaff({ role: 'moderator' });
    actor = { ...actor, id: staff.id, email: staff.email };
  });

  for (const [label, viewport] of [['phone', PHONE], ['laptop', LAPTOP]] as const) {
    it(`the waiting room opens by itself when the moderator presses Buka (${label})`, async function () {
      this.timeout(60_000);
      const s = await newSession(`Sesi tunggu ${label}`);
      const p = await page(viewport);
      await p.goto(`${rig.srv.url}/j/${s.code}`);
      await p.locator('#waiting', { hasText: 'Sesi belum dibuka' }).waitFor();
      await p.getByText('Road Map Ekonomi Kreatif Kota Malang').waitFor();
      expect(await p.locator('#join-form').isVisible()).to.equal(false);
      await shot(p, `room-waiting-${label}`);
      const openedAt = Date.now();
      await rig.srv.services.sessions.control(s.id, 'open', actor);
      await p.getByRole('button', { name: 'Mulai' }).waitFor({ timeout: 5000 });
      console.log(`      waiting room showed the form ${Date.now() - openedAt} ms after Buka (${label})`);
      expect(await p.locator('#waiting').isVisible()).to.equal(false);
      await shot(p, `room-opened-${label}`);
      await p.context().close();
    });

    it(`a wrong code, a paused and a closed session each have their page (${label})`, async function () {
      this.timeout(60_000);
      const p = await page(viewport);
      const wrong = await p.goto(`${rig.srv.url}/j/ABC234`);
      expect(wrong?.status()).to.equal(404);
      await p.locator('#not-found', { hasText: 'ABC234' }).waitFor();
      expect(await p.getByLabel('Kode sesi').inputValue()).to.equal('ABC234');
      await shot(p, `room-wrong-code-${label}`);

      const s = await newSession(`Sesi jeda ${label}`);
      await rig.srv.services.sessions.control(s.id, 'open', actor);
      await p.goto(`${rig.srv.url}/j/${s.code}`);
      await p.getByLabel('Nama (opsional)').fill('Rina');
      await p.getByRole('checkbox').check();
      await p.getByRole('button', { name: 'Mulai' }).click();
      await p.getByLabel('Usulan Anda').fill('Ruang kreatif gratis untuk komunitas musik di tiap kecamatan');
      await p.getByRole('button', { name: 'Kirim usulan' }).click();
      await p.locator('#mine li', { hasText: 'menunggu moderasi' }).waitFor();
      await rig.srv.services.sessions.control(s.id, 'pause', actor);
      await p.locator('#session-banner', { hasText: 'dijeda' }).waitFor();
      await shot(p, `room-paused-${label}`);
      await rig.srv.services.sessions.control(s.id, 'close', actor);
      await p.locator('#closed', { hasText: 'Sesi sudah ditutup' }).waitFor();
      await p.locator('#submit-card').waitFor({ state: 'hidden' });
      // After a reload the closed page still shows this phone its own suggestion and status.
      await p.reload();
      await p.locator('#closed', { hasText: 'Sesi sudah ditutup' }).waitFor();
      await p.locator('#mine li', { hasText: 'Ruang kreatif gratis' }).filter({ hasText: 'menunggu moderasi' }).waitFor();
      expect(await p.locator('#join-form').isVisible()).to.equal(false);
      await shot(p, `room-closed-${label}`);
      await p.context().close();
    });
  }

  it('one person across two sessions of a forum: the second form is filled in, and the report counts one person', async function () {
    this.timeout(90_000);
    const first = await newSession('Sesi pagi', 'Forum Satu Orang');
    const forum = await Forum.findById(first.forumId).lean();
    const s2 = await rig.srv.services.sessions.create(first.forumId, { title: 'Sesi siang', prompts: ['Apa lagi?'] }, actor);
    for (const id of [first.id, String(s2._id)]) {
      await rig.srv.services.sessions.updateSettings(id, { preModeration: false }, actor);
      await rig.srv.services.sessions.control(id, 'open', actor);
    }
    expect(forum?.title).to.equal('Forum Satu Orang');
    const p = await page(PHONE);
    await p.goto(`${rig.srv.url}/j/${first.code}`);
    await p.getByLabel('Nama (opsional)').fill('Dewi');
    await p.getByLabel('Anda mewakili (opsional)').selectOption('akademisi');
    await p.getByLabel('Organisasi (opsional)').fill('Universitas Brawijaya');
    await p.getByRole('checkbox').check();
    await p.getByRole('button', { name: 'Mulai' }).click();
    await p.getByLabel('Usulan Anda').fill('Pelatihan animasi untuk mahasiswa desain');
    await p.getByRole('button', { name: 'Kirim usulan' }).click();
    await p.locator('#mine li', { hasText: 'ditampilkan' }).waitFor();

    await p.goto(`${rig.srv.url}/j/${s2.joinCode}`);
    await p.locator('#p-known').waitFor();
    expect(await p.getByLabel('Nama (opsional)').inputValue()).to.equal('Dewi');
    expect(await p.getByLabel('Anda mewakili (opsional)').inputValue()).to.equal('akademisi');
    expect(await p.getByRole('checkbox').isChecked()).to.equal(true);
    await shot(p, 'room-known-person-phone');
    await p.getByLabel('Organisasi (opsional)').fill('Politeknik Negeri Malang');
    await p.getByRole('button', { name: 'Mulai' }).click();
    await p.getByLabel('Usulan Anda').fill('Ruang pamer karya mahasiswa di balai kota');
    await p.getByRole('button', { name: 'Kirim usulan' }).click();
    await p.locator('#mine li', { hasText: 'ditampilkan' }).waitFor();

    const joins = await Participant.find({ forumId: first.forumId }).sort({ createdAt: 1 }).lean();
    expect(joins.map((j) => j.organisation)).to.deep.equal(['Universitas Brawijaya', 'Politeknik Negeri Malang']);
    expect(String(joins[1]?.personId)).to.equal(String(joins[0]?.personId));
    const planner = { ...actor, role: 'planner' as const };
    const run = await rig.srv.services.themes.run(first.forumId, { k: 1 }, planner);
    const report = await rig.srv.services.reports.preview(first.forumId, reportRequestSchema.parse({ synthesisId: run.id }));
    expect(report.summary.participants, 'one person, two joins').to.equal(1);
    await p.context().close();
  });

  it('after a synthesis the closed page shows which theme each of my suggestions went to', async function () {
    this.timeout(90_000);
    const s = await newSession('Sesi tema', 'Forum Tema');
    await rig.srv.services.sessions.updateSettings(s.id, { preModeration: false }, actor);
    await rig.srv.services.sessions.control(s.id, 'open', actor);
    const p = await page(PHONE);
    await p.goto(`${rig.srv.url}/j/${s.code}`);
    await p.getByRole('checkbox').check();
    await p.getByRole('button', { name: 'Mulai' }).click();
    const texts = ['Pelatihan animasi untuk anak muda', 'Pelatihan desain grafis untuk pelajar SMK', 'Festival musik indie di alun-alun', 'Festival kuliner malam tiap bulan'];
    for (const text of texts) {
      await p.getByLabel('Usulan Anda').fill(text);
      await p.getByRole('button', { name: 'Kirim usulan' }).click();
      await p.locator('#mine li', { hasText: text }).filter({ hasText: 'ditampilkan' }).waitFor();
    }
    const run = await rig.srv.services.themes.run(s.forumId, { k: 2 }, { ...actor, role: 'planner' as const });
    await rig.srv.services.sessions.control(s.id, 'close', actor);
    await p.reload();
    await p.locator('#closed').waitFor();
    await p.locator('#mine .theme-of').first().waitFor();
    const shown = await p.locator('#mine .theme-of').allTextContents();
    const labels = run.edited.themes.filter((t) => !t.hidden).map((t) => `Masuk tema: ${t.label}`);
    expect(shown.length).to.be.greaterThan(0);
    for (const line of shown) expect(labels).to.include(line);
    await shot(p, 'room-closed-themes-phone');
    await p.setViewportSize(LAPTOP);
    await shot(p, 'room-closed-themes-laptop');
    await p.context().close();
  });

  it('the public results page: closed until staff choose a report on the forum page, then linked from the join page', async function () {
    this.timeout(90_000);
    const s = await newSession('Sesi hasil', 'Forum Hasil Publik');
    await rig.srv.services.sessions.updateSettings(s.id, { preModeration: false }, actor);
    await rig.srv.services.sessions.control(s.id, 'open', actor);
    const texts = ['Pelatihan animasi untuk anak muda', 'Pelatihan desain grafis untuk pelajar SMK', 'Festival musik indie di alun-alun', 'Festival kuliner malam tiap bulan'];
    const p = await page(PHONE);
    await p.goto(`${rig.srv.url}/j/${s.code}`);
    await p.getByRole('checkbox').check();
    await p.getByRole('button', { name: 'Mulai' }).click();
    for (const text of texts) {
      await p.getByLabel('Usulan Anda').fill(text);
      await p.getByRole('button', { name: 'Kirim usulan' }).click();
      await p.locator('#mine li', { hasText: text }).filter({ hasText: 'ditampilkan' }).waitFor();
    }
    const { agent } = await signedInAgent(rig.srv.url, 'planner');
    const run = await rig.srv.services.themes.run(s.forumId, { k: 2 }, { ...actor, role: 'planner' as const });
    expect((await agent.sendJson('POST', `/forums/${s.forumId}/reports`, { synthesisId: run.id })).status).to.equal(201);
    expect((await p.goto(`${rig.srv.url}/hasil/${s.forumId}`))?.status()).to.equal(404);

    // A planner opens it from the forum page.
    const staffCtx = await rig.browser.newContext({ viewport: LAPTOP });
    await staffCtx.addCookies([{ name: 'rembuk_sid', value: agent.cookies.get('rembuk_sid') ?? '', url: rig.srv.url }]);
    const staff = await staffCtx.newPage();
    await staff.goto(`${rig.srv.url}/forums/${s.forumId}`);
    await staff.getByLabel('Laporan yang ditampilkan untuk umum').selectOption({ index: 1 });
    await staff.getByRole('button', { name: 'Simpan' }).click();
    await staff.getByRole('link', { name: 'Buka halaman hasil publik' }).waitFor();
    await shot(staff, 'results-staff-choice-laptop');
    await staffCtx.close();

    await p.goto(`${rig.srv.url}/j/${s.code}`);
    await p.getByRole('link', { name: 'Lihat hasil forum ini' }).click();
    await p.locator('#public-themes li').first().waitFor();
    expect(await p.locator('#public-themes li').count()).to.equal(run.edited.themes.filter((t) => !t.hidden).length);
    await p.getByRole('link', { name: 'Unduh laporan (PDF)' }).waitFor();
    await shot(p, 'results-public-phone');
    await p.setViewportSize(LAPTOP);
    await shot(p, 'results-public-laptop');
    await p.context().close();
  });

  for (const [label, viewport] of [['phone', PHONE], ['laptop', LAPTOP]] as const) {
    it(`the draft survives a reload; a silent network loss is noticed within ~5 s, with the outbox count, and sent on reconnect (${label})`, async function () {
      this.timeout(90_000);
      const s = await newSession(`Sesi sinyal ${label}`);
      await rig.srv.services.sessions.updateSettings(s.id, { preModeration: false }, actor);
      await rig.srv.services.sessions.control(s.id, 'open', actor);
      const relay = await darkableRelay(Number(new URL(rig.srv.url).port));
      try {
        const p = await page(viewport);
        await p.goto(`${relay.url}/j/${s.code}`);
        await p.getByRole('checkbox').check();
        await p.getByRole('button', { name: 'Mulai' }).click();
        await p.getByLabel('Usulan Anda').fill('Draf: kredit usaha untuk pelaku kriya rotan');
        await p.reload();
        await p.locator('#submit-card').waitFor();
        expect(await p.getByLabel('Usulan Anda').inputValue()).to.equal('Draf: kredit usaha untuk pelaku kriya rotan');
        await p.getByRole('button', { name: 'Kirim usulan' }).click();
        await p.locator('#mine li', { hasText: 'kredit usaha' }).filter({ hasText: 'ditampilkan' }).waitFor();
        await p.reload();
        await p.locator('#mine li', { hasText: 'kredit usaha' }).waitFor();
        expect(await p.getByLabel('Usulan Anda').inputValue(), 'a sent draft is not restored').to.equal('');

        await p.waitForTimeout(1000); // somewhere between two heartbeats
        relay.setDark(true);
        const darkAt = Date.now();
        await p.locator('body[data-connection="offline"]').waitFor({ timeout: 30_000 });
        const detectedMs = Date.now() - darkAt;
        console.log(`      offline noticed ${detectedMs} ms after the network went silent (${label})`);
        expect(detectedMs).to.be.below(6000);
        for (const t of ['Festival kuliner malam di Kayutangan', 'Pelatihan foto produk untuk UMKM']) {
          await p.getByLabel('Usulan Anda').fill(t);
          await p.getByRole('button', { name: 'Kirim usulan' }).click();
        }
        await p.locator('#outbox-count', { hasText: '2 usulan belum terkirim' }).waitFor();
        await p.locator('#mine li', { hasText: 'menunggu koneksi' }).first().waitFor();
        await shot(p, `room-offline-outbox-${label}`);

        relay.setDark(false);
        const backAt = Date.now();
        await p.locator('#outbox-count').waitFor({ state: 'hidden', timeout: 30_000 });
        console.log(`      outbox of 2 delivered ${Date.now() - backAt} ms after the network came back (${label})`);
        expect(await Suggestion.countDocuments({ sessionId: s.id, text: /Festival kuliner|foto produk/ })).to.equal(2);

        // When the browser itself knows it is offline, the page says so at once.
        await p.context().setOffline(true);
        const offAt = Date.now();
        await p.locator('body[data-connection="offline"]').waitFor({ timeout: 10_000 });
        console.log(`      browser offline event noticed in ${Date.now() - offAt} ms (${label})`);
        await p.context().setOffline(false);
        await p.locator('body[data-connection="online"]').waitFor({ timeout: 15_000 });
        await p.context().close();
      } finally {
        await relay.close();
      }
    });
  }

  after(() => {
    const unexpected = errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|WebSocket|socket\.io|404/i.test(e));
    expect(unexpected, unexpected.join('\n')).to.deep.equal([]);
  });
});

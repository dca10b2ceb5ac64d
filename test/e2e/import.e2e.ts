import { mkdirSync } from 'node:fs';
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { Suggestion } from '../../server/suggestions/suggestion.model.js';
import { useDatabase } from '../harness/db.js';
import { useBrowserRig, PHONE, signedInPage } from '../harness/browser.js';
import { liveSession } from '../harness/live.js';
import { FIRST_EXPORT, whatsappExport } from '../imports/upload.js';

const SHOTS = '/tmp/shots';

/** A planner's import in a real browser: upload -> preview -> restore a row -> confirm -> the cards in the moderator console. */
describe('import page in a real browser', () => {
  useDatabase('e2e_import');
  const rig = useBrowserRig();
  const errors: string[] = [];

  const pageAs = (cookie: string, viewport: { width: number; height: number }): Promise<Page> => signedInPage(rig, cookie, errors, { viewport });

  const file = { name: 'WhatsApp Chat dengan Forum Ekraf.txt', mimeType: 'text/plain', buffer: Buffer.from(whatsappExport(FIRST_EXPORT)) };

  it('uploads a WhatsApp export, previews every row with its reason, imports into a session, and the moderator sees the cards marked as imported', async function () {
    this.timeout(120_000);
    mkdirSync(SHOTS, { recursive: true });
    const live = await liveSession(rig.srv);
    const cookie = `rembuk_sid=${live.agent.cookies.get('rembuk_sid')}`;
    const forumId = String(live.session.forumId);

    const page = await pageAs(cookie, { width: 1366, height: 768 });
    await page.goto(`${rig.srv.url}/forums/${forumId}`);
    await page.getByRole('link', { name: 'Impor masukan' }).click();
    await page.getByLabel('Berkas (boleh beberapa; maks. 20 MB per berkas)').setInputFiles(file);
    await page.getByRole('button', { name: 'Pratinjau' }).click();
    await page.locator('#preview-rows tr').nth(4).waitFor();
    expect(await page.locator('#preview-summary').textContent()).to.include('5 pesan dibaca, 3 akan diimpor, 2 dilewati');
    expect(await page.locator('#preview-rows tr[data-index="0"] td').last().textContent()).to.equal('salam');

    // The planner restores the greeting row: 4 to import.
    await page.getByLabel('Impor baris 1', { exact: true }).check();
    await page.getByRole('button', { name: 'Impor 4 masukan' }).waitFor();
    // ... and corrects a typo in another row's text.
    await page.getByRole('button', { name: 'Ubah teks baris 2' }).click();
    await page.getByRole('textbox', { name: 'Ubah teks baris 2' }).fill('Usul: co-working space untuk komunitas kreatif di tiap kecamatan');
    await page.getByRole('textbox', { name: 'Ubah teks baris 2' }).blur();
    expect(await page.locator('#preview-rows tr[data-index="1"] td.text').textContent()).to.include('Usul: co-working space untuk');
    await page.getByLabel('Masukkan ke sesi').selectOption(live.id);
    await page.getByLabel('Saya sudah memeriksa persetujuan para pengirim').check();
    await page.screenshot({ path: `${SHOTS}/import-preview-1366x768.png`, fullPage: true });
    await page.getByRole('button', { name: 'Impor 4 masukan' }).click();
    await page.waitForURL(/\/import\?done=/);
    expect(await page.locator('#import-done').textContent()).to.include('4 masukan diimpor ke sesi "Malang Digital Reunion"');
    expect(await page.locator('table.imports tbody tr').count()).to.equal(1);
    await page.screenshot({ path: `${SHOTS}/import-done-1366x768.png`, fullPage: true });

    await page.getByRole('link', { name: 'Buka konsol moderator' }).click();
    await page.locator('#queue li').nth(3).waitFor();
    const badges = await page.locator('#queue li .badge.source').allTextContents();
    expect(badges).to.deep.equal(Array(4).fill('impor: WhatsApp'));
    await page.screenshot({ path: `${SHOTS}/import-console-1366x768.png` });
    expect(await Suggestion.countDocuments({ sessionId: live.id, source: 'whatsapp', status: 'pending' })).to.equal(4);
    expect(await Suggestion.countDocuments({ sessionId: live.id, text: 'Usul: co-working space untuk komunitas kreatif di tiap kecamatan' })).to.equal(1);

    // A phone: the same page fits and previews.
    const phone = await pageAs(cookie, PHONE);
    await phone.goto(`${rig.srv.url}/forums/${forumId}/import`);
    await phone.locator('#import-files').setInputFiles(file);
    await phone.locator('#import-preview').click();
    await phone.locator('#preview-rows tr').nth(4).waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'no sideways scrolling of the page at 390 px').to.be.at.most(0);
    await phone.screenshot({ path: `${SHOTS}/import-preview-390x844.png`, fullPage: true });
    expect(errors).to.deep.equal([]);
    live.close();
  });
});

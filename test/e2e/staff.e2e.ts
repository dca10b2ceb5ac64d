import { expect } from 'chai';
import { useDatabase } from '../harness/db.js';
import { useBrowserRig, PHONE, screenshot, watchErrors } from '../harness/browser.js';

describe('staff pages in a real browser', () => {
  useDatabase('e2e_staff');
  const rig = useBrowserRig();

  it('first admin sets up, sees the live connection, adds a moderator; the moderator is kept out of admin pages', async () => {
    const admin = await rig.browser.newContext({ viewport: PHONE });
    const page = await admin.newPage();
    const errors = watchErrors(page);

    await page.goto(rig.srv.url + '/');
    expect(new URL(page.url()).pathname).to.equal('/setup');
    await screenshot(page, 'staff-setup-phone');
    await page.getByLabel('Nama').fill('Ani Bappeda');
    await page.getByLabel('Email').fill('ani@bappeda.id');
    await page.getByLabel('Kata sandi').fill('sandi-yang-panjang');
    await page.getByRole('button', { name: 'Buat admin' }).click();
    await page.getByRole('heading', { name: 'Selamat datang, Ani Bappeda' }).waitFor();
    // The bundled browser code connects over Socket.IO under the strict CSP and checks identity.
    await page.locator('#live-status[data-state="connected"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('#live-status').textContent()).to.equal('terhubung');
    await screenshot(page, 'staff-home-phone');

    await page.getByRole('link', { name: 'Akun staf' }).click();
    await page.getByLabel('Nama', { exact: true }).last().fill('Budi <Moderator>');
    await page.locator('#new-email').fill('budi@bappeda.id');
    await page.locator('#new-role').selectOption('moderator');
    await page.locator('#new-password').fill('sandi-budi-123');
    await page.getByRole('button', { name: 'Tambah akun staf' }).click();
    await page.getByRole('status').filter({ hasText: 'Akun budi@bappeda.id dibuat.' }).waitFor();
    expect(await page.locator('tr[data-user-email="budi@bappeda.id"] td').first().textContent()).to.contain('Budi <Moderator>');
    await screenshot(page, 'staff-admin-users-phone');

    await page.getByTestId('lang-switch').click();
    await page.getByRole('heading', { name: 'Staff accounts' }).waitFor();
    await page.setViewportSize({ width: 1280, height: 720 });
    await screenshot(page, 'staff-admin-users-en-desktop');
    expect(errors, errors.join('\n')).to.deep.equal([]);

    const mod = await rig.browser.newContext({ viewport: PHONE });
    const mp = await mod.newPage();
    const modErrors = watchErrors(mp);
    await mp.goto(rig.srv.url + '/');
    // Anonymous visitors get the participants' join form, with a link for staff.
    await mp.getByLabel('Kode sesi').waitFor();
    await mp.getByRole('link', { name: 'Masuk sebagai staf' }).click();
    await mp.waitForURL(/\/login$/);
    await mp.getByLabel('Email').fill('budi@bappeda.id');
    await mp.getByLabel('Kata sandi').fill('salah-sekali');
    await mp.getByRole('button', { name: 'Masuk' }).click();
    await mp.getByRole('alert').filter({ hasText: 'Email atau kata sandi salah.' }).waitFor();
    await screenshot(mp, 'staff-login-error-phone');
    await mp.getByLabel('Kata sandi').fill('sandi-budi-123');
    await mp.getByRole('button', { name: 'Masuk' }).click();
    await mp.getByRole('heading', { name: 'Selamat datang, Budi <Moderator>' }).waitFor();
    expect(await mp.getByRole('link', { name: 'Akun staf' }).count()).to.equal(0);
    const res = await mp.goto(rig.srv.url + '/admin/users');
    expect(res?.status()).to.equal(403);
    await mp.getByRole('button', { name: 'Keluar' }).click();
    await mp.waitForURL(/\/login$/);
    // The 401 (wrong password) and 403 page loads log "failed to load resource"; nothing else may.
    expect(modErrors.filter((e) => !/status of 40[13]/.test(e)), modErrors.join('\n')).to.deep.equal([]);
    await admin.close();
    await mod.close();
  });
});

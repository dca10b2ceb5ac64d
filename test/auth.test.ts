import { expect } from 'chai';
import { User } from '../server/auth/user.model.js';
import { useDatabase, clearCollections } from './harness/db.js';
import { startTestServer, type TestServer } from './harness/server.js';
import { Agent } from './harness/http.js';
import { createStaff, signedInAgent } from './harness/factories.js';

describe('staff accounts over HTTP', () => {
  useDatabase('auth');
  let srv: TestServer;
  before(async () => {
    srv = await startTestServer({ LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '10' });
  });
  after(() => srv.close());

  describe('first admin setup', () => {
    before(clearCollections);

    it('sends visitors to the setup page while no admin exists, and creates exactly one admin', async () => {
      const a = new Agent(srv.url);
      const home = await a.get('/');
      expect(home.status).to.equal(302);
      expect(home.headers.get('location')).to.equal('/setup');
      const page = await a.get('/setup');
      expect(page.text).to.contain('Siapkan admin pertama');

      const bad = await a.postForm('/setup', { name: 'Ani', email: 'ani@bappeda.id', password: 'pendek' });
      expect(bad.status).to.equal(400);
      expect(bad.text).to.contain('password: must be at least 10 characters');
      expect(bad.text).to.contain('value="ani@bappeda.id"');

      const ok = await a.postForm('/setup', { name: 'Ani', email: 'Ani@Bappeda.id', password: 'sandi-yang-panjang' });
      expect(ok.status).to.equal(303);
      const dash = await a.get('/');
      expect(dash.status).to.equal(200);
      expect(dash.text).to.contain('Selamat datang, Ani');

      const again = await new Agent(srv.url).postForm('/setup', { name: 'Eve', email: 'eve@x.id', password: 'sandi-yang-panjang' });
      expect(again.status).to.equal(404);
      expect((await new Agent(srv.url).get('/setup')).status).to.equal(404);
      expect(await User.countDocuments({ role: 'admin' })).to.equal(1);
      expect((await User.findOne({ role: 'admin' }))?.email).to.equal('ani@bappeda.id');
    });
  });

  describe('sign-in', () => {
    before(async () => {
      await clearCollections();
      await createStaff({ role: 'admin', email: 'admin@bappeda.id' });
    });

    it('signs in with the right password and out again', async () => {
      const staff = await createStaff({ role: 'planner' });
      const a = new Agent(srv.url);
      const res = await a.postForm('/login', { email: staff.email.toUpperCase(), password: staff.password });
      expect(res.status).to.equal(303);
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('rembuk_sid='));
      expect(cookie).to.match(/HttpOnly/).and.match(/SameSite=Lax/);
      expect((await a.get('/')).status).to.equal(200);
      expect((await a.postForm('/logout', {})).status).to.equal(303);
      expect((await a.get('/admin/users')).headers.get('location')).to.equal('/login');
      expect((await a.get('/')).text).to.contain('Ikut forum');
    });

    it('refuses a wrong password or unknown email with the same message', async () => {
      const staff = await createStaff();
      const wrong = await new Agent(srv.url).postForm('/login', { email: staff.email, password: 'salah-sekali' });
      const unknown = await new Agent(srv.url).postForm('/login', { email: 'nobody@x.id', password: 'salah-sekali' });
      expect(wrong.status).to.equal(401);
      expect(unknown.status).to.equal(401);
      expect(wrong.text).to.contain('Email atau kata sandi salah.');
      expect(unknown.text).to.contain('Email atau kata sandi salah.');
      expect(wrong.text).to.contain(`value="${staff.email}"`);
    });

    it('throttles wrong passwords per account and address instead of locking the account', async () => {
      const staff = await createStaff();
      for (let i = 0; i < 3; i++) {
        expect((await new Agent(srv.url).sendJson('POST', '/login', { email: staff.email, password: 'salah-salah' })).status).to.equal(401);
      }
      const fourth = await new Agent(srv.url).sendJson('POST', '/login', { email: staff.email, password: staff.password });
      expect(fourth.status).to.equal(429);
      expect(fourth.headers.get('retry-after')).to.match(/^\d+$/);
      expect(fourth.json<{ error: { id: string } }>().error.id).to.equal('rate_limited');
      // Other accounts from the same address are not affected.
      const other = await createStaff();
      expect((await new Agent(srv.url).sendJson('POST', '/login', { email: other.email, password: other.password })).status).to.equal(200);
    });

    it('refuses a disabled account', async () => {
      const staff = await createStaff({ disabled: true });
      expect((await new Agent(srv.url).postForm('/login', { email: staff.email, password: staff.password })).status).to.equal(401);
    });

    it('rejects a login form without a valid CSRF token', async () => {
      const staff = await createStaff();
      const a = new Agent(srv.url);
      const missing = await a.postForm('/login', { email: staff.email, password: staff.password }, { csrf: false });
      expect(missing.status).to.equal(403);
      expect(missing.text).to.contain('Formulir kedaluwarsa');
      const forged = await a.postForm('/login', { email: staff.email, password: staff.password }, { csrf: 'A'.repeat(43) });
      expect(forged.status).to.equal(403);
      const noCookie = new Agent(srv.url);
      noCookie.csrfToken = a.csrfToken; // a token stolen from another browser is useless without its cookie
      expect((await noCookie.postForm('/login', { email: staff.email, password: staff.password })).status).to.equal(403);
    });

    it('rate-limits login attempts per IP address', async function () {
      this.timeout(60_000);
      const fresh = await startTestServer();
      try {
        const a = new Agent(fresh.url);
        const statuses: number[] = [];
        for (let i = 0; i < 21; i++) {
          statuses.push((await a.sendJson('POST', '/login', { email: `nobody${i}@x.id`, password: 'x' })).status);
        }
        expect(statuses.slice(0, 20).every((s) => s === 401)).to.equal(true);
        const limited = await a.sendJson('POST', '/login', { email: 'nobody@x.id', password: 'x' });
        expect(limited.status).to.equal(429);
        expect(limited.headers.get('retry-after')).to.match(/^\d+$/);
        expect(limited.json<{ error: { id: string } }>().error.id).to.equal('rate_limited');
      } finally {
        await fresh.close();
      }
    });
  });

  describe('roles and the admin page', () => {
    before(clearCollections);

    it('sends anonymous visitors to sign-in and refuses other roles', async () => {
      await createStaff({ role: 'admin' });
      expect((await new Agent(srv.url).get('/admin/users')).headers.get('location')).to.equal('/login');
      const anon = await new Agent(srv.url).get('/api/admin/users');
      expect(anon.status).to.equal(401);
      expect(anon.json<{ error: { id: string } }>().error.id).to.equal('unauthenticated');
      for (const role of ['moderator', 'planner'] as const) {
        const { agent } = await signedInAgent(srv.url, role);
        const res = await agent.get('/admin/users');
        expect(res.status, role).to.equal(403);
        expect(res.text).to.contain('tidak memiliki izin');
      }
    });

    it('lets an admin create staff, change a role and disable an account, which signs it out', async () => {
      const { agent } = await signedInAgent(srv.url, 'admin');
      const created = await agent.postForm('/admin/users', { name: 'Budi <b>', email: 'budi@bappeda.id', role: 'moderator', password: 'sandi-budi-123' });
      expect(created.status).to.equal(201);
      expect(created.text).to.contain('Budi &lt;b&gt;').and.not.contain('Budi <b>');
      const dup = await agent.postForm('/admin/users', { name: 'B2', email: 'BUDI@bappeda.id', role: 'planner', password: 'sandi-budi-123' });
      expect(dup.status).to.equal(409);

      const budi = new Agent(srv.url);
      expect((await budi.postForm('/login', { email: 'budi@bappeda.id', password: 'sandi-budi-123' })).status).to.equal(303);
      const id = String((await User.findOne({ email: 'budi@bappeda.id' }))!._id);

      const promoted = await agent.sendJson('PATCH', `/api/admin/users/${id}`, { role: 'planner' });
      expect(promoted.status).to.equal(200);
      expect(promoted.json<{ user: { role: string } }>().user.role).to.equal('planner');
      expect((await budi.get('/forums')).headers.get('location')).to.equal('/login');

      const disabled = await agent.postForm(`/admin/users/${id}`, { disabled: 'true' });
      expect(disabled.status).to.equal(200);
      expect((await User.findById(id))?.disabled).to.equal(true);
      expect((await budi.postForm('/login', { email: 'budi@bappeda.id', password: 'sandi-budi-123' })).status).to.equal(401);
    });

    it('refuses to demote the last active admin, and rejects bad input clearly', async () => {
      await clearCollections();
      const { agent, staff } = await signedInAgent(srv.url, 'admin');
      const res = await agent.sendJson('PATCH', `/api/admin/users/${staff.id}`, { role: 'planner' });
      expect(res.status).to.equal(409);
      expect(res.json<{ error: { detail: string } }>().error.detail).to.contain('last active admin');
      const badRole = await agent.sendJson('PATCH', `/api/admin/users/${staff.id}`, { role: 'superuser' });
      expect(badRole.status).to.equal(400);
      expect(badRole.json<{ error: { detail: string } }>().error.detail).to.match(/^role:/);
      expect((await agent.sendJson('PATCH', '/api/admin/users/not-an-id', { role: 'planner' })).status).to.equal(404);
      const badEmail = await agent.sendJson('POST', '/api/admin/users', { name: 'X', email: 'bukan-email', role: 'planner', password: 'panjang-sekali' });
      expect(badEmail.json<{ error: { detail: string } }>().error.detail).to.equal('email: must be an email address');
    });
  });
});

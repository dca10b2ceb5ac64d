import { expect } from 'chai';
import { useDatabase } from './harness/db.js';
import { startTestServer, type TestServer } from './harness/server.js';
import { Agent } from './harness/http.js';
import { createStaff, signedInAgent } from './harness/factories.js';

type ErrorJson = { error: { id: string; message: string; detail?: string } };

describe('HTTP basics and bad input', () => {
  useDatabase('http');
  let srv: TestServer;
  before(async () => {
    srv = await startTestServer({ BODY_LIMIT_KB: '2' });
    await createStaff({ role: 'admin' });
  });
  after(() => srv.close());

  it('/healthz reports the database as up', async () => {
    const res = await new Agent(srv.url).get('/healthz');
    expect(res.status).to.equal(200);
    expect(res.json()).to.deep.include({ status: 'ok' });
    expect(res.json<{ db: { state: string } }>().db.state).to.equal('up');
  });

  it('sends security headers with a strict Content-Security-Policy', async () => {
    const res = await new Agent(srv.url).get('/login');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).to.contain("default-src 'self'").and.contain("script-src 'self'").and.contain("frame-ancestors 'none'");
    expect(csp).not.to.contain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).to.equal('nosniff');
    expect(res.headers.get('x-powered-by')).to.equal(null);
  });

  it('answers unknown routes with 404: a page for browsers, the error vocabulary for JSON', async () => {
    const page = await new Agent(srv.url).get('/tidak-ada');
    expect(page.status).to.equal(404);
    expect(page.headers.get('content-type')).to.contain('text/html');
    expect(page.text).to.contain('Halaman atau data tidak ditemukan.');
    const json = await new Agent(srv.url).get('/api/tidak-ada', { accept: 'application/json' });
    expect(json.status).to.equal(404);
    expect(json.json<ErrorJson>()).to.deep.equal({ error: { id: 'not_found', message: 'Halaman atau data tidak ditemukan.' } });
  });

  it('speaks English when asked, and remembers it', async () => {
    const a = new Agent(srv.url);
    const en = await a.get('/tidak-ada?lang=en');
    expect(en.text).to.contain('Page or data not found.');
    expect(en.text).to.contain('<html lang="en">');
    const again = await a.get('/api/nothing', { accept: 'application/json' });
    expect(again.json<ErrorJson>().error.message).to.equal('Page or data not found.');
  });

  it('rejects malformed JSON with a clear error', async () => {
    const res = await new Agent(srv.url).sendJson('POST', '/login', null, { raw: '{"email": "a@b.id", ' });
    expect(res.status).to.equal(400);
    expect(res.json<ErrorJson>().error).to.deep.equal({ id: 'malformed_json', message: 'Data yang dikirim bukan JSON yang valid.' });
  });

  it('rejects oversized bodies with 413, JSON or form', async () => {
    const a = new Agent(srv.url);
    const big = 'x'.repeat(4096);
    const json = await a.sendJson('POST', '/login', { email: 'a@b.id', password: big });
    expect(json.status).to.equal(413);
    expect(json.json<ErrorJson>().error.id).to.equal('payload_too_large');
    const form = await a.postForm('/login', { email: 'a@b.id', password: big });
    expect(form.status).to.equal(413);
    expect(form.text).to.contain('terlalu besar');
  });

  it('rejects a JSON login with wrong types as a validation error', async () => {
    const res = await new Agent(srv.url).sendJson('POST', '/login', { email: ['a'], password: 5 });
    expect(res.status).to.equal(400);
    expect(res.json<ErrorJson>().error).to.deep.include({ id: 'validation_failed' });
    expect(res.json<ErrorJson>().error.detail).to.match(/^email:/);
  });

  it('requires the CSRF token on JSON requests too', async () => {
    const { agent } = await signedInAgent(srv.url, 'admin');
    const res = await agent.sendJson('POST', '/api/admin/users', { name: 'X', email: 'x@x.id', role: 'planner', password: 'panjang-sekali' }, { csrf: 'wrong' });
    expect(res.status).to.equal(403);
    expect(res.json<ErrorJson>().error.id).to.equal('csrf_invalid');
  });

  it('serves the bundled browser code and styles itself (no CDN)', async () => {
    const a = new Agent(srv.url);
    const js = await a.get('/build/app.js');
    expect(js.status).to.equal(200);
    expect(js.headers.get('content-type')).to.contain('javascript');
    expect((await a.get('/css/app.css')).status).to.equal(200);
    const page = await a.get('/login');
    expect(page.text).not.to.match(/(src|href)="https?:\/\//);
  });

  it('keeps serving after all of the above', async () => {
    expect((await new Agent(srv.url).get('/healthz')).status).to.equal(200);
  });
});

/**
 * First run without a database to keep data: the in-memory fallback says so at boot (one line,
 * no stack trace), on /healthz and to signed-in staff; an offline machine does not wait on a
 * mongod download; a taken port leaves no database process behind.
 */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { mongodUnavailable } from '../server/db/mongod-source.js';
import { ROOT } from '../server/paths.js';
import { useDatabase } from './harness/db.js';
import { signedInAgent } from './harness/factories.js';
import { Agent } from './harness/http.js';
import { freePort, kill } from './harness/process.js';
import { startTestServer, type TestServer } from './harness/server.js';

/** Pids of live processes whose environment carries `mark` (children inherit it). */
async function processesMarked(mark: string): Promise<number[]> {
  const pids: number[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const env = await readFile(`/proc/${name}/environ`, 'latin1').catch(() => '');
    if (env.includes(mark)) pids.push(Number(name));
  }
  return pids;
}

describe('in-memory database: said loudly', () => {
  useDatabase('memory_database');
  let srv: TestServer;
  before(async () => {
    srv = await startTestServer({}, { persistent: false });
  });
  after(() => srv.close());

  it('/healthz says persistence is memory', async () => {
    const res = await new Agent(srv.url).get('/healthz');
    expect(res.status).to.equal(200);
    expect(res.json()).to.deep.include({ status: 'ok', persistence: 'memory' });
  });

  it('signed-in staff pages carry the banner; the sign-in page does not', async () => {
    expect((await new Agent(srv.url).get('/login')).text).to.not.contain('data-testid="memory-db"');
    const { agent } = await signedInAgent(srv.url, 'planner');
    const home = await agent.get('/');
    expect(home.text).to.contain('data-testid="memory-db"').and.contain('MONGODB_URI').and.contain('Data tidak tersimpan permanen');
  });

  it('a persistent database shows no banner and says disk', async () => {
    const disk = await startTestServer();
    try {
      expect((await new Agent(disk.url).get('/healthz')).json()).to.deep.include({ persistence: 'disk' });
      const { agent } = await signedInAgent(disk.url, 'planner');
      expect((await agent.get('/')).text).to.not.contain('data-testid="memory-db"');
    } finally {
      await disk.close();
    }
  });
});

describe('embedded mongod: offline is noticed at once', () => {
  let host: Server;
  let hostUrl: string;
  before(async () => {
    host = createHttpServer((_req, res) => res.writeHead(403).end());
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostUrl = `http://127.0.0.1:${(host.address() as { port: number }).port}`;
  });
  after(() => host.close());
  const notDownloaded = async () => undefined;

  it('gives a one-line reason within the probe timeout when the download host cannot be reached', async () => {
    const t0 = performance.now();
    const reason = await mongodUnavailable({ locate: notDownloaded, mirror: async () => 'http://fastdl.rembuk-offline.invalid', timeoutMs: 1500 });
    expect(performance.now() - t0).to.be.below(2000);
    expect(reason).to.match(/^mongod is not downloaded and http:\/\/fastdl\.rembuk-offline\.invalid cannot be reached \(\w+\): offline\?$/);
  });

  it('lets the download go ahead when the host answers at all, or when mongod is on disk', async () => {
    expect(await mongodUnavailable({ locate: notDownloaded, mirror: async () => hostUrl })).to.equal(null);
    expect(await mongodUnavailable({ locate: async () => '/opt/mongod', mirror: async () => 'http://fastdl.rembuk-offline.invalid' })).to.equal(null);
  });
});

/** The real server as its own process, all output collected, with `mark` in its environment. */
function runServer(env: Record<string, string>) {
  const mark = randomUUID();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', HOST: '127.0.0.1', MONGODB_URI: '', DATA_DIR: `/tmp/rembuk-memdb-${mark}`, REMBUK_TEST_MARK: mark, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { text: '' };
  child.stdout.on('data', (c: Buffer) => (output.text += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output.text += c.toString()));
  child.once('exit', () => void rm(`/tmp/rembuk-memdb-${mark}`, { recursive: true, force: true }));
  return { child, output, mark: `REMBUK_TEST_MARK=${mark}` };
}

describe('server process: first run without a database', function () {
  this.timeout(60_000);

  it('offline, skips the mongod download at once and boots on jongodb with one warning line, no stack trace', async () => {
    const port = await freePort();
    // No mongod on disk (an empty download dir) and a download host that cannot resolve.
    const { child, output } = runServer({ PORT: String(port), EMBEDDED_DB: 'auto', MONGOMS_DOWNLOAD_DIR: '/nonexistent/rembuk-mongod-binaries', MONGOMS_DOWNLOAD_URL: 'http://fastdl.rembuk-offline.invalid/linux/mongodb-linux-x86_64-debian12-8.2.6.tgz' });
    const t0 = performance.now();
    try {
      let health: unknown;
      while (!health && performance.now() - t0 < 30_000 && child.exitCode === null) {
        health = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.json()).catch(() => undefined);
        if (!health) await new Promise((r) => setTimeout(r, 100));
      }
      const seconds = (performance.now() - t0) / 1000;
      expect(health, output.text).to.deep.include({ persistence: 'memory' });
      const started = (engine: string) => (JSON.parse(output.text.split('\n').find((l) => l.includes('"starting embedded database"') && l.includes(`"engine":"${engine}"`))!) as { time: number }).time;
      const mongodGaveUpMs = started('jongodb') - started('mongod');
      console.log(`      offline with no mongod: gave up on mongod in ${mongodGaveUpMs} ms; healthy ${seconds.toFixed(1)} s after spawn (tsx start included)`);
      expect(mongodGaveUpMs).to.be.below(3000);
    } finally {
      await kill(child, 'SIGTERM');
    }
    expect(output.text.split('\n').filter((l) => l.includes('ALL DATA IS LOST ON EXIT'))).to.have.length(1);
    expect(output.text).to.contain('cannot be reached').and.not.match(/\n\s+at /);
  });

  it('exits with one clear line when the port is taken, leaving no database process behind', async () => {
    const blocker = createNetServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const { child, output, mark } = runServer({ PORT: String(port), EMBEDDED_DB: 'jongodb' });
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect(code).to.equal(1);
      expect(output.text).to.contain(`Port ${port} on 127.0.0.1 is already in use`).and.not.match(/\n\s+at /);
      await new Promise((r) => setTimeout(r, 300));
      expect(await processesMarked(mark)).to.deep.equal([]);
    } finally {
      blocker.close();
    }
  });
});

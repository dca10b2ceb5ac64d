import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { Forum } from '../../server/forums/forum.model.js';
import { ImportRecord } from '../../server/imports/import.model.js';
import { Suggestion } from '../../server/suggestions/suggestion.model.js';
import { useDatabase, testDbUri } from '../harness/db.js';
import { FIRST_EXPORT, whatsappExport } from './upload.js';

const run = promisify(execFile);
const cli = (args: string[], env: Record<string, string> = {}) =>
  run(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], { env: { ...process.env, LOG_LEVEL: 'silent', ...env }, timeout: 60_000 });

/** npm run import: the dry run's JSON lines are the contract other tools read; a real run stores through the same service. */
describe('imports: the command line', () => {
  const db = useDatabase('import_cli');
  const dir = mkdtempSync(path.join(tmpdir(), 'rembuk-import-'));
  const file = path.join(dir, 'WhatsApp Chat.txt');
  writeFileSync(file, whatsappExport(FIRST_EXPORT) + '20/11/26 19.30 - Dewi: Festival film pendek tahunan,\nlibatkan komunitas sineas kampus\n');

  it('--dry-run --json prints one object per message in file order, then the summary, without a database', async function () {
    this.timeout(60_000);
    const { stdout } = await cli([file, '--dry-run', '--json'], { MONGODB_URI: 'mongodb://127.0.0.1:1/' });
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const summary = lines.pop();
    expect(lines).to.have.length(6);
    expect(lines[1]).to.deep.equal({ at: '2026-11-20T19:02:00+07:00', author: 'Budi Santoso', text: FIRST_EXPORT[1]![2], keep: true, why: null });
    expect(lines[0]).to.include({ keep: false, why: 'greeting' });
    expect(lines[5]).to.include({ author: 'Dewi', text: 'Festival film pendek tahunan,\nlibatkan komunitas sineas kampus' });
    expect(summary).to.deep.equal({ summary: { read: 6, kept: 4, skipped: 2, format: 'whatsapp' } });
    // Another zone moves the offset, not the wall-clock time written in the file.
    const { stdout: wita } = await cli([file, '--dry-run', '--json', '--tz', 'Asia/Makassar']);
    expect(JSON.parse(wita.split('\n')[1]!)).to.include({ at: '2026-11-20T19:02:00+08:00' });
  });

  it("reads a Zoom chat's day from the folder Zoom saved it in, when --date is not given", async function () {
    this.timeout(60_000);
    const folder = path.join(dir, '2026-11-20 19.02.11 Malang Digital Reunion 81234567890');
    mkdirSync(folder);
    const chat = path.join(folder, 'meeting_saved_chat.txt');
    writeFileSync(chat, '19:05:12 From Budi Santoso to Everyone:\n\tUsul: inkubator startup di tiap kecamatan\n');
    const { stdout } = await cli([chat, '--dry-run', '--json']);
    expect(JSON.parse(stdout.split('\n')[0]!)).to.include({ at: '2026-11-20T19:05:12+07:00', author: 'Budi Santoso' });
  });

  it('refuses bad arguments with a usage line and exit code 2', async function () {
    this.timeout(60_000);
    const err = await cli([file, '--forum', 'abc']).catch((e: { code: number; stderr: string }) => e);
    expect(err).to.include({ code: 2 });
    expect((err as { stderr: string }).stderr).to.match(/usage: npm run import/);
  });

  it('imports into a new session of the forum, and a second run adds nothing', async function () {
    this.timeout(90_000);
    const forum = await Forum.create({ title: 'Forum CLI', createdBy: '000000000000000000000001' });
    const env = { MONGODB_URI: `${testDbUri().replace(/\/?$/, '/')}${db.name}` };
    const first = await cli([file, '--forum', String(forum._id), '--new-session', 'Grup WA, 20 Nov', '--json'], env);
    const result = JSON.parse(first.stdout.trim()) as { sessionId: string; imported: number };
    expect(result.imported).to.equal(4);
    const again = await cli([file, '--forum', String(forum._id), '--session', result.sessionId, '--json'], env);
    expect(JSON.parse(again.stdout.trim())).to.include({ imported: 0, kept: 4 });
    expect(await Suggestion.countDocuments({ sessionId: result.sessionId, source: 'whatsapp' })).to.equal(4);
    expect(await ImportRecord.countDocuments({ forumId: forum._id })).to.equal(2);
  });
});

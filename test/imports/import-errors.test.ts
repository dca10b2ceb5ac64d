import { expect } from 'chai';
import { Forum } from '../../server/forums/forum.model.js';
import { ImportRecord } from '../../server/imports/import.model.js';
import { Participant } from '../../server/participants/participant.model.js';
import { Suggestion } from '../../server/suggestions/suggestion.model.js';
import { Session } from '../../server/sessions/session.model.js';
import { useDatabase } from '../harness/db.js';
import { startTestServer, type TestServer } from '../harness/server.js';
import { signedInAgent } from '../harness/factories.js';
import type { Agent, TestResponse } from '../harness/http.js';
import { FIRST_EXPORT, uploadPreview, whatsappExport } from './upload.js';

const errorOf = (res: TestResponse) => res.json<{ error: { id: string; message: string; detail?: string } }>().error;

describe('imports: bad input gets a clear error and creates nothing', () => {
  useDatabase('import-errors');
  let srv: TestServer;
  let agent: Agent;
  let forumId = '';

  before(async () => {
    srv = await startTestServer();
    const signedIn = await signedInAgent(srv.url, 'moderator');
    agent = signedIn.agent;
    forumId = String((await Forum.create({ title: 'Forum', createdBy: signedIn.staff.id }))._id);
  });
  after(async () => srv.close());

  const cases: [string, { name: string; data: string | Buffer }[], Record<string, string>, number, string][] = [
    ['an empty file', [{ name: 'kosong.txt', data: '' }], {}, 422, 'import_empty'],
    ['a binary file (PNG)', [{ name: 'foto.txt', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]) }], {}, 422, 'import_binary'],
    ['a file over 20 MB', [{ name: 'besar.txt', data: Buffer.alloc(21 * 1024 * 1024, 'a') }], {}, 413, 'import_too_large'],
    ['a text file in no known format', [{ name: 'catatan.txt', data: 'Catatan rapat\nhadir semua\n' }], {}, 422, 'import_unknown_format'],
    ['a sheet with no text column', [{ name: 'nilai.csv', data: 'Timestamp,Nilai\n2026/11/20 7:02:11 PM GMT+7,5\n2026/11/20 7:03:11 PM GMT+7,4\n' }], {}, 422, 'import_no_text_column'],
    ['bytes that are not one encoding', [{ name: 'campur.csv', data: Buffer.concat([Buffer.from('Nama,Usulan\nAni,Pelatihan desain – kriya\n'), Buffer.from([0x42, 0x75, 0x64, 0x69, 0x2c, 0xe9, 0x74, 0xe9, 0x0a])]) }], {}, 422, 'import_encoding'],
    ['no file', [], {}, 400, 'validation_failed'],
    ['an unknown format override', [{ name: 'chat.txt', data: whatsappExport(FIRST_EXPORT) }], { format: 'pdf' }, 400, 'validation_failed'],
    ['a malformed date', [{ name: 'chat.txt', data: whatsappExport(FIRST_EXPORT) }], { date: '20/11/2026' }, 400, 'validation_failed'],
    ['an unknown time zone', [{ name: 'chat.txt', data: whatsappExport(FIRST_EXPORT) }], { timeZone: 'Mars/Olympus' }, 400, 'validation_failed'],
    ['a mapping that is not JSON', [{ name: 'f.csv', data: 'Nama,Usulan\nAni,Pelatihan\n' }], { mapping: '{text:' }, 400, 'validation_failed'],
  ];
  for (const [what, files, fields, status, id] of cases) {
    it(`refuses ${what} with ${status} ${id}, in the page's language`, async () => {
      const res = await uploadPreview(agent, forumId, files, fields);
      expect(res.status, res.text).to.equal(status);
      const error = errorOf(res);
      expect(error.id).to.equal(id);
      expect(error.message).to.be.a('string').and.not.equal(id);
    });
  }

  it('says it in English when the page is in English', async () => {
    await agent.get(`/forums/${forumId}/import?lang=en`);
    const res = await uploadPreview(agent, forumId, [{ name: 'kosong.txt', data: '' }]);
    expect(errorOf(res).message).to.match(/empty/i);
    await agent.get(`/forums/${forumId}/import?lang=id`);
    expect(errorOf(await uploadPreview(agent, forumId, [{ name: 'kosong.txt', data: '' }])).message).to.match(/kosong/i);
  });

  it('refuses an upload without the CSRF token', async () => {
    const res = await uploadPreview(agent, forumId, [{ name: 'chat.txt', data: whatsappExport(FIRST_EXPORT) }], {}, { csrf: false });
    expect(res.status).to.equal(403);
  });

  it('refuses a confirm with an unknown preview, without a target, or into another forum\'s session', async () => {
    const unknown = await agent.sendJson('POST', `/forums/${forumId}/import/confirm`, { previewId: 'x'.repeat(22), newSessionTitle: 'Baru' });
    expect([unknown.status, errorOf(unknown).id]).to.deep.equal([410, 'import_preview_expired']);
    const res = await uploadPreview(agent, forumId, [{ name: 'chat.txt', data: whatsappExport(FIRST_EXPORT) }]);
    const { previewId } = res.json<{ preview: { previewId: string } }>().preview;
    const noTarget = await agent.sendJson('POST', `/forums/${forumId}/import/confirm`, { previewId });
    expect([noTarget.status, errorOf(noTarget).id]).to.deep.equal([400, 'validation_failed']);
    const otherSession = await agent.sendJson('POST', `/forums/${forumId}/import/confirm`, { previewId, sessionId: '0123456789abcdef01234567' });
    expect(otherSession.status).to.equal(404);
  });

  it('stored nothing for any of the refused requests', async () => {
    expect(await ImportRecord.countDocuments()).to.equal(0);
    expect(await Suggestion.countDocuments()).to.equal(0);
    expect(await Participant.countDocuments()).to.equal(0);
    expect(await Session.countDocuments()).to.equal(0);
  });
});

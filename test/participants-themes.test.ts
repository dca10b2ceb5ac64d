import { expect } from 'chai';
import type { JoinResult } from '../server/realtime/events.js';
import type { OwnView } from '../server/suggestions/suggestion.presenter.js';
import { themeLabels, themesOfOwn } from '../server/participants/own-themes.rules.js';
import { useDatabase } from './harness/db.js';
import { startTestServer, type TestServer } from './harness/server.js';
import { connectSocket, emitWithAck } from './harness/socket.js';
import { clientId, seededForum } from './harness/live.js';

describe('participants: where did my input go', () => {
  describe('rules (pure)', () => {
    const view = {
      edited: {
        themes: [
          { label: 'Pelatihan SDM kreatif', hidden: false, members: ['a', 'b'] },
          { label: 'Tersembunyi', hidden: true, members: ['c'] },
        ],
      },
    };

    it('gives each own suggestion its visible theme; a merged duplicate the theme of its target', () => {
      const labels = themeLabels(view);
      expect(themesOfOwn([{ id: 'a' }, { id: 'c' }, { id: 'x', mergedInto: 'b' }, { id: 'y' }], labels)).to.deep.equal({
        a: 'Pelatihan SDM kreatif',
        x: 'Pelatihan SDM kreatif',
      });
      expect(themeLabels(null).size).to.equal(0);
    });
  });

  describe('over Socket.IO', () => {
    useDatabase('participants_themes');
    let srv: TestServer;
    before(async function () {
      this.timeout(60_000);
      srv = await startTestServer({ SUBMIT_LIMIT_PER_MINUTE: '1000' });
    });
    after(() => srv.close());

    it('after a synthesis, a returning phone learns the theme each of its suggestions went to', async function () {
      this.timeout(60_000);
      const { live, forumId } = await seededForum(srv, ['akademisi', 'bisnis', 'komunitas']);
      const phone = await live.participant({ role: 'media' });
      expect(phone.join.themes, 'nothing before a synthesis').to.deep.equal({});
      const mine = (await emitWithAck<{ suggestion: OwnView }>(phone.socket, 'suggestion:submit', { clientId: clientId(), text: 'Pelatihan animasi dan desain grafis untuk anak muda' })).suggestion;
      const planner = { ...live.actor, role: 'planner' as const };
      const run = await srv.services.themes.run(forumId, { k: 4 }, planner);
      const holding = run.edited.themes.find((t) => t.members.includes(mine.id));
      expect(holding, 'the suggestion is in a theme').to.not.equal(undefined);

      const back = await connectSocket(srv.url);
      const again = await emitWithAck<JoinResult>(back, 'participant:join', { code: live.code, token: phone.join.token });
      expect(again.themes[mine.id]).to.equal(holding!.label);
      expect(Object.keys(again.themes), 'only its own suggestions').to.deep.equal([mine.id]);
      back.disconnect();
      live.close();
    });
  });
});

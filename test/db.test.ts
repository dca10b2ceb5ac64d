import { expect } from 'chai';
import mongoose from 'mongoose';
import { pino } from 'pino';
import { backoffMs, databaseNameOf, planDatabase } from '../server/db/plan.js';
import { startEmbedded, type EmbeddedDb } from '../server/db/embedded.js';
import { connectWithRetry } from '../server/db/connect.js';
import { parseConfig } from '../server/config/index.js';

const silent = pino({ level: 'silent' });
const quiet = { log: silent, dataDir: '/tmp', banner: () => {} };

describe('database selection', () => {
  it('uses MONGODB_URI when it is set', () => {
    const plan = planDatabase(parseConfig({ MONGODB_URI: 'mongodb://db.example:27017/rembuk' }));
    expect(plan).to.deep.equal({ kind: 'external', uri: 'mongodb://db.example:27017/rembuk' });
  });

  it('without MONGODB_URI plans the embedded mongod first, then jongodb, in DATA_DIR', () => {
    expect(planDatabase(parseConfig({ DATA_DIR: '/tmp/x' }))).to.deep.equal({
      kind: 'embedded',
      engines: ['mongod', 'jongodb'],
      dataDir: '/tmp/x',
    });
    expect(planDatabase(parseConfig({ EMBEDDED_DB: 'jongodb' }))).to.deep.include({ engines: ['jongodb'] });
  });

  it('reads the database name from a URI', () => {
    expect(databaseNameOf('mongodb://a:1,b:2/rembuk?replicaSet=rs')).to.equal('rembuk');
    expect(databaseNameOf('mongodb://user:p%40ss@host/')).to.equal(undefined);
    expect(databaseNameOf('mongodb+srv://cluster.example.net')).to.equal(undefined);
  });

  it('backs off exponentially up to a ceiling', () => {
    expect([1, 2, 3, 4, 10].map((n) => backoffMs(n))).to.deep.equal([250, 500, 1000, 2000, 5000]);
  });

  it('falls back to the next engine and reports every failure when none starts', async () => {
    const fake = (engine: 'mongod' | 'jongodb'): EmbeddedDb => ({ engine, uri: `mongodb://${engine}/`, persistent: engine === 'mongod', stop: async () => {} });
    const failing = async (): Promise<EmbeddedDb> => {
      throw new Error('download failed: no internet');
    };
    const db = await startEmbedded({ ...quiet, engines: ['mongod', 'jongodb'], starters: { mongod: failing, jongodb: async () => fake('jongodb') } });
    expect(db.engine).to.equal('jongodb');
    let err: Error | undefined;
    try {
      await startEmbedded({ ...quiet, engines: ['mongod', 'jongodb'], starters: { mongod: failing, jongodb: failing } });
    } catch (e) {
      err = e as Error;
    }
    expect(err?.message).to.match(/No embedded database could be started/).and.match(/mongod: download failed/).and.match(/jongodb: download failed/);
  });

  it('starts the real jongodb engine, which stores and returns documents', async function () {
    this.timeout(30_000);
    const db = await startEmbedded({ ...quiet, engines: ['jongodb'] });
    try {
      expect(db.persistent).to.equal(false);
      const client = await mongoose.mongo.MongoClient.connect(db.uri);
      await client.db('probe').collection('c').insertOne({ hello: 'dunia' });
      // (jongodb ignores projections, so read the field rather than comparing whole documents)
      expect((await client.db('probe').collection('c').findOne({}))?.hello).to.equal('dunia');
      await client.close();
    } finally {
      await db.stop();
    }
  });

  it('gives up with a clear message when the database cannot be reached', async function () {
    this.timeout(30_000);
    const waits: number[] = [];
    let err: Error | undefined;
    try {
      await connectWithRetry('mongodb://127.0.0.1:9/rembuk', {
        attempts: 3,
        log: silent,
        selectionTimeoutMs: 300,
        sleep: async (ms) => void waits.push(ms),
      });
    } catch (e) {
      err = e as Error;
    }
    expect(err?.message).to.match(/Could not reach the database at mongodb:\/\/127\.0\.0\.1:9\/rembuk after 3 attempts/);
    expect(waits).to.deep.equal([250, 500]);
    expect(mongoose.connection.readyState).to.equal(mongoose.ConnectionStates.disconnected);
  });
});

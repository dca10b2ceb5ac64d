import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { ConfigError, parseConfig } from '../server/config/index.js';
import { configSchema } from '../server/config/schema.js';

describe('config', () => {
  it('has working defaults for a developer machine', () => {
    const c = parseConfig({});
    expect(c.PORT).to.equal(3000);
    expect(c.NODE_ENV).to.equal('development');
    expect(c.MONGODB_URI).to.equal(undefined);
    expect(c.DATA_DIR).to.equal('./data');
    expect(c.DEFAULT_LANG).to.equal('id');
  });

  it('reads and coerces values, treating empty strings as unset', () => {
    const c = parseConfig({ PORT: '8080', COOKIE_SECURE: 'true', MONGODB_URI: '', LOGIN_MAX_FAILURES: '3' });
    expect(c.PORT).to.equal(8080);
    expect(c.COOKIE_SECURE).to.equal(true);
    expect(c.MONGODB_URI).to.equal(undefined);
    expect(c.LOGIN_MAX_FAILURES).to.equal(3);
  });

  it('lists every problem at once, by variable name', () => {
    let caught: unknown;
    try {
      parseConfig({ PORT: 'abc', MONGODB_URI: 'http://nope', EMBEDDED_DB: 'sqlite', COOKIE_SECURE: 'maybe' });
    } catch (e) {
      caught = e;
    }
    expect(caught).to.be.instanceOf(ConfigError);
    const problems = (caught as ConfigError).problems;
    expect(problems.map((p) => p.split(':')[0])).to.have.members(['PORT', 'MONGODB_URI', 'EMBEDDED_DB', 'COOKIE_SECURE']);
    expect((caught as ConfigError).message).to.match(/MONGODB_URI: must start with mongodb:\/\//);
  });

  it('requires a long SESSION_SECRET in production', () => {
    expect(() => parseConfig({ NODE_ENV: 'production' })).to.throw(ConfigError, /SESSION_SECRET: is required/);
    expect(() => parseConfig({ NODE_ENV: 'production', SESSION_SECRET: 'short' })).to.throw(ConfigError, /at least 32/);
    expect(parseConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) }).NODE_ENV).to.equal('production');
  });

  it('.env.example documents exactly the variables of the schema', () => {
    const text = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    const documented = text
      .split('\n')
      .filter((l) => /^[A-Z_]+=/.test(l))
      .map((l) => l.split('=')[0]);
    const inSchema = Object.keys(configSchema.shape);
    expect([...documented].sort()).to.deep.equal([...inSchema].sort());
    expect(new Set(documented).size).to.equal(documented.length);
  });

  it('every value in .env.example is itself valid', () => {
    const text = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    const env = Object.fromEntries(
      text.split('\n').filter((l) => /^[A-Z_]+=/.test(l)).map((l) => [l.split('=')[0], l.slice(l.indexOf('=') + 1)]),
    );
    expect(() => parseConfig(env)).not.to.throw();
  });
});

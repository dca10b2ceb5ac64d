import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

describe('synthesis: importing has no side effects', () => {
  it('does not touch process.env, print, or load natural storage adapters', function () {
    this.timeout(20000);
    const entry = fileURLToPath(new URL('../../server/synthesis/index.ts', import.meta.url));
    const script = `
      import { createRequire } from 'node:module';
      const before = JSON.stringify(process.env);
      const mod = await import(${JSON.stringify(entry)});
      mod.synthesise([{ id: 'a', text: 'pelatihan SDM kreatif' }, { id: 'b', text: 'akses permodalan UMKM' }]);
      const cache = Object.keys(createRequire(import.meta.url).cache);
      const heavy = cache.filter((p) => /node_modules\\/(dotenv|mongoose|pg|redis)\\//.test(p) || p.endsWith('natural/lib/natural/index.js'));
      process.stderr.write(JSON.stringify({ envSame: JSON.stringify(process.env) === before, heavy }));
    `;
    const res = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    expect(res.status, res.stderr).to.equal(0);
    expect(res.stdout).to.equal('');
    const report = JSON.parse(res.stderr) as { envSame: boolean; heavy: string[] };
    expect(report.envSame).to.equal(true);
    expect(report.heavy).to.deep.equal([]);
  });
});

import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

describe('synthesis: importing and running has no side effects', () => {
  it('does not touch process.env, print, write files, or load natural’s index or storage adapters', function () {
    this.timeout(20000);
    const entry = fileURLToPath(new URL('../../server/synthesis/index.ts', import.meta.url));
    const script = `
      import { createRequire, syncBuiltinESMExports } from 'node:module';
      import fs from 'node:fs';
      const writes = [];
      for (const name of ['writeFileSync', 'writeFile', 'appendFileSync', 'mkdirSync', 'mkdir', 'renameSync', 'createWriteStream']) {
        const original = fs[name];
        fs[name] = (...args) => { writes.push(name + ' ' + String(args[0])); return original(...args); };
      }
      syncBuiltinESMExports();
      const before = JSON.stringify(process.env);
      const mod = await import(${JSON.stringify(entry)});
      mod.synthesise([{ id: 'a', text: 'pelatihan SDM kreatif' }, { id: 'b', text: 'akses permodalan UMKM' }, { id: 'c', text: 'Trainings for game developers' }]);
      const cache = Object.keys(createRequire(import.meta.url).cache);
      const heavy = cache.filter((p) => /node_modules\\/(dotenv|mongoose|pg|redis)\\//.test(p) || p.endsWith('natural/lib/natural/index.js'));
      process.stderr.write(JSON.stringify({ envSame: JSON.stringify(process.env) === before, heavy, writes }));
    `;
    const res = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    expect(res.status, res.stderr).to.equal(0);
    expect(res.stdout).to.equal('');
    const report = JSON.parse(res.stderr) as { envSame: boolean; heavy: string[]; writes: string[] };
    expect(report.envSame).to.equal(true);
    expect(report.heavy).to.deep.equal([]);
    expect(report.writes).to.deep.equal([]);
  });
});

// Builds what `npm start` needs: the server (TypeScript -> dist/, one file per source, no bundling)
// and the browser code (public/src -> public/build/, bundled). Type checking is `npm run typecheck`.
import { build } from 'esbuild';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

const browserOnly = process.argv.includes('--browser-only');

async function tsFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await tsFiles(p)));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const started = Date.now();
await build({
  entryPoints: ['public/src/app.ts'],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2020'],
  outdir: 'public/build',
  minify: true,
  sourcemap: true,
  logLevel: 'warning',
});
if (!browserOnly) {
  await build({
    entryPoints: await tsFiles('server'),
    outdir: 'dist/server',
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    sourcemap: true,
    logLevel: 'warning',
  });
}
console.log(`build: done in ${Date.now() - started} ms${browserOnly ? ' (browser only)' : ''}`);

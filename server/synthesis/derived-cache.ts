/**
 * Data derived from a dependency's files, kept on disk between runs (as Python keeps its compiled
 * .pyc files): node_modules/.cache/rembuk/<name>-<hash of key>.bin. The key names everything the
 * data depends on (the source files' size and modification time, the package version, the text of
 * the deriving code), so any change there derives it afresh under a new name; the newest few
 * files of each name are kept (tsx and the esbuild-built dist/ see different code text). Files
 * are written whole and renamed into place: a reader never sees half a file. A file that fails
 * the caller's check is derived again. Where the directory cannot be written (a read-only
 * install) the data is derived in memory every time.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const KEEP_PER_NAME = 4;

/** node_modules/.cache/rembuk, beside the installed packages (the usual place for such caches). */
export function defaultCacheDir(): string {
  return join(dirname(dirname(require.resolve('natural/package.json'))), '.cache', 'rembuk');
}

/** A key part naming one installed file as it is now (its path, size and modification time). */
export function fileStamp(specifier: string): string {
  const path = require.resolve(specifier);
  const s = statSync(path);
  return `${path}:${s.size}:${s.mtimeMs}`;
}

/**
 * The derived bytes named `name` for `key`: read from the cache when `valid` accepts them, or
 * derived and stored there.
 */
export function derivedBytes(
  name: string,
  key: readonly string[],
  derive: () => Uint8Array,
  valid: (bytes: Uint8Array) => boolean = () => true,
  dir = defaultCacheDir(),
): Uint8Array {
  const hash = createHash('sha256').update(key.join('\0')).digest('hex').slice(0, 20);
  const file = join(dir, `${name}-${hash}.bin`);
  try {
    const cached = readFileSync(file);
    if (valid(cached)) return cached;
  } catch {
    // Not derived yet for this key.
  }
  const bytes = derive();
  try {
    mkdirSync(dir, { recursive: true });
    const partial = `${file}.${process.pid}-${threadId}.partial`;
    writeFileSync(partial, bytes);
    renameSync(partial, file);
    const kept = readdirSync(dir)
      .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.bin'))
      .map((f) => ({ path: join(dir, f), mtime: statSync(join(dir, f)).mtimeMs }))
      .sort((a, b) => b.mtime - a.mtime);
    for (const old of kept.slice(KEEP_PER_NAME)) unlinkSync(old.path);
  } catch {
    // A read-only install: derived again next time.
  }
  return bytes;
}

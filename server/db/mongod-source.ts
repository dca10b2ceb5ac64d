/**
 * Whether the embedded mongod can be had before trying: a binary already downloaded, or a
 * download host that answers. Without this check mongodb-memory-server spends ~9 s on three
 * failed downloads offline and prints a stack trace.
 */
export interface MongodSourceDeps {
  /** path of an already downloaded (or system) mongod, if any */
  locate?: () => Promise<string | undefined>;
  /** the download host (mongodb-memory-server's own MONGOMS_DOWNLOAD_URL/MIRROR setting by default) */
  mirror?: () => Promise<string>;
  timeoutMs?: number;
}

async function locateDownloaded(): Promise<string | undefined> {
  const { DryMongoBinary } = await import('mongodb-memory-server-core');
  const { version } = await DryMongoBinary.generateOptions();
  return DryMongoBinary.locateBinary({ version });
}

async function downloadHost(): Promise<string> {
  const { resolveConfig, ResolveConfigVariables: v } = await import('mongodb-memory-server-core/lib/util/resolveConfig.js');
  const url = resolveConfig(v.DOWNLOAD_URL) ?? resolveConfig(v.DOWNLOAD_MIRROR) ?? 'https://fastdl.mongodb.org';
  return new URL(url).origin;
}

/** Why no mongod can be had right now (one line), or null when one is on disk or downloadable. */
export async function mongodUnavailable({ locate = locateDownloaded, mirror = downloadHost, timeoutMs = 2000 }: MongodSourceDeps = {}): Promise<string | null> {
  if (await locate().catch(() => undefined)) return null;
  const host = await mirror();
  try {
    await fetch(host, { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    return null; // any HTTP answer: the download may work
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name;
    return `mongod is not downloaded and ${host} cannot be reached (${cause}): offline?`;
  }
}

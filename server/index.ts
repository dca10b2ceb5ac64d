import { createServer } from 'node:http';
import { ConfigError, loadConfig, type Config } from './config/index.js';
import { loadOrCreateSecret } from './config/secret.js';
import { createLogger } from './logger.js';
import { planDatabase } from './db/plan.js';
import { startEmbedded, type EmbeddedDb } from './db/embedded.js';
import { connectWithRetry, dbState, syncIndexes } from './db/connect.js';
import { profileCommands } from './db/command-profile.js';
import { createServices } from './services.js';
import { createApp } from './app.js';
import { createRealtime } from './realtime/io.js';
import { connectRedis, type Redis } from './shared/redis.js';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
}

/** Set once the embedded database runs, so a failed boot stops it instead of leaving it orphaned. */
let embedded: EmbeddedDb | undefined;
/** Set once connected to REDIS_URL, closed on shutdown and on a failed boot. */
let redis: Redis | undefined;

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config);
  const plan = planDatabase(config);
  let uri: string;
  let engine: string;
  if (plan.kind === 'external') {
    uri = plan.uri;
    engine = 'external';
    logger.info('database: MONGODB_URI');
  } else {
    embedded = await startEmbedded({ engines: plan.engines, dataDir: plan.dataDir, log: logger });
    uri = embedded.uri;
    engine = embedded.engine;
    logger.info({ engine, persistent: embedded.persistent }, 'database: embedded');
  }
  const mongoose = await connectWithRetry(uri, { attempts: config.DB_CONNECT_ATTEMPTS, log: logger, monitorCommands: config.DB_PROFILE });
  const dbProfile = config.DB_PROFILE ? profileCommands(mongoose.connection) : undefined;
  await syncIndexes();

  redis = await connectRedis(config, logger);
  if (redis) logger.info('redis: REDIS_URL (rooms, rate limits and live themes shared with other instances)');
  const services = createServices(config, undefined, redis);
  if (!(await services.auth.ensureSessionTtl())) {
    logger.warn('this database has no TTL indexes: expired staff sessions are deleted at each sign-in instead');
  }
  const secret = await loadOrCreateSecret(config.SESSION_SECRET, config.DATA_DIR);
  const persistent = embedded ? embedded.persistent : true;
  const app = createApp({ config, logger, secret, services, db: () => ({ state: dbState(), engine, persistent }) });
  const server = createServer(app);
  const realtime = createRealtime(server, { services, logger, config });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new Error(`Port ${config.PORT} on ${config.HOST} is already in use: stop the other server or set PORT.`) : err));
    server.listen(config.PORT, config.HOST, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  logger.info({ url: `http://localhost:${port}/`, engine }, 'Rembuk is listening');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await realtime.close(); // also closes the HTTP server
    if (dbProfile) logger.warn({ dbProfile: dbProfile() }, 'database time by command');
    await redis?.close();
    await mongoose.disconnect();
    await embedded?.stop();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch(async (err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  await redis?.close().catch(() => undefined);
  await embedded?.stop().catch(() => undefined);
  process.exit(1);
});

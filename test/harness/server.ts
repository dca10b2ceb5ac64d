import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino, type Logger } from 'pino';
import { parseConfig, type Config } from '../../server/config/index.js';
import { createApp } from '../../server/app.js';
import { createServices, type Services } from '../../server/services.js';
import { dbState } from '../../server/db/connect.js';
import { createRealtime, type AppServer } from '../../server/realtime/io.js';

export interface TestServer {
  url: string;
  config: Config;
  services: Services;
  io: AppServer;
  http: Server;
  close(): Promise<void>;
}

/** scrypt cost for tests: production's 2^17 takes ~0.3 s a hash, too slow for every factory and sign-in. */
export const TEST_SCRYPT_COST = 12;

/** The real app and Socket.IO on port 0, against the database `useDatabase` connected. */
export async function startTestServer(env: Record<string, string> = {}, opts: { logger?: Logger; persistent?: boolean } = {}): Promise<TestServer> {
  const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PORT: '0', SCRYPT_COST: String(TEST_SCRYPT_COST), ...env });
  const logger = opts.logger ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const services = createServices(config);
  const app = createApp({
    config,
    logger,
    secret: randomBytes(32).toString('hex'),
    services,
    db: () => ({ state: dbState(), engine: 'test', persistent: opts.persistent ?? true }),
  });
  const http = createServer(app);
  const realtime = createRealtime(http, { services, logger, config });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    config,
    services,
    io: realtime.io,
    http,
    close: async () => {
      await realtime.close();
    },
  };
}

/**
 * Creates an admin account from the command line:
 *   npm run create-admin -- --email ani@bappeda.go.id --name "Ani" [--password '...']
 * Without --password a strong one is generated and printed once. Uses MONGODB_URI, or the
 * embedded mongod in DATA_DIR when the server is not running (the in-memory jongodb engine is
 * useless here: use the setup page at /setup instead).
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import mongoose from 'mongoose';
import { pino } from 'pino';
import { loadConfig } from '../server/config/index.js';
import { planDatabase } from '../server/db/plan.js';
import { startEmbedded, type EmbeddedDb } from '../server/db/embedded.js';
import { connectWithRetry, syncIndexes } from '../server/db/connect.js';
import { createStaffSchema } from '../server/auth/auth.schemas.js';
import { createUsersService } from '../server/auth/users.service.js';
import { DomainBus } from '../server/shared/bus.js';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help || !values.email) {
    console.log('usage: npm run create-admin -- --email EMAIL [--name NAME] [--password PASSWORD]');
    return values.help ? 0 : 2;
  }
  const generated = !values.password;
  const input = createStaffSchema.safeParse({
    email: values.email,
    name: values.name ?? values.email.split('@')[0],
    password: values.password ?? randomBytes(12).toString('base64url'),
    role: 'admin',
  });
  if (!input.success) {
    for (const i of input.error.issues) console.error(`${i.path.join('.')}: ${i.message}`);
    return 2;
  }

  const config = loadConfig();
  const log = pino({ level: 'warn' });
  const plan = planDatabase(config);
  let embedded: EmbeddedDb | undefined;
  try {
    if (plan.kind === 'embedded') {
      embedded = await startEmbedded({ engines: ['mongod'], dataDir: plan.dataDir, log }).catch(() => {
        throw new Error(
          'No MONGODB_URI and the embedded mongod cannot start here (is the server running, or is MongoDB not downloadable?). ' +
            'Set MONGODB_URI, or open http://localhost:3000/setup while no admin exists.',
        );
      });
    }
    await connectWithRetry(plan.kind === 'external' ? plan.uri : embedded!.uri, { attempts: 3, log });
    await syncIndexes();
    const users = createUsersService({ bus: new DomainBus(), scryptLog2Cost: config.SCRYPT_COST });
    const user = await users.create(input.data);
    console.log(`Admin created: ${user.name} <${user.email}>`);
    if (generated) console.log(`Password (shown once, keep it safe): ${input.data.password}`);
    return 0;
  } finally {
    await mongoose.disconnect();
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);

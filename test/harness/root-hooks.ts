/**
 * Global fixture: the database server for the whole run. MONGODB_URI when set (CI points it at
 * FerretDB), else the jongodb engine started here on a free port. Each test file then uses its
 * own database on that server (see db.ts).
 */
import { startJongodb, type RunningJongodb } from '../../server/db/jongodb.js';

let jongodb: RunningJongodb | undefined;

export async function mochaGlobalSetup(): Promise<void> {
  if (process.env.MONGODB_URI) {
    process.env.TEST_MONGODB_URI = process.env.MONGODB_URI;
    console.log(`  test database: MONGODB_URI (${process.env.MONGODB_URI.replace(/\/\/[^@/]+@/, '//***@')})`);
  } else {
    jongodb = await startJongodb();
    process.env.TEST_MONGODB_URI = jongodb.uri;
    console.log(`  test database: jongodb engine at ${jongodb.uri}`);
  }
}

export async function mochaGlobalTeardown(): Promise<void> {
  await jongodb?.stop();
}

/**
 * Imports input gathered elsewhere from the command line (the same readers and service as the page):
 *   npm run import -- FILE... [--forum ID --session ID|--new-session TITLE] [--format auto|zoom-chat|zoom-qa|whatsapp|csv|xlsx]
 *                    [--tz Asia/Jakarta] [--date YYYY-MM-DD] [--approve] [--dry-run] [--json]
 * --dry-run reads only (no database): with --json one JSON object per message in file order, then
 * {"summary": {...}}. Without it, connects like the server (MONGODB_URI or the embedded mongod).
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { EmbeddedDb } from '../server/db/embedded.js';
import { isAppError } from '../server/errors.js';
import { t } from '../server/i18n/index.js';
import { parseImport } from '../server/imports/formats/parse.js';
import { formatInZone } from '../server/imports/formats/time.js';
import { IMPORT_FORMATS } from '../server/imports/import.types.js';

const USAGE =
  'usage: npm run import -- FILE... [--forum ID --session ID|--new-session TITLE] [--format auto|zoom-chat|zoom-qa|whatsapp|csv|xlsx] ' +
  '[--tz Asia/Jakarta] [--date YYYY-MM-DD] [--approve] [--dry-run] [--json]';

const argsSchema = z
  .object({
    files: z.array(z.string()).min(1, 'give at least one FILE'),
    forum: z.string().regex(/^[0-9a-f]{24}$/i, 'is not a forum id').optional(),
    session: z.string().regex(/^[0-9a-f]{24}$/i, 'is not a session id').optional(),
    'new-session': z.string().trim().min(1).max(200).optional(),
    format: z.enum(['auto', ...IMPORT_FORMATS]).default('auto'),
    tz: z.string().default('Asia/Jakarta'),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD').optional(),
    approve: z.boolean().default(false),
    'dry-run': z.boolean().default(false),
    json: z.boolean().default(false),
  })
  .refine((a) => a['dry-run'] || (a.forum && Boolean(a.session) !== Boolean(a['new-session'])), {
    message: 'without --dry-run give --forum and either --session or --new-session',
  });
type Args = z.infer<typeof argsSchema>;

/**
 * The name a file is read and recorded under: with its folder when the folder carries a date, as
 * Zoom's do ("2026-11-20 19.02.11 Forum .../meeting_saved_chat.txt"), so a chat's day is known
 * without --date.
 */
const nameOf = (file: string): string => {
  const folder = basename(dirname(file));
  return /\d{4}-\d{2}-\d{2}/.test(folder) ? `${folder}/${basename(file)}` : basename(file);
};

async function dryRun(args: Args): Promise<number> {
  const summary = { read: 0, kept: 0, skipped: 0, format: '' };
  for (const file of args.files) {
    const result = await parseImport(await readFile(file), { fileName: nameOf(file), format: args.format, timeZone: args.tz, date: args.date });
    summary.format = summary.format && summary.format !== result.format ? 'mixed' : result.format;
    for (const m of result.messages) {
      summary.read++;
      if (m.keep) summary.kept++;
      else summary.skipped++;
      const at = m.at ? formatInZone(m.at, args.tz) : null;
      if (args.json) console.log(JSON.stringify({ at, author: m.author, text: m.text, keep: m.keep, why: m.why }));
      else console.log(`${m.keep ? '+' : '-'} ${at ?? '—'} ${m.author ?? '(tanpa nama)'}: ${m.text.replace(/\n/g, ' ⏎ ')}${m.why ? `  [${m.why}]` : ''}`);
    }
  }
  console.log(args.json ? JSON.stringify({ summary }) : `read ${summary.read}, kept ${summary.kept}, skipped ${summary.skipped} (${summary.format})`);
  return 0;
}

async function importIntoDatabase(args: Args): Promise<number> {
  // Loaded here so a dry run starts without the database driver, the services and their models.
  const [{ default: mongoose }, { pino }, { loadConfig }, { planDatabase }, { startEmbedded }, { connectWithRetry, syncIndexes }, { createServices }] = await Promise.all([
    import('mongoose'), import('pino'), import('../server/config/index.js'), import('../server/db/plan.js'), import('../server/db/embedded.js'), import('../server/db/connect.js'), import('../server/services.js'),
  ]);
  const config = loadConfig();
  const log = pino({ level: 'warn' });
  const plan = planDatabase(config);
  let embedded: EmbeddedDb | undefined;
  try {
    if (plan.kind === 'embedded') embedded = await startEmbedded({ engines: ['mongod'], dataDir: plan.dataDir, log });
    const uri = plan.kind === 'external' ? plan.uri : embedded?.uri;
    if (!uri) throw new Error('no database: set MONGODB_URI');
    await connectWithRetry(uri, { attempts: 3, log });
    await syncIndexes();
    const services = createServices(config);
    const files = await Promise.all(args.files.map(async (f) => ({ name: nameOf(f), data: await readFile(f) })));
    const target = args.session ? { sessionId: args.session } : { newSessionTitle: args['new-session'] ?? '' };
    // The command line has no sign-in: the audit log names it as such.
    const actor = { id: '000000000000000000000000', name: 'npm run import', email: '', role: 'admin' as const };
    const { import: record, session } = await services.imports.importFiles(
      args.forum ?? '',
      files,
      { format: args.format, timeZone: args.tz, date: args.date, target, approve: args.approve },
      actor,
    );
    const result = { importId: String(record._id), sessionId: String(session._id), read: record.read, kept: record.kept, skipped: record.skipped, imported: record.imported };
    console.log(args.json ? JSON.stringify(result) : `imported ${result.imported} of ${result.kept} kept (${result.read} read) into session ${result.sessionId}; import ${result.importId}`);
    return 0;
  } finally {
    await mongoose.disconnect();
    await embedded?.stop();
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      forum: { type: 'string' }, session: { type: 'string' }, 'new-session': { type: 'string' }, format: { type: 'string' },
      tz: { type: 'string' }, date: { type: 'string' }, approve: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const parsed = argsSchema.safeParse({ ...values, files: positionals });
  if (!parsed.success) {
    for (const i of parsed.error.issues) console.error(`${i.path.join('.') || 'arguments'}: ${i.message}`);
    console.error(USAGE);
    return 2;
  }
  return parsed.data['dry-run'] ? dryRun(parsed.data) : importIntoDatabase(parsed.data);
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (isAppError(err)) console.error(`${t('en', `errors.${err.id}`)}${err.detail ? ` (${err.detail})` : ''}`);
    else console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);

import path from 'node:path';
import type { Express } from 'express';
import { engine } from 'express-handlebars';
import type { HelperOptions } from 'handlebars';
import { messagesWithPrefix, t, type Lang } from './i18n/index.js';
import { VIEWS_DIR } from './paths.js';

/**
 * Handlebars with layouts and partials. Everything is escaped by default: templates must never use
 * triple braces for user text (test/views.test.ts scans the templates for them).
 */
export function setupViews(app: Express, cache: boolean): void {
  app.engine(
    'hbs',
    engine({
      extname: '.hbs',
      defaultLayout: 'main',
      layoutsDir: path.join(VIEWS_DIR, 'layouts'),
      partialsDir: path.join(VIEWS_DIR, 'partials'),
      helpers: {
        t(key: string, options: HelperOptions) {
          const lang = (options.data?.root?.lang as Lang | undefined) ?? 'id';
          return t(lang, key, options.hash as Record<string, string | number>);
        },
        /** JSON of every text under the prefixes, for browser code (goes into an escaped data attribute). */
        i18nJson(...args: unknown[]) {
          const options = args.pop() as HelperOptions;
          const lang = (options.data?.root?.lang as Lang | undefined) ?? 'id';
          return JSON.stringify(messagesWithPrefix(lang, args as string[]));
        },
        eq: (a: unknown, b: unknown) => a === b,
        concat: (...args: unknown[]) => args.slice(0, -1).join(''),
      },
    }),
  );
  app.set('view engine', 'hbs');
  app.set('views', VIEWS_DIR);
  app.set('view cache', cache);
}

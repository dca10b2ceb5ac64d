import express from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import type { Config } from './config/index.js';
import type { DbState } from './db/connect.js';
import type { Services } from './services.js';
import { cookies } from './http/cookies.js';
import { language } from './http/lang.js';
import { csrf } from './http/csrf.js';
import { loadStaff } from './http/auth.js';
import { securityHeaders } from './http/security.js';
import { compileTrust } from './http/proxy.js';
import { wellFormed } from './shared/well-formed.js';
import { errorHandler, notFound } from './http/error-handler.js';
import { PUBLIC_DIR } from './paths.js';
import { setupViews } from './views.js';
import { healthRoutes } from './health/health.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import { adminRoutes } from './auth/admin.routes.js';
import { staffRoutes } from './staff/staff.routes.js';
import { forumsRoutes } from './forums/forums.routes.js';
import { sessionsRoutes } from './sessions/sessions.routes.js';
import { joinRoutes } from './participants/join.routes.js';
import { themesRoutes } from './themes/themes.routes.js';
import { reportsRoutes } from './reports/reports.routes.js';
import { importsRoutes } from './imports/imports.routes.js';
import { resultsRoutes } from './results/results.routes.js';

export interface AppDeps {
  config: Config;
  logger: Logger;
  secret: string;
  services: Services;
  db: () => { state: DbState; engine: string; persistent: boolean };
}

/** The Express app without listen(): index.ts serves it, tests import it. */
export function createApp(deps: AppDeps): express.Express {
  const { config } = deps;
  const secure = config.COOKIE_SECURE;
  const app = express();
  app.disable('x-powered-by');
  // The same trust rule as the socket handshake (http/proxy.ts): hops or addresses, never everything.
  app.set('trust proxy', compileTrust(config.TRUST_PROXY));
  setupViews(app, config.NODE_ENV === 'production');

  app.use(securityHeaders(secure));
  app.use((req, res, next) => {
    res.locals.secure = secure || req.secure;
    next();
  });
  app.use(
    pinoHttp({
      logger: deps.logger,
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(express.static(PUBLIC_DIR, { index: false, maxAge: config.NODE_ENV === 'production' ? '1h' : 0 }));
  app.use(healthRoutes(deps.db, () => deps.services.redis?.state() ?? 'off'));

  const limit = `${config.BODY_LIMIT_KB}kb`;
  app.use(express.json({ limit }));
  app.use(express.urlencoded({ extended: false, limit, parameterLimit: 100 }));
  app.use((req, _res, next) => {
    if (req.body) req.body = wellFormed(req.body);
    next();
  });
  app.use(cookies);
  app.use(language(config.DEFAULT_LANG));
  app.use(csrf(deps.secret));
  app.use(loadStaff(deps.services.auth));
  app.use((_req, res, next) => {
    // Staff pages warn while data lives only in memory (layouts/main.hbs).
    res.locals.memoryDatabase = !deps.db().persistent;
    next();
  });

  const authSettings = { ttlHours: config.SESSION_TTL_HOURS, limiterStore: deps.services.redis?.limiterStore };
  app.use(authRoutes(deps.services.auth, authSettings));
  app.use(adminRoutes(deps.services.users));
  app.use(staffRoutes(deps.services.auth, deps.services.forums));
  app.use(forumsRoutes(deps.services));
  app.use(sessionsRoutes(deps.services, config));
  app.use(joinRoutes(deps.services, config));
  app.use(themesRoutes(deps.services.forums));
  app.use(reportsRoutes(deps.services.reports));
  app.use(importsRoutes(deps.services));
  app.use(resultsRoutes(deps.services));

  app.use(notFound);
  app.use(errorHandler);
  return app;
}

import { Router } from 'express';
import type { AppDeps } from '../app.js';

/**
 * `/healthz`: 200 with the database up, 503 otherwise (for load balancers and the CI smoke test);
 * `persistence` says whether data survives a restart (`memory`: the in-memory fallback engine).
 */
export function healthRoutes(db: AppDeps['db']): Router {
  const router = Router();
  router.get('/', (_req, res) => {
    const info = db();
    const up = info.state === 'up';
    res.status(up ? 200 : 503).json({
      status: up ? 'ok' : 'degraded',
      persistence: info.persistent ? 'disk' : 'memory',
      db: info,
      uptimeSeconds: Math.round(process.uptime()),
    });
  });
  return router;
}

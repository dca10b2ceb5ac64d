import { Router } from 'express';
import type { AppDeps } from '../app.js';
import type { RedisState } from '../shared/redis.js';

/**
 * Two probes for load balancers and orchestrators (docs/deployment.md):
 * - `/healthz`: 200 with the database up, 503 otherwise. A Redis outage does not fail it (the
 *   instance still serves the people connected to it; rate limits count in memory meanwhile), it
 *   shows as `redis: "down"` and `status: "degraded"`.
 * - `/readyz`: 200 only when everything this instance needs is up: the database and, with
 *   REDIS_URL, Redis (without it the instances do not see each other's broadcasts).
 * `persistence` says whether data survives a restart (`memory`: the in-memory fallback engine);
 * `redis` is `off` when REDIS_URL is unset.
 */
export function healthRoutes(db: AppDeps['db'], redis: () => RedisState): Router {
  const router = Router();
  const report = () => {
    const info = db();
    const redisState = redis();
    const dbUp = info.state === 'up';
    return {
      dbUp,
      ready: dbUp && redisState !== 'down',
      body: {
        status: dbUp && redisState !== 'down' ? 'ok' : 'degraded',
        persistence: info.persistent ? 'disk' : 'memory',
        db: info,
        redis: redisState,
        uptimeSeconds: Math.round(process.uptime()),
      },
    };
  };
  router.get('/healthz', (_req, res) => {
    const r = report();
    res.status(r.dbUp ? 200 : 503).json(r.body);
  });
  router.get('/readyz', (_req, res) => {
    const r = report();
    res.status(r.ready ? 200 : 503).json(r.body);
  });
  return router;
}

import type { Config } from './config/index.js';
import { createAuditService } from './audit/audit.service.js';
import { createAuthService, type AuthService } from './auth/auth.service.js';
import { createLoginThrottle } from './auth/login-throttle.js';
import { createUsersService } from './auth/users.service.js';
import { DomainBus } from './shared/bus.js';
import { createForumsService } from './forums/forums.service.js';
import { createSessionsService } from './sessions/sessions.service.js';
import { createParticipantsService } from './participants/participants.service.js';
import { createOwnThemesService } from './participants/own-themes.service.js';
import { createSuggestionsService } from './suggestions/suggestions.service.js';
import { createModerationService } from './moderation/moderation.service.js';
import { createThemesService } from './themes/themes.service.js';
import { createReportsService } from './reports/reports.service.js';
import { createResultsService } from './results/results.service.js';
import { createImportsService } from './imports/imports.service.js';
import { parseImport } from './imports/formats/parse.js';
import type { Redis } from './shared/redis.js';
import { objectId } from './shared/ids.js';
import { COUNTERS_TTL_MS, createSessionCounters, memoryCounterStore } from './sessions/session-counters.js';

/**
 * Every service, each a factory given what it depends on (one domain event bus, the audit log,
 * other services). Built once at boot (and once per test server). `redis` (with REDIS_URL) makes
 * rate limits, Socket.IO rooms and live-theme work shared by every instance.
 */
export function createServices(config: Config, auth?: AuthService, redis?: Redis) {
  const bus = new DomainBus();
  const audit = createAuditService();
  const forums = createForumsService();
  const sessions = createSessionsService({ bus, audit, versions: redis?.versions });
  const themes = createThemesService({ bus, audit });
  const reports = createReportsService({ audit, forums });
  const participants = createParticipantsService({ bus });
  const suggestions = createSuggestionsService({ bus, audit });
  const counters = createSessionCounters({
    bus,
    store: redis?.counters(COUNTERS_TTL_MS) ?? memoryCounterStore(),
    count: async (sid) => {
      const [n, byStatus] = await Promise.all([participants.count(sid), suggestions.countByStatus(objectId(sid))]);
      return { participants: n, ...byStatus };
    },
  });
  return {
    redis,
    bus,
    audit,
    forums,
    auth:
      auth ??
      createAuthService(
        { sessionTtlHours: config.SESSION_TTL_HOURS, scryptLog2Cost: config.SCRYPT_COST },
        { bus, throttle: createLoginThrottle({ maxFailures: config.LOGIN_MAX_FAILURES, windowMinutes: config.LOGIN_LOCK_MINUTES }, redis?.limiterStore) },
      ),
    users: createUsersService({ bus, scryptLog2Cost: config.SCRYPT_COST }),
    sessions,
    participants,
    suggestions,
    counters,
    moderation: createModerationService({ bus, audit }),
    themes,
    ownThemes: createOwnThemesService({ themes }),
    reports,
    results: createResultsService({ reports, audit }),
    imports: createImportsService({ bus, audit, sessions, forums, parse: parseImport }),
  };
}

export type Services = ReturnType<typeof createServices>;

import type { Config } from './config/index.js';
import { createAuthService, type AuthService } from './auth/auth.service.js';
import { createLoginThrottle } from './auth/login-throttle.js';
import { createUsersService } from './auth/users.service.js';
import { DomainBus } from './shared/bus.js';
import { createSessionsService } from './sessions/sessions.service.js';
import { createParticipantsService } from './participants/participants.service.js';
import { createSuggestionsService } from './suggestions/suggestions.service.js';
import { createModerationService } from './moderation/moderation.service.js';
import { createThemesService } from './themes/themes.service.js';
import { createReportsService } from './reports/reports.service.js';

/** Every service, wired to one domain event bus. Built once at boot (and once per test server). */
export function createServices(config: Config, auth?: AuthService) {
  const bus = new DomainBus();
  return {
    bus,
    auth:
      auth ??
      createAuthService(
        { sessionTtlHours: config.SESSION_TTL_HOURS, scryptLog2Cost: config.SCRYPT_COST },
        { bus, throttle: createLoginThrottle({ maxFailures: config.LOGIN_MAX_FAILURES, windowMinutes: config.LOGIN_LOCK_MINUTES }) },
      ),
    users: createUsersService({ bus, scryptLog2Cost: config.SCRYPT_COST }),
    sessions: createSessionsService(bus),
    participants: createParticipantsService(bus),
    suggestions: createSuggestionsService(bus),
    moderation: createModerationService(bus),
    themes: createThemesService(bus),
    reports: createReportsService(),
  };
}

export type Services = ReturnType<typeof createServices>;

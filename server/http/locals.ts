import type { Lang } from '../i18n/index.js';
import type { StaffIdentity } from '../auth/auth.rules.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      lang: Lang;
      langSwitchHref: string;
      csrfToken: string;
      staff?: StaffIdentity;
      cookies: Record<string, string | undefined>;
      /** Cookies get Secure: COOKIE_SECURE, or HTTPS as seen directly or through a trusted proxy. */
      secure: boolean;
    }
  }
}

export {};

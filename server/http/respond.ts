import type { Request } from 'express';

/** JSON clients (a JSON body, or Accept preferring JSON) get JSON; browsers get pages. */
export function wantsJson(req: Request): boolean {
  if (req.is('application/json')) return true;
  if (req.path.startsWith('/api/')) return true;
  return req.accepts(['html', 'json']) === 'json';
}

/**
 * One error vocabulary for HTTP responses and socket acks: `{ id, message }`, where `id` is stable
 * for code and tests and `message` is translated for people (see i18n `errors.<id>`).
 */
export const errorStatus = {
  validation_failed: 400,
  malformed_json: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_invalid: 403,
  not_found: 404,
  session_not_found: 404,
  session_not_open: 409,
  conflict: 409,
  /** An action on something that changed since the actor saw it (optimistic concurrency). */
  stale: 409,
  payload_too_large: 413,
  /** Imported files (server/imports/formats): each a reason the planner can act on. */
  import_unknown_format: 422,
  import_binary: 422,
  import_empty: 422,
  import_encoding: 422,
  import_too_large: 413,
  import_no_text_column: 422,
  /** A confirm whose preview is gone (expired or the server restarted): preview the file again. */
  import_preview_expired: 410,
  rate_limited: 429,
  internal: 500,
  db_unavailable: 503,
} as const;

export type ErrorId = keyof typeof errorStatus;

export interface ErrorBody {
  id: ErrorId;
  message: string;
  /** Field-level detail, e.g. `email: Invalid email address`. Never contains stack traces. */
  detail?: string;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly id: ErrorId,
    readonly detail?: string,
    readonly vars: Record<string, string | number> = {},
  ) {
    super(detail ? `${id}: ${detail}` : id);
    this.name = 'AppError';
    this.status = errorStatus[id];
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/**
 * The one contract between browser and server for Socket.IO. Browser code imports only types
 * from here (`import type`), so zod stays out of the bundle; the server validates every payload
 * with the schemas below before a handler sees it.
 */
import { z } from 'zod';
import type { ErrorBody } from '../errors.js';
import type { StaffIdentity } from '../auth/auth.rules.js';

export type Ack<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };
export type AckFn<T> = (response: Ack<T>) => void;

export const schemas = {
  'system:ping': z.object({ echo: z.string().max(200).optional() }).strict(),
  'staff:whoami': z.object({}).strict(),
} as const;

export type Payload<E extends keyof typeof schemas> = z.infer<(typeof schemas)[E]>;

export interface ClientToServerEvents {
  'system:ping': (payload: Payload<'system:ping'>, ack: AckFn<{ echo: string | null; serverTime: string }>) => void;
  'staff:whoami': (payload: Payload<'staff:whoami'>, ack: AckFn<StaffIdentity>) => void;
}

export interface ServerToClientEvents {
  'system:notice': (notice: { id: string; message: string }) => void;
}

export interface SocketData {
  staff?: StaffIdentity;
  lang: 'id' | 'en';
}

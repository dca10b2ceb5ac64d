import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';
import type { Config } from '../config/index.js';

export type TrustFn = (addr: string, hop: number) => boolean;

/**
 * The one rule for which proxies are trusted, shared by Express (`trust proxy`) and the Socket.IO
 * handshake: none, the nearest `n` hops, or the listed addresses/subnets. Express compiles the same
 * values the same way, so both transports see the same client address.
 */
export function compileTrust(setting: Config['TRUST_PROXY']): TrustFn {
  if (setting === false) return () => false;
  if (typeof setting === 'number') return (_addr, hop) => hop < setting;
  return proxyaddr.compile(setting);
}

/** The client: the right-most address in X-Forwarded-For that is not a trusted proxy. */
export function clientAddress(req: IncomingMessage, trust: TrustFn): string {
  return proxyaddr(req, trust);
}

/** True when a trusted proxy says the browser spoke HTTPS to it (X-Forwarded-Proto, right-most value). */
export function forwardedHttps(req: IncomingMessage, trust: TrustFn): boolean {
  const remote = req.socket.remoteAddress ?? '';
  if (!trust(remote, 0)) return false;
  const proto = String(req.headers['x-forwarded-proto'] ?? '').split(',').pop()?.trim().toLowerCase();
  return proto === 'https';
}

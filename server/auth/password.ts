import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const scrypt = (password: string, salt: Buffer, keylen: number, opts: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCb(password, salt, keylen, opts, (err, key) => (err ? reject(err) : resolve(key))),
  );

const KEYLEN = 64;
const R = 8;
const P = 1;
/** OWASP password storage guidance for scrypt: N = 2^17, r = 8, p = 1. */
export const DEFAULT_LOG2_COST = 17;

/**
 * scrypt needs about 128 * N * r bytes; Node refuses anything above `maxmem` (32 MiB by default,
 * too little for N = 2^17), so the limit follows the cost with headroom.
 */
const maxmem = (n: number, r: number) => 2 * 128 * n * r + 1024 * 1024;

/** scrypt hash in a self-describing string: `scrypt$N$r$p$salt$hash` (base64url). */
export async function hashPassword(password: string, log2Cost = DEFAULT_LOG2_COST): Promise<string> {
  const N = 2 ** log2Cost;
  const salt = randomBytes(16);
  const key = await scrypt(password.normalize('NFKC'), salt, KEYLEN, { N, r: R, p: P, maxmem: maxmem(N, R) });
  return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const N = Number(n);
  const key = await scrypt(password.normalize('NFKC'), Buffer.from(salt, 'base64url'), expected.length, {
    N,
    r: Number(r),
    p: Number(p),
    maxmem: maxmem(N, Number(r)),
  });
  return timingSafeEqual(key, expected);
}

/** True when a stored hash was made with other parameters than today's: it is upgraded at sign-in. */
export function needsRehash(stored: string, log2Cost = DEFAULT_LOG2_COST): boolean {
  const [scheme, n, r, p] = stored.split('$');
  return scheme !== 'scrypt' || Number(n) !== 2 ** log2Cost || Number(r) !== R || Number(p) !== P;
}

/** A hash nobody's password matches, at the given cost, so an unknown e-mail takes as long as a known one. */
export function dummyHash(log2Cost = DEFAULT_LOG2_COST): string {
  return `scrypt$${2 ** log2Cost}$${R}$${P}$AAAAAAAAAAAAAAAAAAAAAA$${'A'.repeat(86)}`;
}

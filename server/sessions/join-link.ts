import type { Request } from 'express';
import { networkInterfaces } from 'node:os';
import QRCode from 'qrcode';

/** The link participants open: PUBLIC_URL when configured, else the address this request came to. */
export function joinUrl(req: Request, publicUrl: string | undefined, code: string): string {
  const base = publicUrl ? publicUrl.replace(/\/+$/, '') : `${req.protocol}://${req.get('host')}`;
  return `${base}/j/${code}`;
}

/** A QR code as SVG, with a quiet zone and high error correction so a Zoom screen share scans well. */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
}

const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[?::1\]?)$/i;
const isLoopback = (host: string) => LOOPBACK.test(host);

/**
 * When the join link points to this computer only (PUBLIC_URL unset, the page opened on localhost)
 * while the server also listens on the network, phones scanning the QR cannot open it: returns the
 * addresses on this machine's network that would work (may be empty), else null (no warning).
 */
export function loopbackJoinWarning(
  url: string,
  publicUrl: string | undefined,
  listenHost: string,
  interfaces: ReturnType<typeof networkInterfaces> = networkInterfaces(),
): { alternatives: string[] } | null {
  if (publicUrl || isLoopback(listenHost)) return null;
  const link = new URL(url);
  if (!isLoopback(link.hostname)) return null;
  const alternatives = Object.values(interfaces)
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => `${link.protocol}//${a!.address}${link.port ? `:${link.port}` : ''}${link.pathname}`);
  return { alternatives };
}

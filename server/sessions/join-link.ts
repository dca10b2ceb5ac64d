import type { Request } from 'express';
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

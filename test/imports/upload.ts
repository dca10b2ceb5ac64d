import type { Agent, TestResponse } from '../harness/http.js';

/** Test helpers for the import routes: a multipart upload as the page sends it, and a WhatsApp export. */
export async function uploadPreview(agent: Agent, forumId: string, files: { name: string; data: string | Buffer }[], fields: Record<string, string> = {}, opts: { csrf?: boolean } = {}): Promise<TestResponse> {
  await agent.ensureToken();
  const form = new FormData();
  for (const f of files) form.append('files', new Blob([typeof f.data === 'string' ? f.data : new Uint8Array(f.data)]), f.name);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const headers: Record<string, string> = { accept: 'application/json', cookie: agent.cookieHeader() };
  if (opts.csrf !== false) headers['x-csrf-token'] = agent.csrfToken;
  const res = await fetch(`${agent.baseUrl}/forums/${forumId}/import/preview`, { method: 'POST', headers, body: form });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) };
}

/** An Android export in the Indonesian locale: `DD/MM/YY HH.MM - Name: text`, one message per entry. */
export function whatsappExport(messages: [string, string, string][]): string {
  return messages.map(([time, name, text]) => `20/11/26 ${time} - ${name}: ${text}`).join('\n') + '\n';
}

export const FIRST_EXPORT: [string, string, string][] = [
  ['19.01', 'Budi Santoso', 'Selamat malam semua 🙏'],
  ['19.02', 'Budi Santoso', 'Usul: perlu co-working space untuk komunitas kreatif di tiap kecamatan'],
  ['19.03', 'Dr. Sri Wahyuni (UB)', 'Pelatihan desain produk untuk perajin batik, terutama pemasaran digital'],
  ['19.04', 'Andi', 'link zoomnya?'],
  ['19.05', 'Andi', 'Pemkot sebaiknya memberi insentif pajak bagi startup lokal yang merekrut lulusan SMK'],
];

/** The same group exported later: the first messages again plus new ones. */
export const LATER_EXPORT: [string, string, string][] = [
  ...FIRST_EXPORT,
  ['19.20', 'Dewi', 'Festival film pendek tahunan di gedung kesenian, libatkan komunitas sineas kampus'],
  ['19.21', 'Budi Santoso', 'Akses pembiayaan KUR khusus pelaku ekonomi kreatif dengan proses yang dipermudah'],
];

/** A tiny browser-like HTTP client for tests: keeps cookies and knows the page's CSRF token. */
export interface TestResponse {
  status: number;
  headers: Headers;
  text: string;
  json<T = unknown>(): T;
}

export class Agent {
  readonly cookies = new Map<string, string>();
  csrfToken = '';

  constructor(readonly baseUrl: string) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(method: string, path: string, opts: { body?: string; type?: string; headers?: Record<string, string> } = {}): Promise<TestResponse> {
    const headers: Record<string, string> = { ...opts.headers };
    if (this.cookies.size) headers.cookie = this.cookieHeader();
    if (opts.type) headers['content-type'] = opts.type;
    const res = await fetch(this.baseUrl + path, { method, headers, body: opts.body, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    const token = /<meta name="csrf-token" content="([^"]+)"/.exec(text)?.[1];
    if (token) this.csrfToken = token;
    return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) };
  }

  get(path: string, headers: Record<string, string> = {}): Promise<TestResponse> {
    return this.request('GET', path, { headers });
  }

  /** Fetches a page first when no CSRF token is known yet, as a browser would have. */
  async ensureToken(): Promise<void> {
    if (this.csrfToken) return;
    const res = await this.get('/login');
    const next = res.headers.get('location');
    if (next) await this.get(next);
  }

  async postForm(path: string, fields: Record<string, string>, opts: { csrf?: string | false } = {}): Promise<TestResponse> {
    await this.ensureToken();
    const body = new URLSearchParams(fields);
    if (opts.csrf !== false) body.set('_csrf', opts.csrf ?? this.csrfToken);
    return this.request('POST', path, { body: body.toString(), type: 'application/x-www-form-urlencoded' });
  }

  async sendJson(method: string, path: string, data: unknown, opts: { csrf?: string | false; raw?: string } = {}): Promise<TestResponse> {
    await this.ensureToken();
    const headers: Record<string, string> = { accept: 'application/json' };
    if (opts.csrf !== false) headers['x-csrf-token'] = opts.csrf ?? this.csrfToken;
    return this.request(method, path, { body: opts.raw ?? JSON.stringify(data), type: 'application/json', headers });
  }
}

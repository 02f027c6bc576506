/**
 * The embedded host under test: its address comes from HINDSIGHT_BASE_URL (BrowserJourneyIT starts a fresh host
 * and sets it). The demo users all have the password `hindsight`.
 */
export const PASSWORD = 'hindsight';

export function baseUrl(): string {
  const url = process.env.HINDSIGHT_BASE_URL;
  if (!url) {
    throw new Error('HINDSIGHT_BASE_URL is not set: run the journey through `./hindsight test` (BrowserJourneyIT), '
      + 'or start a host with `./hindsight run --port 0 --data <fresh dir>` and set it to the host\'s address.');
  }
  return url.replace(/\/$/, '');
}

export interface Answer<T = unknown> {
  status: number;
  body: T;
}

/**
 * Hindsight's REST API as one user, for the steps that have no screen (said so where used) and for checking what a
 * screen did. Answers are parsed JSON; `expect` makes an unexpected status fail with the server's error body.
 */
export class RestClient {
  constructor(private readonly user: string, private readonly base: string = baseUrl()) {}

  async call<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}):
      Promise<Answer<T>> {
    const response = await fetch(`${this.base}/rest/hindsight/1.0${path}`, {
      method,
      headers: {
        Accept: 'application/json',
        Authorization: basicAuth(this.user),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? (undefined as T) : parse<T>(text) };
  }

  async expect<T = any>(status: number, method: string, path: string, body?: unknown): Promise<T> {
    const answer = await this.call<T>(method, path, body);
    if (answer.status !== status) {
      throw new Error(`${this.user}: ${method} ${path} answered ${answer.status}, expected ${status}: `
        + JSON.stringify(answer.body));
    }
    return answer.body;
  }
}

export function basicAuth(user: string): string {
  return `Basic ${Buffer.from(`${user}:${PASSWORD}`).toString('base64')}`;
}

function parse<T>(text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return text as unknown as T;
  }
}

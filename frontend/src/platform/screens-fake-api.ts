import { RequestFailure, type Api, type ApiError, type Params } from './screens-api';

/** One call a screen made to the fake API. */
export interface Call {
  method: string;
  path: string;
  params?: Params;
  body?: unknown;
}

export type Route = (call: Call) => unknown;

/** A refusal as the server words it, for fake routes to throw. */
export function refusal(error: Partial<ApiError> & { message: string }): RequestFailure {
  return new RequestFailure({ status: 400, code: 'invalid_input', field: null, ...error });
}

/**
 * An in-memory Api for unit tests: each call is recorded and answered by the first route whose key
 * ("GET /metrics") matches; a route may throw a RequestFailure. An unknown call fails the test loudly.
 */
export function fakeApi(routes: Record<string, Route>): Api & { calls: Call[] } {
  const calls: Call[] = [];
  const answer = async (call: Call) => {
    calls.push(call);
    const route = routes[`${call.method} ${call.path}`];
    if (!route) throw new Error(`unexpected call ${call.method} ${call.path}`);
    return route(call);
  };
  return {
    baseUrl: '/ctx',
    calls,
    get: <T>(path: string, params?: Params) => answer({ method: 'GET', path, params }) as Promise<T>,
    send: <T>(method: string, path: string, body?: unknown) => answer({ method, path, body }) as Promise<T>,
  };
}

/** Lets pending promise callbacks run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

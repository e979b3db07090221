// The GraphQL client: POST /graphql with the CSRF header, cookies of the
// same origin only (the session cookie is HttpOnly; no token ever reaches JS).
import { Client, cacheExchange, fetchExchange } from '@urql/core';

export const CSRF_HEADER = 'X-Zielwerk-CSRF';

export function createClient(url = '/graphql'): Client {
  return new Client({
    url,
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: () => ({
      credentials: 'same-origin',
      headers: { [CSRF_HEADER]: '1', Accept: 'application/graphql-response+json, application/json' },
    }),
    exchanges: [cacheExchange, fetchExchange],
  });
}

/** Ends the session on the server, then goes where it says (the IdP's logout or /). */
export async function signOut(): Promise<void> {
  let target = '/';
  try {
    const res = await fetch('/auth/logout', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { [CSRF_HEADER]: '1' },
    });
    if (res.ok && (res.headers.get('Content-Type') ?? '').includes('json')) {
      const body = (await res.json()) as { redirect?: string };
      if (typeof body.redirect === 'string' && /^(https?:\/\/|\/)/.test(body.redirect)) target = body.redirect;
    }
  } catch {
    /* the session cookie is cleared server-side or expires; go home anyway */
  }
  window.location.assign(target);
}

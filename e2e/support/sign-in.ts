/** Signing a browser context in through the API, as the login page does, including the second step. */
import { expect, type APIRequestContext } from '@playwright/test';
import type { Account } from './server';
import { PASSWORD } from './server';
import { nextSecondFactor } from './two-factor';

/** Signs in through `request` (a context's, so its cookies are the browser's); returns the session info. */
export async function signInThroughApi(
  request: APIRequestContext,
  url: string,
  account: Account,
): Promise<{ user: { id: string } }> {
  const headers = { 'x-tijdig-request': '1', origin: url };
  const response = await request.post(`${url}/api/auth/login`, {
    data: { email: account.email, password: PASSWORD },
    headers,
  });
  if (response.status() === 202 && account.authenticator) {
    // The second step, with what the account's app shows now.
    const verified = await request.post(`${url}/api/auth/two-factor/verify`, {
      data: nextSecondFactor(account.authenticator),
      headers,
    });
    expect(verified.status(), 'second factor').toBe(200);
    return (await verified.json()) as { user: { id: string } };
  }
  expect(response.status(), 'login').toBe(200);
  return (await response.json()) as { user: { id: string } };
}

/**
 * Follows an OAuth connect link the way a user's browser does, with plain HTTP requests: the
 * sidecar's redirect to the provider (keeping the cookie it sets), the provider's authorize
 * endpoint (oauth2-mock-server approves at once and redirects back), the sidecar's callback.
 */

/** A sign-in approved at the provider, its callback not yet visited. */
export interface ApprovedSignIn {
  /** The provider's authorize URL the sidecar redirected to (PKCE, state, …). */
  readonly authorize: URL;
  /** The sidecar's callback URL the provider redirected to (code, state). */
  readonly callback: URL;
  /** The cookie the sidecar set on this browser (`name=value`). */
  readonly cookie: string;
}

/** Where the flow went and how it ended. */
export interface ConnectOutcome extends ApprovedSignIn {
  /** Status of the callback's answer (200: connected). */
  readonly status: number;
  /** The page the callback answered with. */
  readonly page: string;
}

/**
 * Opens `link` and approves at the provider, stopping before the callback.
 *
 * @example
 * ```ts
 * const signIn = await approveConnectLink(denied.connectUrl);
 * const { status } = await finishSignIn(signIn);
 * ```
 */
export async function approveConnectLink(link: string): Promise<ApprovedSignIn> {
  const start = await fetch(link, { redirect: "manual" });
  if (start.status !== 302) throw new Error(`the connect link answered ${start.status}, not a redirect: ${await start.text()}`);
  const cookie = start.headers.get("set-cookie")!.split(";")[0]!;
  const authorize = new URL(start.headers.get("location")!);
  const approved = await fetch(authorize, { redirect: "manual" });
  if (approved.status !== 302) throw new Error(`the provider's authorize endpoint answered ${approved.status}, not a redirect`);
  return { authorize, callback: new URL(approved.headers.get("location")!), cookie };
}

/**
 * Visits the callback of an approved sign-in from the browser that started it.
 *
 * @example
 * ```ts
 * expect((await finishSignIn(signIn)).status).toBe(200);
 * ```
 */
export async function finishSignIn(signIn: ApprovedSignIn): Promise<ConnectOutcome> {
  const done = await fetch(signIn.callback, { redirect: "manual", headers: { cookie: signIn.cookie } });
  return { ...signIn, status: done.status, page: await done.text() };
}

/**
 * Opens `link` and completes the flow.
 *
 * @example
 * ```ts
 * const { status } = await followConnectLink(denied.connectUrl);
 * expect(status).toBe(200);
 * ```
 */
export async function followConnectLink(link: string): Promise<ConnectOutcome> {
  return finishSignIn(await approveConnectLink(link));
}

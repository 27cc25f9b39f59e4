/**
 * Follows an OAuth connect link the way a user's browser does, with plain HTTP requests: the
 * sidecar's confirmation page (keeping the CSRF cookie it sets), the user's "Connect" (a POST
 * of the page's form, answered with a redirect to the provider and the flow's cookie), the
 * provider's authorize endpoint (oauth2-mock-server approves at once and redirects back), the
 * sidecar's callback.
 */

/** The confirmation page a connect link opens. */
export interface ConfirmationPage {
  readonly status: number;
  readonly html: string;
  /** The CSRF token of its form. */
  readonly csrf: string;
  /** The CSRF cookie the sidecar set (`name=value`). */
  readonly cookie: string;
}

/**
 * Opens `link` (GET): the page that asks before anything starts.
 *
 * @example
 * ```ts
 * const page = await openConnectLink(denied.connectUrl);
 * expect(page.html).toContain("for subject <strong>alice</strong>");
 * ```
 */
export async function openConnectLink(link: string): Promise<ConfirmationPage> {
  const answer = await fetch(link, { redirect: "manual" });
  const html = await answer.text();
  const csrf = /<input type="hidden" name="csrf" value="([\w-]+)">/.exec(html)?.[1] ?? "";
  const cookie = answer.headers.get("set-cookie")?.split(";")[0] ?? "";
  return { status: answer.status, html, csrf, cookie };
}

/**
 * Presses "Connect" on an opened confirmation page: the form's POST with the page's cookie.
 *
 * @example
 * ```ts
 * const answer = await confirmConnectLink(link, await openConnectLink(link));
 * expect(answer.status).toBe(303);
 * ```
 */
export function confirmConnectLink(link: string, page: { readonly csrf: string; readonly cookie: string }): Promise<Response> {
  return fetch(link, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: page.cookie },
    body: new URLSearchParams({ csrf: page.csrf }).toString(),
  });
}

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
  const page = await openConnectLink(link);
  if (page.status !== 200 || page.csrf === "") throw new Error(`the connect link answered ${page.status}, not a confirmation page: ${page.html}`);
  const start = await confirmConnectLink(link, page);
  if (start.status !== 303) throw new Error(`the confirmation answered ${start.status}, not a redirect: ${await start.text()}`);
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

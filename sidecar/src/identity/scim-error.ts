/**
 * The error of the SCIM endpoint's domain: what the route answers as a SCIM error message
 * (RFC 7644 §3.12), with its HTTP status and `scimType`.
 */

/**
 * A SCIM protocol error: HTTP status, `scimType` and a detail that never quotes a credential.
 *
 * @example
 * ```ts
 * throw new ScimError(400, "Operations[0].path: the path \"a.b.c\" is not supported", "invalidPath");
 * ```
 */
export class ScimError extends Error {
  readonly status: number;
  readonly scimType: string | undefined;

  constructor(status: number, detail: string, scimType?: string) {
    super(detail);
    this.status = status;
    this.scimType = scimType;
  }
}

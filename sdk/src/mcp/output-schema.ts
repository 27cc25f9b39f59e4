/**
 * Whether a tool result's `structuredContent` conforms to the tool's `outputSchema`, checked
 * with the validator the MCP SDK's own clients use (the ajv-based `AjvJsonSchemaValidator`):
 * a result the governance changed (ScanResponse MUTATE) must still be one the agent's client
 * accepts, or the client throws and the whole result is lost. The validator is loaded from
 * whichever MCP SDK the host has installed (v1 `@modelcontextprotocol/sdk`, or v2
 * `@modelcontextprotocol/client` / `server`), and only when a check is needed.
 */

type Validate = (input: unknown) => { valid: boolean; errorMessage?: string | undefined };
interface JsonSchemaValidator {
  getValidator(schema: object): Validate;
}

/** Where the MCP SDKs ship their ajv validator, v1 first (what `Client` and `McpServer` of v1 use). */
const PROVIDERS = ["@modelcontextprotocol/sdk/validation/ajv", "@modelcontextprotocol/client/validators/ajv", "@modelcontextprotocol/server/validators/ajv"];

let validator: Promise<JsonSchemaValidator | undefined> | undefined;
/** Compiled once per schema object (a tools/list's schemas stay the same objects). */
const compiled = new WeakMap<object, Validate>();

async function loadValidator(): Promise<JsonSchemaValidator | undefined> {
  for (const provider of PROVIDERS) {
    try {
      const module = (await import(provider)) as { AjvJsonSchemaValidator?: new () => JsonSchemaValidator };
      if (module.AjvJsonSchemaValidator) return new module.AjvJsonSchemaValidator();
    } catch {
      // Not installed: the next SDK line.
    }
  }
  return undefined;
}

/**
 * Why `structured` does not conform to `schema`, or undefined when it does. A schema that
 * cannot be compiled, or no MCP SDK to check with, counts as not conforming (fail closed):
 * the agent's client could not accept the result either.
 *
 * @example
 * ```ts
 * const why = await outputSchemaMismatch(tool.outputSchema, result.structuredContent);
 * if (why) return errorResult(`withheld: ${why}`);
 * ```
 */
export async function outputSchemaMismatch(schema: object, structured: unknown): Promise<string | undefined> {
  let validate = compiled.get(schema);
  if (!validate) {
    validator ??= loadValidator();
    const v = await validator;
    if (!v) return "no MCP SDK JSON Schema validator is installed to check it";
    try {
      validate = v.getValidator(schema);
    } catch (err) {
      return `the output schema cannot be compiled (${(err as Error).message})`;
    }
    compiled.set(schema, validate);
  }
  const verdict = validate(structured);
  return verdict.valid ? undefined : (verdict.errorMessage ?? "does not match");
}

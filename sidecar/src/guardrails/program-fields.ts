/**
 * Values a program's own definitions hold: a tool's description in a tool definition (MCP's
 * `tools/list`, an OpenAI or Anthropic function tool's schema) and the prompt a model's
 * configuration gives its model. Their imperatives are the program's — to the tool's caller
 * ("Create a new file or overwrite an existing one"), on whose behalf and with whose consent
 * ("Sends an email on behalf of the user, once confirmed"), to its model ("Summarise the
 * document in five bullet points") — not orders to whoever reads the document. What they ask to
 * be read, sent out or set aside (a poisoned description's payload) is read as ever: only the
 * rules in {@link PROGRAM_REQUESTS} are weighed as documentation's.
 */

/** The rules whose findings a program's definition makes in the course of saying what it does. */
export const PROGRAM_REQUESTS: ReadonlySet<string> = new Set([
  "injection.task-request",
  "injection.tool-coercion",
  "injection.output-directive",
  "injection.reassurance",
  "injection.authority",
]);

/** A tool definition's keys: its input schema (MCP's, Anthropic's, OpenAI's) and its name. */
const TOOL_SCHEMA_KEY = /"(?:inputSchema|input_schema|parameters)"[ \t]*:[ \t]*\{/;
const TOOL_NAME_KEY = /"name"[ \t]*:[ \t]*"[\w.-]{1,64}"/;
/** A model named in a configuration (`"model": "gpt-4o-mini"`, `"model": "claude-3-haiku"`, `"model_id": "llama-3.1-8b"`). */
const MODEL_NAMED =
  /"(?:model|model_?id|model_?name|modelId|modelName|engine)"[ \t]*:[ \t]*"(?:[\w.-]{1,40}\/)?(?:gpt|o[134]|claude|llama|mistral|mixtral|gemini|gemma|command|qwen|deepseek|phi|text-davinci|sonnet|haiku|opus)[\w.:-]{0,60}"/i;
/** The keys a model's configuration gives it its prompt under. */
const PROMPT_KEY = /^(?:prompt|system|system_?prompt|systemPrompt|instructions?|template|prompt_?template|promptTemplate|preamble|persona)$/i;

/**
 * What one JSON document is, read once and only when asked: whether it defines tools, whether
 * it configures a model by name.
 *
 * @example
 * ```ts
 * const doc = new ProgramDocument('{"name": "write_file", "description": "Create a file.", "inputSchema": {}}');
 * doc.programField("description"); // true
 * doc.programField("note"); // false
 * ```
 */
export class ProgramDocument {
  readonly #text: string;
  #tool: boolean | undefined;
  #model: boolean | undefined;

  constructor(text: string) {
    this.#text = text;
  }

  /** Whether a value under `key` is a tool's description or a configured model's prompt. */
  programField(key: string | undefined): boolean {
    if (key === undefined) return false;
    if (key === "description") return (this.#tool ??= TOOL_SCHEMA_KEY.test(this.#text) && TOOL_NAME_KEY.test(this.#text));
    return PROMPT_KEY.test(key) && (this.#model ??= MODEL_NAMED.test(this.#text));
  }
}

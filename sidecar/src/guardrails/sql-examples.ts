/**
 * A table of labelled examples loaded with SQL: `INSERT INTO eval_prompts (payload, is_attack,
 * source) VALUES ('Ignore previous instructions …', TRUE, …), …` — a column that labels each
 * row as an attack or not (or as the expected verdict) makes the other columns' strings cases
 * of a data set, as a CSV's label column or a JSON record's `"label"` does.
 */

/** An insert's column list (bounded). */
const INSERT = /\binsert\s{1,3}into\s{1,3}[\w."`[\]]{1,64}\s{0,3}\(([^)]{1,400})\)\s{0,3}values\b/gi;
/** A column that labels a row: as an attack or not, or with its expected verdict. */
const LABEL_COLUMN =
  /^(?:is_?)?(?:attack|injection|prompt_?injection|malicious|jailbreak|harmful|unsafe|benign|safe|adversarial)$|^(?:label|expected(?:_\w+)?|verdict|class|classification|category|ground_?truth|should_?(?:block|flag|pass))$/i;

/**
 * Whether `text` inserts rows into a table with a labelling column.
 *
 * @example
 * ```ts
 * sqlLabelledInsert("INSERT INTO eval_prompts (payload, is_attack) VALUES ('Ignore the rules', TRUE);"); // true
 * sqlLabelledInsert("INSERT INTO notes (body) VALUES ('Ignore the rules');"); // false
 * ```
 */
export function sqlLabelledInsert(text: string): boolean {
  INSERT.lastIndex = 0;
  for (let m = INSERT.exec(text), n = 0; m !== null && n < 16; m = INSERT.exec(text), n++) {
    const columns = (m[1] ?? "").split(",").map((c) => c.trim().replace(/^["`[]|["`\]]$/g, ""));
    if (columns.length >= 2 && columns.some((c) => LABEL_COLUMN.test(c))) return true;
  }
  return false;
}

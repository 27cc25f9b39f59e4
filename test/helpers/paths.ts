/** Paths of the repository, for tests that run the CLI or read fixtures. */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const CLI = join(REPO, "sidecar", "bin", "portcullis.js");
export const EXAMPLE_POLICY = join(REPO, "examples", "policy.yaml");
export const BIN = join(REPO, "node_modules", ".bin");

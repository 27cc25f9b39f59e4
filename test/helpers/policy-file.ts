/** Writes policy text to a temporary file and opens a PolicyStore on it. */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PolicyStore } from "@portcullis/sidecar";

export async function policyFile(text: string): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), "pcl-policy-")), "policy.yaml");
  await writeFile(file, text);
  return file;
}

export async function openPolicy(text: string): Promise<PolicyStore> {
  return PolicyStore.open(await policyFile(text));
}

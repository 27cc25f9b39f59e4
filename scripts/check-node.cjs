// Preflight of the npm scripts that need Node >= 22 on PATH (test, bench, eval): stops at
// once, before anything is built or started, when this `node` is older, and says how to get
// a newer one. CommonJS and old syntax on purpose: it has to run on the old Node it refuses
// (as .cjs it loads as CommonJS on every Node version, even where .mjs is unknown).
"use strict";
var fs = require("fs");
var path = require("path");

var REQUIRED = 22;
var major = Number(process.versions.node.split(".")[0]);
if (major < REQUIRED) {
  var provisioned = fs.existsSync(path.join(__dirname, "..", ".node", "bin", "node"));
  var script = process.env.npm_lifecycle_event;
  process.stderr.write(
    [
      "portcullis needs Node >= " + REQUIRED + "; this is Node " + process.version + " (" + process.execPath + ").",
      provisioned
        ? "Node 24 is already in .node/; put it first on PATH in this shell:"
        : "Fetch Node 24 into .node/ (once, from the npm registry) and put it first on PATH in this shell:",
      "",
      "  source scripts/ensure-node.sh",
      "",
      "then run " +
        (script ? "'npm " + (script === "test" ? "test" : "run " + script) + "'" : "the command") +
        " again. (Or install Node >= 22 yourself, e.g. nvm install 24.)",
      "",
    ].join("\n"),
  );
  process.exit(1);
}

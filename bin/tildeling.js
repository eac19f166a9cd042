#!/usr/bin/env node
// The package's command line (package.json "bin"). The code is compiled from src/cli into lib/
// by `npm run build:lib`.
"use strict";
let cli;
try {
  cli = require("../lib/cli/main.js");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && /lib[\\/]cli[\\/]main\.js/.test(String(error.message))) {
    process.stderr.write("tildeling: the command line is not built yet. Run `npm run build:lib` first.\n");
    process.exit(2);
  }
  throw error;
}
cli.run();

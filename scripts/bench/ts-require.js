// Lets a benchmark require the TypeScript sources and test support directly (no build step):
// each .ts file is compiled to CommonJS by swc, the compiler the tests use, as it is required.
const { readFileSync } = require("node:fs");
const Module = require("node:module");
const { transformSync } = require("@swc/core");

const options = { jsc: { parser: { syntax: "typescript" }, target: "es2020" }, module: { type: "commonjs" }, sourceMaps: false };

Module._extensions[".ts"] = function compile(module, filename) {
  const { code } = transformSync(readFileSync(filename, "utf8"), { ...options, filename });
  module._compile(code, filename);
};

// Builds a fake host from tests/e2e/fixtures/ (workbook-host.ts: the in-memory Excel with the seed
// workbook; word-host.ts: an in-memory Word document) into one browser script with webpack, once
// per run each, into test-output/ (git-ignored). It is never part of dist/: the test serves it in
// place of office.js.
const { join } = require("node:path");
const { readFileSync } = require("node:fs");
const webpack = require("webpack");

const ROOT = join(__dirname, "..", "..", "..");
const OUT_DIR = join(ROOT, "test-output", "e2e-build");

const built = new Map();

function compile(name) {
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: ["web", "es2020"],
    entry: join(ROOT, "tests", "e2e", "fixtures", `${name}.ts`),
    output: { path: OUT_DIR, filename: `${name}.js` },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "swc-loader", options: { jsc: { parser: { syntax: "typescript" }, target: "es2020" } } },
        },
      ],
    },
  });
  return new Promise((resolve, reject) => {
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(readFileSync(join(OUT_DIR, `${name}.js`), "utf8"));
    });
  });
}

/** The script of fixtures/<name>.ts; built on first use. */
function hostScript(name) {
  if (!built.has(name)) built.set(name, compile(name));
  return built.get(name);
}

/** The in-memory Excel with the seed workbook. */
function workbookHostScript() {
  return hostScript("workbook-host");
}

module.exports = { hostScript, workbookHostScript };

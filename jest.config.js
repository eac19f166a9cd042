// Unit, property and contract tests run under Node; component tests (*.test.tsx) under jsdom.
const swc = ["@swc/jest", { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } }, target: "es2020" }, module: { type: "commonjs" } }];
const moduleNameMapper = {
  // office-addin-mock only needs the OfficeApp enum; the package root pulls ESM-only modules.
  "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
};
module.exports = {
  // Command-line tests run the real bin as a child process and contract tests build large sheets:
  // give every test room on a busy 2-core machine. Jest reads this only at the top level, not
  // inside a `projects` entry.
  testTimeout: 120_000,
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      roots: ["<rootDir>/tests"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/"],
      transform: { "^.+\\.(t|j)sx?$": swc },
      moduleNameMapper,
    },
    {
      displayName: "dom",
      testEnvironment: "jsdom",
      setupFilesAfterEnv: ["<rootDir>/tests/support/dom-setup.ts"],
      roots: ["<rootDir>/tests"],
      testMatch: ["**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/"],
      transform: { "^.+\\.(t|j)sx?$": swc },
      moduleNameMapper,
    },
  ],
};

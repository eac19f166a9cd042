// Unit, property and contract tests run under Node; component tests (*.test.tsx) under jsdom.
const swc = ["@swc/jest", { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } }, target: "es2020" }, module: { type: "commonjs" } }];
const moduleNameMapper = {
  // office-addin-mock only needs the OfficeApp enum; the package root pulls ESM-only modules.
  "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
};
module.exports = {
  // Component tests wait for lazily imported tabs; give every test room on a busy 2-core CI box.
  testTimeout: 30_000,
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      // Command-line tests run the real bin as a child process; give them room on a busy 2-core CI box.
      testTimeout: 30_000,
      roots: ["<rootDir>/tests"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/"],
      transform: { "^.+\\.(t|j)sx?$": swc },
      moduleNameMapper,
    },
    {
      displayName: "dom",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/tests"],
      testMatch: ["**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/"],
      transform: { "^.+\\.(t|j)sx?$": swc },
      moduleNameMapper,
    },
  ],
};

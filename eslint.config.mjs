// Lint config for `npm run lint` (office-addin-lint picks up this file from the project root).
// It starts from the Office add-in rules (eslint-plugin-office-addins "recommended") and:
// - applies them to .tsx too (the plugin's own block only matches .js/.ts files),
// - raises the Office.js rules that are warnings upstream to errors (ARCHITECTURE.md: no sync in a loop),
// - leaves undefined names to TypeScript (`no-undef` does not understand types or ambient globals),
// - does not enforce Prettier formatting: the code base is not Prettier-formatted, and formatting
//   is not correctness. Turn `prettier/prettier` back on together with one `npm run lint:fix`.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const recommended = officeAddins.configs.recommended;
// Reuse the plugin objects the recommended config registers; ESLint refuses two different
// objects under one plugin name.
const plugins = Object.assign({}, ...recommended.map((c) => c.plugins || {}));

const officeJsRules = Object.fromEntries(Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, "error"]));

export default [
  { ignores: ["dist/**", "lib/**", "coverage/**", "test-output/**", "node_modules/**"] },
  ...recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins,
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      ...officeJsRules,
      "no-eval": "error",
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-undef": "off",
      "no-redeclare": "off",
      "prettier/prettier": "off",
    },
  },
  {
    // Node scripts, benchmarks and the end-to-end runner are modern CommonJS.
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { ecmaVersion: 2022, sourceType: "commonjs" },
    rules: {
      "no-eval": "error",
      "no-undef": "off",
      "no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "prettier/prettier": "off",
    },
  },
  { files: ["**/*.mjs"], languageOptions: { sourceType: "module" } },
  {
    // The engine knows nothing of hosts (ARCHITECTURE.md): no Office, DOM, React, Node or file
    // library, and none of the faces or adapters above it.
    files: ["src/core/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react/*", "react-dom", "react-dom/*", "@fluentui/*", "@testing-library/*"], message: "src/core is host-free: no React or UI library." },
            { group: ["exceljs", "jszip", "office-*", "@microsoft/*", "playwright*"], message: "src/core is host-free: no Office or file-format library." },
            { group: ["node:*", "fs", "fs/*", "path", "os", "child_process", "url", "util", "stream", "zlib", "crypto"], message: "src/core is host-free: no Node modules." },
            {
              group: ["../", "../../", "../../../"].flatMap((up) => ["excel", "word", "taskpane", "cli", "xlsx", "app"].flatMap((dir) => [`${up}${dir}`, `${up}${dir}/**`])),
              message: "src/core is the bottom layer: it imports no face, adapter or pane contract.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["window", "document", "navigator", "localStorage", "Office", "Excel", "Word", "process", "require"].map((name) => ({ name, message: "src/core is host-free." })),
      ],
    },
  },
  {
    // Adapters implement the pane contract (src/app); they never reach into the UI.
    files: ["src/excel/**/*.{ts,tsx}", "src/word/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["../taskpane", "../taskpane/**", "../../taskpane/**", "react", "react/*", "react-dom", "@fluentui/*"], message: "Adapters do not import the task pane or React; the contract is src/app/pane-actions.ts." }] },
      ],
    },
  },
];

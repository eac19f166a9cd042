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
];

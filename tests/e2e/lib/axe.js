// axe-core on the page: every violation of any impact, as "rule (impact): help — targets".
// The page must have been opened with bypassCSP, since axe is injected as a script.
const { readFileSync } = require("node:fs");

const AXE = require.resolve("axe-core/axe.min.js");

async function violations(page) {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ content: readFileSync(AXE, "utf8") });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    // Fluent UI's focus manager (tabster) puts focusable aria-hidden <i data-tabster-dummy> sentinels
    // around arrow-key groups such as the tab list; they pass focus on the moment they get it.
    // Fluent lists aria-hidden-focus on them as a known false positive ("by design",
    // https://github.com/microsoft/fluentui/issues/27517), and Accessibility Insights suppresses it.
    // Only those nodes are dropped; any other node of any rule still counts.
    const sentinel = (v, n) => v.id === "aria-hidden-focus" && /^<i [^>]*data-tabster-dummy/.test(n.html);
    return result.violations
      .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !sentinel(v, n)) }))
      .filter((v) => v.nodes.length > 0)
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

/** Kept for the older callers: now every impact counts. */
const seriousViolations = violations;

module.exports = { violations, seriousViolations };

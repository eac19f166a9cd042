// "No element wider than the pane": the page never scrolls sideways, and no element pokes out
// past the pane's right edge unless it sits inside a box that scrolls sideways on purpose (the
// change table's amounts). Returns the offenders, for the assertion message.
async function overflow(page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const out = [];
    if (root.scrollWidth > width) out.push(`page scrollWidth ${root.scrollWidth} > clientWidth ${width}`);
    if (document.body.scrollWidth > width) out.push(`body scrollWidth ${document.body.scrollWidth} > ${width}`);
    const insideScroller = (el) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === "auto" || o === "scroll" || o === "hidden") return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right > width + 0.5 && !insideScroller(el)) {
        out.push(`${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}.${String(el.className).split(" ")[0]} right ${Math.round(r.right)} > ${width}`);
      }
      if (out.length > 5) break;
    }
    return out;
  });
}

async function assertFits(assert, page, where) {
  const offenders = await overflow(page);
  assert.deepEqual(offenders, [], `${where}: wider than the pane`);
}

module.exports = { overflow, assertFits };

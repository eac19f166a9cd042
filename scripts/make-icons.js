#!/usr/bin/env node
// Draws the add-in's icon (a table with a highlighted header on a teal rounded square) at every
// size the manifest names, so the PNGs in assets/ can be rebuilt instead of edited by hand.
// Shapes are described in unit coordinates and each pixel is supersampled, which keeps the
// 16 px ribbon icon crisp without a vector renderer.
const { writeFileSync, mkdirSync } = require("node:fs");
const { join } = require("node:path");
const { PNG } = require("pngjs");

const SIZES = [16, 32, 64, 80];
const SAMPLES = 4; // 4x4 samples per pixel

const TEAL = [0x0f, 0x5b, 0x78];
const WHITE = [0xff, 0xff, 0xff];
const AMBER = [0xf2, 0xb6, 0x32];

function insideRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

const sheet = { left: 0.2, top: 0.22, right: 0.8, bottom: 0.78 };
const line = 0.065;

/** Colour at a point, painter's order: last matching layer wins; null is transparent. */
function colourAt(x, y) {
  let colour = null;
  if (insideRoundedRect(x, y, 0, 0, 1, 1, 0.2)) colour = TEAL;
  if (insideRoundedRect(x, y, sheet.left, sheet.top, sheet.right, sheet.bottom, 0.05)) {
    colour = WHITE;
    if (y < 0.38) colour = AMBER;
    const column = Math.abs(x - 0.45) < line / 2;
    const rows = [0.38, 0.58].some((r) => Math.abs(y - r) < line / 2);
    if ((column && y > 0.38) || rows) colour = TEAL;
  }
  return colour;
}

function drawIcon(size) {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colourAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (!c) continue;
          covered++;
          for (let i = 0; i < 3; i++) sum[i] += c[i];
        }
      }
      const at = (py * size + px) * 4;
      for (let i = 0; i < 3; i++) png.data[at + i] = covered ? Math.round(sum[i] / covered) : 0;
      png.data[at + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
    }
  }
  return PNG.sync.write(png);
}

const outDir = join(__dirname, "..", "assets");
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = join(outDir, `icon-${size}.png`);
  writeFileSync(file, drawIcon(size));
  console.log(`wrote ${file}`);
}

// The project's own rules for manifest.xml, on top of Microsoft's schema: they catch what the
// schema allows but Office or a store reviewer would reject (plain http, an icon of the wrong size,
// a page that was never built, more permissions than the add-in needs).
const { existsSync, readFileSync } = require("node:fs");
const { dirname, join, normalize, sep } = require("node:path");

const REQUIRED_PERMISSION = "ReadWriteDocument";
// The icon sizes Office asks for at the top level of the manifest.
const TOP_LEVEL_ICON_SIZES = { IconUrl: 32, HighResolutionIconUrl: 64 };

/** Visit every element of an xml2js tree (default options): `$` holds attributes, `_` text. */
function walk(node, name, visit) {
  if (node === null || typeof node !== "object") {
    visit(name, { $: {}, _: typeof node === "string" ? node : "" });
    return;
  }
  visit(name, node);
  for (const [key, value] of Object.entries(node)) {
    if (key === "$" || key === "_") continue;
    for (const child of Array.isArray(value) ? value : [value]) walk(child, key, visit);
  }
}

function textOf(node) {
  return (typeof node === "string" ? node : node._ || "").trim();
}

function attr(node, name) {
  return node && node.$ ? node.$[name] : undefined;
}

/** Every URL-like value in attributes and text, except namespace declarations. */
function collectUrls(doc) {
  const urls = [];
  walk(doc, "OfficeApp", (element, node) => {
    for (const [name, value] of Object.entries(node.$ || {})) {
      if (name === "xmlns" || name.startsWith("xmlns:")) continue;
      if (/^\s*[a-z][a-z0-9+.-]*:\/\//i.test(value)) urls.push({ element, value: value.trim() });
    }
    const text = textOf(node);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) urls.push({ element, value: text });
  });
  return urls;
}

function checkHttps(doc) {
  const bad = collectUrls(doc).filter((u) => !u.value.toLowerCase().startsWith("https://"));
  return bad.map((u) => `<${u.element}> uses a URL that is not https: ${u.value}`);
}

function checkResids(doc) {
  const defined = new Set();
  const used = [];
  walk(doc, "OfficeApp", (element, node) => {
    const id = attr(node, "id");
    if (id && /^bt:(Image|Url|String)$/.test(element)) defined.add(id);
    const resid = attr(node, "resid");
    if (resid) used.push({ element, resid });
  });
  return used.filter((u) => !defined.has(u.resid)).map((u) => `<${u.element} resid="${u.resid}"> names no resource`);
}

function checkPermissions(doc) {
  const found = [];
  walk(doc, "OfficeApp", (element, node) => {
    if (element === "Permissions") found.push(textOf(node));
  });
  if (found.length === 1 && found[0] === REQUIRED_PERMISSION) return [];
  const shown = found.length ? found.join(", ") : "none";
  return [`permissions must be exactly ${REQUIRED_PERMISSION} (least privilege), found: ${shown}`];
}

/** Map a manifest URL under the add-in's base URL to a file under `root`; null when outside. */
function localFileFor(url, baseUrl, root) {
  const base = baseUrl.replace(/\/+$/, "") + "/";
  if (!url.startsWith(base)) return null;
  const relative = decodeURIComponent(url.slice(base.length).split(/[?#]/)[0]);
  const file = normalize(join(root, relative));
  return file.startsWith(normalize(root + sep)) ? file : null;
}

function pngSize(file) {
  const bytes = readFileSync(file);
  const signature = "89504e470d0a1a0a";
  if (bytes.length < 24 || bytes.subarray(0, 8).toString("hex") !== signature) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every icon URL with the size Office will draw it at. */
function declaredIcons(doc) {
  const icons = [];
  const imageUrls = new Map(); // resource id -> URLs (default and overrides)
  const referencedSizes = new Map(); // resource id -> sizes asked for
  walk(doc, "OfficeApp", (element, node) => {
    const size = TOP_LEVEL_ICON_SIZES[element];
    if (size) {
      for (const url of [attr(node, "DefaultValue"), ...overrideValues(node)].filter(Boolean)) {
        icons.push({ what: `<${element}>`, url, size });
      }
    }
    if (element !== "bt:Image") return;
    if (attr(node, "id")) imageUrls.set(attr(node, "id"), [attr(node, "DefaultValue"), ...overrideValues(node)].filter(Boolean));
    if (attr(node, "resid") && attr(node, "size")) {
      const sizes = referencedSizes.get(attr(node, "resid")) || new Set();
      sizes.add(Number(attr(node, "size")));
      referencedSizes.set(attr(node, "resid"), sizes);
    }
  });
  for (const [id, sizes] of referencedSizes) {
    for (const url of imageUrls.get(id) || []) {
      for (const size of sizes) icons.push({ what: `image ${id}`, url, size });
    }
  }
  return icons;
}

function overrideValues(node) {
  const overrides = [...(node.Override || []), ...(node["bt:Override"] || [])];
  return overrides.map((o) => attr(o, "Value"));
}

function checkIcons(doc, { baseUrl, root }) {
  const problems = [];
  const icons = declaredIcons(doc);
  if (!icons.length) return ["the manifest declares no icons"];
  for (const icon of icons) {
    const file = localFileFor(icon.url, baseUrl, root);
    if (!file) {
      problems.push(`${icon.what}: ${icon.url} is not under ${baseUrl}, so it cannot be checked`);
    } else if (!existsSync(file)) {
      problems.push(`${icon.what}: icon file missing: ${file}`);
    } else {
      const size = pngSize(file);
      if (!size) problems.push(`${icon.what}: ${file} is not a PNG`);
      else if (size.width !== icon.size || size.height !== icon.size) {
        problems.push(`${icon.what}: ${file} is ${size.width}x${size.height}, expected ${icon.size}x${icon.size}`);
      }
    }
  }
  return problems;
}

/** With a build folder: every file the manifest names exists, and so does every script a page loads. */
function checkBuilt(doc, { baseUrl, dist }) {
  const problems = [];
  for (const { element, value } of collectUrls(doc)) {
    const file = localFileFor(value, baseUrl, dist);
    if (!file) continue; // outside the add-in (e.g. a support site): nothing of ours to build
    if (!existsSync(file)) {
      problems.push(`<${element}> names ${value}, but ${file} was not built`);
      continue;
    }
    if (!file.endsWith(".html")) continue;
    const html = readFileSync(file, "utf8");
    for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) {
      if (/^[a-z]+:/i.test(src) || src.startsWith("//")) continue;
      const path = src.split(/[?#]/)[0];
      const script = normalize(path.startsWith("/") ? join(dist, path) : join(dirname(file), path));
      if (!existsSync(script)) problems.push(`${file} loads ${src}, which was not built`);
    }
  }
  return problems;
}

module.exports = { checkHttps, checkResids, checkPermissions, checkIcons, checkBuilt, collectUrls, pngSize };

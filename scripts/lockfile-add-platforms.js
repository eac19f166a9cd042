#!/usr/bin/env node
// Restores lockfile entries for the other platforms' native builds (darwin, win32, ...) that the
// npm mirror on our build machines does not serve in current versions. `npm install` quietly
// leaves such optional packages out of package-lock.json, and `npm ci` then refuses the lockfile
// as out of sync, on every machine. An entry needs only the version and the os/cpu/libc it is
// for: npm skips packages for other platforms without fetching them, and fetches the right one
// by name and version on that platform. Run after `npm install` changes the lockfile:
//   node scripts/lockfile-add-platforms.js && npm ci
const { readFileSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");

const LOCK = join(__dirname, "..", "package-lock.json");
const OS = ["darwin", "linux", "win32", "android", "freebsd", "openharmony", "netbsd", "openbsd", "sunos", "aix"];
const CPU = ["arm64", "x64", "ia32", "arm", "ppc64", "s390x", "riscv64", "loong64", "wasm32", "mips64el"];

/** Platform fields from a native package name such as `@swc/core-linux-arm-gnueabihf`. */
function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const os = parts.find((p) => OS.includes(p));
  const cpu = parts.find((p) => CPU.includes(p));
  if (!cpu) return null;
  const fields = { cpu: [cpu] };
  if (os) fields.os = [os];
  if (os === "linux" && parts.some((p) => p.startsWith("musl"))) fields.libc = ["musl"];
  else if (os === "linux" && parts.some((p) => p.startsWith("gnu"))) fields.libc = ["glibc"];
  return fields;
}

const lock = JSON.parse(readFileSync(LOCK, "utf8"));
const packages = lock.packages;
const added = [];
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies || {})) {
    const nested = `${path ? `${path}/` : ""}node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (packages[nested] || packages[hoisted]) continue;
    const platform = platformOf(name);
    if (!platform || !/^\d+\.\d+\.\d+/.test(version)) continue; // only exact native builds
    // Field order as npm writes it (version first, then alphabetical), so `npm install` leaves it be.
    const fields = { ...platform, ...(entry.dev ? { dev: true } : {}), optional: true };
    packages[hoisted] = { version, ...Object.fromEntries(Object.entries(fields).sort(([a], [b]) => a.localeCompare(b))) };
    added.push(`${name}@${version}`);
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `added ${added.length} platform entries:\n  ${added.join("\n  ")}` : "lockfile already complete");

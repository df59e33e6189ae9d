// Adds to package-lock.json the platform-specific optional packages (other OSes, musl) that the
// npm on our machines leaves out when it writes the lockfile, and that `npm ci` then reports as
// "Missing ... from lock file". Run after every `npm install` that changes the lockfile:
//   node scripts/complete-lockfile.mjs
// Each entry comes from the registry's own metadata (version, integrity, os/cpu/libc); npm ci
// skips the ones that do not fit the machine, as it would have had npm written them itself.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;
let added = 0;

// The registry's metadata for a version, or undefined where the registry we reach does not hold
// the package (mirrors often keep only the platforms they serve).
function metadata(name, version) {
  try {
    const out = execFileSync(
      'npm',
      ['view', `${name}@${version}`, '--json', 'dist.integrity', 'os', 'cpu', 'libc', 'engines', 'license'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    return JSON.parse(out);
  } catch {
    return undefined;
  }
}

for (const [location, entry] of Object.entries(packages)) {
  if (!entry.optionalDependencies) continue;
  for (const [name, version] of Object.entries(entry.optionalDependencies)) {
    // Resolution as npm does it: beside the parent first, then up to the root.
    const parentDir = location === '' ? '' : `${location}/`;
    const candidates = [`${parentDir}node_modules/${name}`, `node_modules/${name}`];
    if (candidates.some((c) => packages[c])) continue;
    if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version)) continue; // only exact versions are safe to pin here
    const meta = metadata(name, version);
    // Without metadata the entry still names the version: npm ci then knows the package, tries
    // it only if nothing rules it out, and an optional package it cannot fetch is skipped.
    const completed = { version };
    if (meta?.['dist.integrity']) completed.integrity = meta['dist.integrity'];
    if (entry.dev) completed.dev = true;
    if (meta?.license) completed.license = meta.license;
    completed.optional = true;
    for (const key of ['os', 'cpu', 'libc']) if (meta?.[key]) completed[key] = meta[key];
    if (meta?.engines) completed.engines = meta.engines;
    packages[`node_modules/${name}`] = completed;
    added++;
  }
}

lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.error(`complete-lockfile: added ${added} platform packages`);

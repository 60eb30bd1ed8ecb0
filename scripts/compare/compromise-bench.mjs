// SPDX-FileCopyrightText: 2026 Byline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Throughput of compromise (people, places, organizations, quotations) + chrono-node (dates)
// on the same texts `byline bench` uses, for the README's side-by-side figure.
// Usage: node compromise-bench.mjs DIR... [--size MB]   (run from a folder where
// `npm install compromise chrono-node` was done; nothing of theirs is committed here)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(path.join(process.cwd(), 'noop.js'));
const nlp = require('compromise');
const chrono = require('chrono-node');

const args = process.argv.slice(2);
let sizeMb = 20;
const dirs = [];
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--size') sizeMb = Number(args[++i]);
  else dirs.push(args[i]);
}
const files = [];
const walk = (d) => {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.txt')) files.push(p);
  }
};
dirs.forEach((d) => (fs.statSync(d).isDirectory() ? walk(d) : files.push(d)));
files.sort();
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
const target = sizeMb * 1e6;
let bytes = 0, n = 0, found = 0;
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
while (bytes < target) {
  for (const t of texts) {
    const doc = nlp(t);
    found += doc.people().length + doc.places().length + doc.organizations().length + doc.quotations().length;
    found += chrono.parse(t, new Date('2021-11-12')).length;
    bytes += Buffer.byteLength(t, 'utf8');
    ++n;
    if (bytes >= target) break;
  }
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(c0);
const cpuSecs = (cpu.user + cpu.system) / 1e6;
console.log(`compromise ${nlp.version} + chrono-node: ${n} articles, ${(bytes / 1e6).toFixed(1)} MB in ${secs.toFixed(2)} s wall, ${cpuSecs.toFixed(2)} s CPU = ${(bytes / 1e6 / cpuSecs).toFixed(3)} MB/s per core of CPU time (${found} annotations)`);

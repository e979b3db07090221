// Reports the initial JavaScript (the entry chunk and what index.html
// preloads) in KB gzipped, and fails the build above the budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_KB = 200;
const dist = new URL('../dist/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1]);
let total = 0;
for (const s of new Set(scripts)) {
  const buf = readFileSync(join(dist, s.replace(/^\//, '')));
  const gz = gzipSync(buf, { level: 9 }).length;
  total += gz;
  console.log(`initial JS ${s}: ${(buf.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped`);
}
console.log(`initial JS total: ${(total / 1024).toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`);
if (total / 1024 > BUDGET_KB) {
  console.error('initial JS over budget');
  process.exit(1);
}

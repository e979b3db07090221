// npm run e2e: builds the Go server (which embeds frontend/dist), starts it
// on free loopback ports with a fresh SQLite data dir and the demo IdP,
// waits for /readyz, runs the browser tests with node's test runner and
// stops the server. Build the bundle first (npm run build) so the binary
// embeds the current app.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, openSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const bin = process.env.ZIELWERK_E2E_BIN || '/tmp/zielwerk-e2e';

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitReady(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const r = await fetch(url);
      if (r.ok) return true;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

if (!process.env.ZIELWERK_E2E_BIN) {
  console.log('e2e: go build -o', bin);
  const b = spawnSync('go', ['build', '-o', bin, '.'], { cwd: repo, stdio: 'inherit' });
  if (b.status !== 0) {
    console.error('e2e: go build failed');
    process.exit(1);
  }
}

const port = await freePort();
let idpPort = await freePort();
while (idpPort === port) idpPort = await freePort();
const dataDir = mkdtempSync(join(tmpdir(), 'zielwerk-e2e-'));
const logFile = join(dataDir, 'server.log');
const base = `http://127.0.0.1:${port}`;
const env = {
  ...process.env,
  DATA_DIR: dataDir,
  LISTEN_ADDR: `127.0.0.1:${port}`,
  DEMO_IDP_ADDR: `127.0.0.1:${idpPort}`,
  PUBLIC_URL: base,
  DATABASE_URL: '',
  OIDC_ISSUER: '',
  LOG_FORMAT: 'text',
  ADMIN_ADDR: '127.0.0.1:0',
};
const out = openSync(logFile, 'a');
const server = spawn(bin, [], { cwd: dataDir, env, stdio: ['ignore', out, out], detached: false });
let exited = false;
server.on('exit', () => (exited = true));

// A second instance, EMPTY (no demo city), for the onboarding test: its
// first administrator comes from BOOTSTRAP_ADMINS (an address that is not in
// the fixture's people file).
const emptyPort = await freePort();
let emptyIdpPort = await freePort();
while ([port, idpPort, emptyPort].includes(emptyIdpPort)) emptyIdpPort = await freePort();
const emptyDir = mkdtempSync(join(tmpdir(), 'zielwerk-e2e-empty-'));
const emptyLog = join(emptyDir, 'server.log');
const emptyBase = `http://127.0.0.1:${emptyPort}`;
const emptyOut = openSync(emptyLog, 'a');
const emptyServer = spawn(bin, [], {
  cwd: emptyDir,
  env: {
    ...env,
    DATA_DIR: emptyDir,
    LISTEN_ADDR: `127.0.0.1:${emptyPort}`,
    DEMO_IDP_ADDR: `127.0.0.1:${emptyIdpPort}`,
    PUBLIC_URL: emptyBase,
    DEMO: 'false',
    BOOTSTRAP_ADMINS: 'admin@weidenbrueck.example',
  },
  stdio: ['ignore', emptyOut, emptyOut],
  detached: false,
});
let emptyExited = false;
emptyServer.on('exit', () => (emptyExited = true));

const stop = () => {
  if (!exited) server.kill('SIGTERM');
  if (!emptyExited) emptyServer.kill('SIGTERM');
};
process.on('SIGINT', () => {
  stop();
  process.exit(130);
});

let code = 1;
try {
  const ready = (await waitReady(`${base}/readyz`, 60_000)) && (await waitReady(`${emptyBase}/readyz`, 60_000));
  if (!ready) {
    console.error('e2e: server did not become ready; log:\n' + (existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-4000) : ''));
    console.error('e2e: empty server log:\n' + (existsSync(emptyLog) ? readFileSync(emptyLog, 'utf8').slice(-4000) : ''));
  } else {
    console.log(`e2e: server ready at ${base} (demo IdP 127.0.0.1:${idpPort}); empty instance at ${emptyBase} (demo IdP 127.0.0.1:${emptyIdpPort})`);
    // Every browser test file of this folder unless files are named.
    const files = process.argv.slice(2).length ? process.argv.slice(2)
      : readdirSync(here).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => join(here, f));
    const t = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
      stdio: 'inherit',
      env: {
        ...process.env,
        ZW_BASE_URL: base,
        ZW_IDP_URL: `http://127.0.0.1:${idpPort}`,
        ZW_EMPTY_URL: emptyBase,
        ZW_EMPTY_IDP_URL: `http://127.0.0.1:${emptyIdpPort}`,
      },
    });
    code = t.status ?? 1;
  }
} finally {
  stop();
  await new Promise((r) => setTimeout(r, 500));
  if (code !== 0 && existsSync(logFile)) {
    console.error('e2e: last server log lines:\n' + readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n'));
  }
  if (code !== 0 && existsSync(emptyLog)) {
    console.error('e2e: last lines of the empty server log:\n' + readFileSync(emptyLog, 'utf8').split('\n').slice(-30).join('\n'));
  }
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(emptyDir, { recursive: true, force: true });
}
process.exit(code);

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

// Every browser test file of this folder unless files are named; options
// (--test-name-pattern=…) go to node's test runner.
const args = process.argv.slice(2);
const named = args.filter((a) => !a.startsWith('--'));
const fileArgs = named.length ? named : readdirSync(here).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => join(here, f));
const files = [...args.filter((a) => a.startsWith('--')), ...fileArgs];

const taken = [];
async function newPort() {
  let p = await freePort();
  while (taken.includes(p)) p = await freePort();
  taken.push(p);
  return p;
}

/**
 * Starts one server on a free loopback port with its own data dir and demo
 * IdP. publicHost is the name in its PUBLIC_URL (the listener is always
 * 127.0.0.1).
 */
async function startServer(name, publicHost, extraEnv = {}) {
  const port = await newPort();
  const idpPort = await newPort();
  const dir = mkdtempSync(join(tmpdir(), `zielwerk-e2e-${name}-`));
  const log = join(dir, 'server.log');
  const base = `http://${publicHost}:${port}`;
  const proc = spawn(bin, [], {
    cwd: dir,
    env: {
      ...process.env,
      DATA_DIR: dir,
      LISTEN_ADDR: `127.0.0.1:${port}`,
      DEMO_IDP_ADDR: `127.0.0.1:${idpPort}`,
      PUBLIC_URL: base,
      DATABASE_URL: '',
      OIDC_ISSUER: '',
      LOG_FORMAT: 'text',
      ADMIN_ADDR: '127.0.0.1:0',
      ...extraEnv,
    },
    stdio: ['ignore', openSync(log, 'a'), openSync(log, 'a')],
    detached: false,
  });
  const srv = { name, base, listen: `http://127.0.0.1:${port}`, idp: `http://127.0.0.1:${idpPort}`, dir, log, proc, exited: false };
  proc.on('exit', () => (srv.exited = true));
  return srv;
}

const main = await startServer('demo', '127.0.0.1');
// A second instance, EMPTY (no demo city), for the onboarding test: its
// first administrator comes from BOOTSTRAP_ADMINS (an address that is not in
// the fixture's people file).
const empty = await startServer('empty', '127.0.0.1', { DEMO: 'false', BOOTSTRAP_ADMINS: 'admin@weidenbrueck.example' });
// A third, with PUBLIC_URL on "localhost" as the server prints it by
// default, for the test that opens the address people type (127.0.0.1);
// started only when that test runs.
const wantsHost = fileArgs.some((f) => f.endsWith('signin-host.test.mjs'));
const host = wantsHost ? await startServer('host', 'localhost') : null;
const servers = [main, empty, host].filter(Boolean);
const base = main.base;

const stop = () => {
  for (const s of servers) if (!s.exited) s.proc.kill('SIGTERM');
};
process.on('SIGINT', () => {
  stop();
  process.exit(130);
});

let code = 1;
try {
  let ready = true;
  for (const s of servers) ready = ready && (await waitReady(`${s.listen}/readyz`, 60_000));
  if (!ready) {
    for (const s of servers) console.error(`e2e: ${s.name} server log:\n` + (existsSync(s.log) ? readFileSync(s.log, 'utf8').slice(-4000) : ''));
  } else {
    console.log('e2e: ' + servers.map((s) => `${s.name} server at ${s.base} (demo IdP ${s.idp})`).join('; '));
    const t = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
      stdio: 'inherit',
      env: {
        ...process.env,
        ZW_BASE_URL: base,
        ZW_IDP_URL: main.idp,
        ZW_EMPTY_URL: empty.base,
        ZW_EMPTY_IDP_URL: empty.idp,
        ...(host ? { ZW_LOCALHOST_URL: host.base } : {}),
      },
    });
    code = t.status ?? 1;
  }
} finally {
  stop();
  await new Promise((r) => setTimeout(r, 500));
  for (const s of servers) {
    if (code !== 0 && existsSync(s.log)) {
      console.error(`e2e: last lines of the ${s.name} server log:\n` + readFileSync(s.log, 'utf8').split('\n').slice(-30).join('\n'));
    }
    rmSync(s.dir, { recursive: true, force: true });
  }
}
process.exit(code);

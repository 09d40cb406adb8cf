// What the browser tests share: a Gloss server (the packaged jar, or GLOSS_URL), a page host that
// forwards /gloss/ to Gloss with the editor key added on the server side (as a CMS plugin does),
// and Debian's Chromium driven by playwright-core.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const repository = join(here, '..', '..', '..', '..');
export const artifacts = join(repository, 'artifacts');
const OPERATOR_KEY = 'browser-test-operator-key';

export async function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Gloss from the packaged jar (./mvnw package first), on a fresh embedded database; {@code env}: settings of its own. */
export async function startGloss(env = {}) {
  if (process.env.GLOSS_URL) {
    return { url: process.env.GLOSS_URL, operatorKey: process.env.GLOSS_ADMIN_KEY, stop: async () => {} };
  }
  const jar = join(repository, 'target', 'quarkus-app', 'quarkus-run.jar');
  const port = await freePort();
  const workDir = mkdtempSync(join(tmpdir(), 'gloss-browser-'));
  const child = spawn('java', ['-jar', jar], {
    cwd: workDir,
    // The shipped list copies are older than the default 45 days allowed; the age warning has tests of its own.
    env: { ...process.env, GLOSS_ADMIN_KEY: OPERATOR_KEY, QUARKUS_HTTP_PORT: String(port), GLOSS_REGISTRY_LIST_MAX_AGE_DAYS: '3650', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => { log += d; });
  child.stderr.on('data', (d) => { log += d; });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`Gloss exited while starting:\n${log}`);
    }
    try {
      if ((await fetch(`${url}/q/health/ready`)).ok) {
        break;
      }
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`Gloss did not start:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    operatorKey: OPERATOR_KEY,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

export async function api(gloss, key, method, path, body) {
  const response = await fetch(gloss.url + path, {
    method,
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${method} ${path}: ${response.status} ${text}`);
  }
  return text ? JSON.parse(text) : undefined;
}

/** A publication of its own with an editor key. */
export async function newPublication(gloss, settings = {}) {
  const slug = `browser-${Date.now()}-${Math.floor(Math.random() * 1000)}`;
  await api(gloss, gloss.operatorKey, 'PUT', `/api/publications/${slug}`,
    { name: 'Browser Daily', locale: 'en', jurisdictions: ['RU'], ...settings });
  const { key } = await api(gloss, gloss.operatorKey, 'POST', `/api/publications/${slug}/keys`, { role: 'editor' });
  return { slug, key };
}

/**
 * Serves pages and dist/gloss.js, and forwards /gloss/... to Gloss with the editor key: the key never
 * reaches the browser, as with the WordPress plugin.
 */
export async function startHost(gloss, key, pages) {
  const bundle = readFileSync(join(here, '..', '..', 'dist', 'gloss.js'));
  const server = createServer(async (request, response) => {
    if (request.url === '/gloss.js') {
      response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(bundle);
      return;
    }
    if (request.url.startsWith('/gloss/')) {
      const chunks = [];
      for await (const chunk of request) {
        chunks.push(chunk);
      }
      const upstream = await fetch(gloss.url + request.url.slice('/gloss'.length), {
        method: request.method,
        headers: {
          Authorization: `Bearer ${key}`,
          'Content-Type': request.headers['content-type'] ?? 'application/json',
          ...(request.headers['if-match'] ? { 'If-Match': request.headers['if-match'] } : {}),
        },
        body: chunks.length ? Buffer.concat(chunks) : undefined,
      });
      response.writeHead(upstream.status, { 'Content-Type': upstream.headers.get('content-type') ?? 'text/plain' });
      response.end(Buffer.from(await upstream.arrayBuffer()));
      return;
    }
    const page = pages[request.url];
    if (page === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(typeof page === 'function' ? await page() : page);
  });
  const port = await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((r) => server.close(r)) };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

export function screenshotPath(name) {
  mkdirSync(artifacts, { recursive: true });
  return join(artifacts, name);
}

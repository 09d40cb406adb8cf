// The W3C Web Annotation Protocol's own server test page (web-platform-tests,
// annotation-protocol/server/server-musts-manual.html) run in headless Chromium against Gloss. The page
// is served from an origin of its own, as a client on another site would be; the publication lists that
// origin, and the browser sends the editor key, so every request is a real cross-origin one.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { api, launchBrowser, newPublication, repository, screenshotPath, startGloss } from './harness.mjs';

const suite = join(repository, '..', 'shared', 'web-annotation-tests', 'protocol', 'server-musts-manual.html');
const missing = existsSync(suite) ? false : `the W3C protocol test page is not here (${suite}); it comes with ../shared`;
// Read from the packages' folders: their exports do not name these browser builds.
const modules = join(repository, 'plugin', 'core', 'node_modules');

/** Hands testharness.js's results to the test, as a runner's testharnessreport.js does. */
const REPORT = `add_completion_callback(function (tests, status) {
  window.protocolResults = { status: status.status, message: status.message,
    tests: tests.map(function (t) { return { name: t.name, status: t.status, message: t.message }; }) };
});`;

/** The page and the scripts it asks for, under the paths it asks for them. */
function startPageHost() {
  const files = {
    '/annotation-protocol/server/server-musts-manual.html': ['text/html', () => readFileSync(suite)],
    '/resources/testharness.js': ['text/javascript', () => readFileSync(join(modules, 'wpt-runner', 'testharness', 'testharness.js'))],
    '/resources/testharnessreport.js': ['text/javascript', () => REPORT],
    '/annotation-protocol/scripts/uuid.js': ['text/javascript', () => readFileSync(join(modules, 'uuid', 'dist', 'umd', 'uuid.min.js'))],
    '/annotation-protocol/scripts/chai.js': ['text/javascript', () => readFileSync(join(modules, 'chai', 'chai.js'))],
    '/annotation-protocol/scripts/superagent.js': ['text/javascript', () => readFileSync(join(modules, 'superagent', 'dist', 'superagent.min.js'))],
  };
  const server = createServer((request, response) => {
    const file = files[request.url];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': file[0] }).end(file[1]());
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}`,
    stop: () => new Promise((r) => server.close(r)),
  })));
}

let gloss;
let host;
let browser;
before(async () => {
  if (missing) {
    return;
  }
  // Two annotations a page, so the container has a first page with a next and a last with a prev.
  gloss = await startGloss({ GLOSS_LIMITS_CONTAINER_PAGE_SIZE: '2' });
  host = await startPageHost();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await host?.stop();
  await gloss?.stop();
});

test('every MUST of the W3C Web Annotation Protocol test page passes against an article\'s container', { skip: missing }, async () => {
  const { slug, key } = await newPublication(gloss, { allowedOrigins: [host.url] });
  await api(gloss, key, 'PUT', `/api/publications/${slug}/articles/story`, {
    title: 'Attack repelled', language: 'en', publishedAt: '2024-03-01T10:00:00Z',
    body: '<p>Fighters of Daesh attacked the town on Monday.</p><p>The reconciliation centre said the attack was repelled.</p>',
  });
  for (const [exact, text] of [['Daesh', 'Also known as ISIS.'], ['Monday', '4 March.'], ['the attack', 'Shelling.']]) {
    await api(gloss, key, 'POST', `/api/publications/${slug}/articles/story/annotations`,
      { kind: 'FOOTNOTE', status: 'PUBLISHED', target: { exact }, body: { text } });
  }
  const container = `${gloss.url}/annotations/${slug}/story/`;
  const annotation = (await (await fetch(`${container}?page=0`)).json()).items[0].id;

  const context = await browser.newContext({ extraHTTPHeaders: { Authorization: `Bearer ${key}` } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${host.url}/annotation-protocol/server/server-musts-manual.html`);
    await page.fill('#uri', container);
    await page.fill('#annotation', annotation);
    await page.click('#endpoint-submit-button');
    await page.waitForFunction(() => window.protocolResults, null, { timeout: 60_000 });
    const results = await page.evaluate(() => window.protocolResults);
    await page.screenshot({ path: screenshotPath('web-annotation-protocol.png'), fullPage: true });
    writeFileSync(screenshotPath('web-annotation-protocol.json'), JSON.stringify(results, null, 2));

    const passed = results.tests.filter((t) => t.status === 0);
    for (const t of results.tests) {
      console.log(`${t.status === 0 ? 'PASS' : 'FAIL'}  ${t.name}${t.status === 0 ? '' : `: ${t.message}`}`);
    }
    console.log(`W3C Web Annotation Protocol server MUSTs: ${passed.length} of ${results.tests.length} passed`);
    assert.equal(results.status, 0, `the harness itself failed: ${results.message}`);
    assert.deepEqual(errors, [], 'no script error on the page');
    assert.equal(results.tests.length, 36, 'the page ran all of its 36 tests');
    assert.deepEqual(results.tests.filter((t) => t.status !== 0).map((t) => `${t.name}: ${t.message}`), []);
  } finally {
    await context.close();
  }
});

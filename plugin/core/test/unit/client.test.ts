import assert from 'node:assert/strict';
import { test } from 'node:test';

import { GlossClient, GlossError } from '../../src/client.js';

function recording(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetcher = async (url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return new Response(status === 204 ? null : JSON.stringify(body), {
      status, headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
    });
  };
  return { calls, fetcher: fetcher as typeof fetch };
}

test('requests go to the publication root with the host headers', async () => {
  const { calls, fetcher } = recording(200, []);
  const client = new GlossClient({ base: 'https://gloss.example/api/publications/daily', headers: { 'X-WP-Nonce': 'n1' }, fetch: fetcher });
  await client.annotations('post 42');
  assert.equal(calls[0].url, 'https://gloss.example/api/publications/daily/articles/post%2042/annotations');
  assert.equal((calls[0].init.headers as Record<string, string>)['X-WP-Nonce'], 'n1');
});

test('a refused request carries the server problem and its fields', async () => {
  const { fetcher } = recording(422, {
    title: 'Unprocessable Content', status: 422, detail: 'target.exact: is not in the article',
    errors: [{ field: 'target.exact', message: 'is not in the article' }],
  });
  const client = new GlossClient({ base: 'https://gloss.example/api/publications/daily/', fetch: fetcher });
  await assert.rejects(client.createAnnotation('1', { kind: 'FOOTNOTE', body: { text: 'x' } }), (e: unknown) => {
    assert.ok(e instanceof GlossError);
    const error = e as GlossError;
    assert.equal(error.status, 422);
    assert.equal(error.message, 'target.exact: is not in the article');
    assert.equal(error.problem?.errors?.[0].field, 'target.exact');
    return true;
  });
});

test('deleting sends back the ETag Gloss gave the version read, so a colleague newer change is not lost', async () => {
  const { calls, fetcher } = recording(204, null);
  const client = new GlossClient({ base: 'https://g.example/api/publications/p/', fetch: fetcher });
  // Whatever form the server gives its tags, the client returns it as it came.
  await client.deleteAnnotation('7', { id: 3, etag: '"opaque-tag-from-gloss"' });
  assert.equal(calls[0].init.method, 'DELETE');
  assert.equal((calls[0].init.headers as Record<string, string>)['If-Match'], '"opaque-tag-from-gloss"');
});

test('an unreachable server is an error that says so', async () => {
  const client = new GlossClient({ base: 'https://g.example/', fetch: (async () => { throw new TypeError('fetch failed'); }) as typeof fetch });
  await assert.rejects(client.article('1'), /Gloss cannot be reached/);
});

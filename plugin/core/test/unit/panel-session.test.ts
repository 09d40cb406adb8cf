import assert from 'node:assert/strict';
import { test } from 'node:test';

import { GlossClient } from '../../src/client.js';
import { PanelSession } from '../../src/panel-session.js';

const TEXT = 'Fighters of Daesh attacked the town. A bakery called al-Qaeda Sweets closed.';
const REPORT = {
  status: 'MISSING', date: '2024-03-01', lists: [],
  items: [{
    jurisdiction: 'RU', organization: 'isis', name: 'Islamic State', category: 'TERRORIST', listedOn: '2014-12-29', labelled: false,
    mentions: [{ surface: 'Daesh', start: 12, end: 17, reason: 'NAME', label: 'NONE' }],
  }],
  review: [{ organization: 'aqim', name: 'al-Qaeda in the Islamic Maghreb', surface: 'al-Qaeda', start: 53, end: 61, reason: 'WEAK', jurisdictions: ['RU'] }],
  decided: { 'al-qaeda': 'al-Qaeda' },
};

/** A Gloss that answers the three reads, and creates after {@code failures} refused creates; it records every create. */
function fakeGloss(failures = 0) {
  const creates: { body: unknown; key: string | null }[] = [];
  let refuse = failures;
  const fetcher = async (url: RequestInfo | URL, init?: RequestInit) => {
    const path = String(url);
    if (init?.method === 'POST') {
      const headers = init.headers as Record<string, string>;
      creates.push({ body: JSON.parse(String(init.body)), key: headers['Idempotency-Key'] ?? null });
      await new Promise<void>((resolve) => { setTimeout(resolve, 5); });
      if (refuse-- > 0) {
        return new Response(JSON.stringify({ title: 'Service Unavailable', status: 503 }), { status: 503 });
      }
      return new Response(JSON.stringify({ id: creates.length }), { status: 201 });
    }
    const body = path.endsWith('/annotations') ? [] : path.endsWith('/compliance') ? REPORT
      : { externalId: '42', title: 'Story', language: 'en', body: '', text: TEXT, revision: 1, orphaned: [] };
    return new Response(JSON.stringify(body), { status: 200 });
  };
  const session = new PanelSession(new GlossClient({ base: 'https://gloss.example/api/publications/daily/', fetch: fetcher as typeof fetch }), '42');
  return { session, creates };
}

test('mentions name organisations, a labelled one needs no Confirm, a weak one waits for review', async () => {
  const { session } = fakeGloss();
  await session.refresh();
  const rows = session.mentions();
  assert.deepEqual(rows.map((r) => [r.name, r.surface, r.state, r.canConfirm]), [
    ['Islamic State', 'Daesh', 'MISSING', true],
    ['al-Qaeda in the Islamic Maghreb', 'al-Qaeda', 'REVIEW', true],
  ]);
  assert.equal(session.names().get('al-qaeda'), 'al-Qaeda', 'a rejected organisation keeps its name');
  assert.deepEqual(session.selectionOf(rows[1]), { surface: 'al-Qaeda', start: 53, end: 61, occurrence: 0 });
});

test('a second click while a change runs does nothing: one create', async () => {
  const { session, creates } = fakeGloss();
  await session.refresh();
  const [mention] = session.mentions();
  const first = session.decide(mention, 'CONFIRMED');
  assert.equal(session.busy, true);
  const second = await session.decide(mention, 'CONFIRMED');
  assert.equal(second, false);
  assert.equal(await first, true);
  assert.equal(creates.length, 1);
  assert.deepEqual(creates[0].body, {
    status: 'PUBLISHED', kind: 'DESIGNATION', target: { start: 12, end: 17 }, body: { organization: 'isis', decision: 'CONFIRMED' },
  });
});

test('a create retried after an error carries the same Idempotency-Key; the next one a new key', async () => {
  const { session, creates } = fakeGloss(1);
  await session.refresh();
  const footnote = { kind: 'FOOTNOTE' as const, body: { text: 'Also transliterated Daish.' } };
  assert.equal(await session.create(footnote), false);
  assert.deepEqual(session.problem, { kind: 'FAILED', message: 'Service Unavailable' });
  assert.equal(await session.create(footnote), true);
  assert.equal(await session.create(footnote), true);
  assert.equal(creates.length, 3);
  assert.ok(creates[0].key);
  assert.equal(creates[1].key, creates[0].key, 'the retry is the same request');
  assert.notEqual(creates[2].key, creates[0].key, 'a new footnote after success is a new request');
});

test('a selection not in the article as Gloss has it is refused, with a reason', async () => {
  const { session } = fakeGloss();
  await session.refresh();
  assert.equal(session.select('the market'), false);
  assert.deepEqual(session.problem, { kind: 'NOT_IN_TEXT' });
  assert.equal(session.select('attacked the town'), true);
  assert.equal(session.selection?.exact, 'attacked the town');
  assert.equal(session.problem, null);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { collapse, quoteFor } from '../../src/quote.js';

const TEXT = 'Daesh claimed the attack. Later Daesh struck again near Idlib.\nThe army said Daesh lost.';

test('a unique selection gets 32 code points of context on each side', () => {
  const quote = quoteFor(TEXT, 'struck again');
  assert.deepEqual(quote, { exact: 'struck again', prefix: 'claimed the attack. Later Daesh ', suffix: ' near Idlib.\nThe army said Daesh' });
});

test('a repeated selection is told apart by what surrounded it in the editor', () => {
  const second = quoteFor(TEXT, 'Daesh', 'Later ', ' struck');
  assert.equal(second?.prefix?.endsWith('attack. Later '), true);
  const third = quoteFor(TEXT, 'Daesh', 'The army said ', ' lost');
  assert.equal(third?.prefix?.endsWith('army said '), true);
});

test('whitespace of the selection collapses as in the plain text', () => {
  assert.equal(collapse('  Daesh \n\t struck '), 'Daesh struck');
  assert.equal(quoteFor(TEXT, 'Daesh\n  struck')?.exact, 'Daesh struck');
});

test('a selection that is not in the text gives nothing', () => {
  assert.equal(quoteFor(TEXT, 'Hamas'), null);
  assert.equal(quoteFor(TEXT, '   '), null);
});

test('context counts code points, so an emoji is one', () => {
  const quote = quoteFor('\u{1F600}'.repeat(40) + ' Daesh', 'Daesh');
  assert.equal([...(quote?.prefix ?? '')].length, 32);
});

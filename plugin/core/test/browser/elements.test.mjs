// The two custom elements in headless Chromium against a running Gloss.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { api, launchBrowser, newPublication, screenshotPath, startGloss, startHost } from './harness.mjs';

const ARTICLE = `<p>Fighters of Daesh attacked the town on Monday.</p>
<p>Residents said Daesh had shelled the market before. The reconciliation centre said the attack was repelled.</p>`;

let gloss;
let browser;
before(async () => {
  gloss = await startGloss();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await gloss?.stop();
});

/**
 * The story in a new publication, its editor page and a browser tab on it; {@code use} gets the page,
 * the panel and the publication, and everything is closed after it.
 */
async function withEditor(publication, use) {
  const { slug, key } = await newPublication(gloss, publication);
  await api(gloss, key, 'PUT', `/api/publications/${slug}/articles/story`,
    { title: 'Attack repelled', language: 'en', body: ARTICLE, publishedAt: '2024-03-01T10:00:00Z' });
  const host = await startHost(gloss, key, { '/': editorPage(slug) });
  const page = await browser.newPage();
  try {
    await page.goto(host.url + '/');
    await use({ page, panel: page.locator('gloss-editor-panel'), slug, key });
  } finally {
    await page.close();
    await host.stop();
  }
}

function editorPage(slug) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CMS editor</title></head><body>
<main><div id="editor" contenteditable="true">${ARTICLE}</div>
<button id="annotate" type="button">Annotate selection</button></main>
<aside><gloss-editor-panel base="/gloss/api/publications/${slug}/" article="story"></gloss-editor-panel></aside>
<script src="/gloss.js"></script>
<script>
  // What a CMS adapter does: hand the selection, and the text around it, to the panel.
  document.getElementById('annotate').addEventListener('click', () => {
    const selection = window.getSelection();
    const range = selection.getRangeAt(0);
    const block = range.startContainer.parentElement.closest('p') || document.getElementById('editor');
    const text = block.textContent;
    const startIn = text.indexOf(selection.toString());
    document.querySelector('gloss-editor-panel').select(selection.toString(), text.slice(0, startIn),
      text.slice(startIn + selection.toString().length));
  });
</script></body></html>`;
}

test('under the automatic policy a labelled mention offers only Reject, and clicking it asks the CMS to select it', async () => {
  await withEditor({}, async ({ page, panel, slug, key }) => {
    await panel.locator('.status-OK').waitFor();
    const first = panel.locator('li.mention').nth(0);
    assert.equal(await first.locator('.state').textContent(), 'labelled');
    assert.equal(await first.getByRole('button', { name: /^Confirm/ }).count(), 0);
    assert.equal(await first.getByRole('button', { name: /^Reject/ }).count(), 1);
    await page.evaluate(() => document.addEventListener('gloss-select', (event) => { window.selected = event.detail; }));
    await first.locator('button.mention-text').click();
    const selected = await page.evaluate(() => window.selected);
    assert.equal(selected.surface, 'Daesh');
    assert.equal(selected.end - selected.start, 5);
  });
});

test('an editor edits an annotation in its form: the same annotation, its passage kept', async () => {
  await withEditor({}, async ({ page, panel, slug, key }) => {
    const source = await api(gloss, key, 'POST', `/api/publications/${slug}/articles/story/annotations`,
      { kind: 'SOURCE', status: 'PUBLISHED', target: { exact: 'the attack was repelled' }, body: { name: 'Centre', type: 'OFFICIAL' } });
    await page.reload();
    await panel.getByRole('button', { name: 'Edit Source: Centre' }).click();
    assert.equal(await panel.getByLabel('Source name').inputValue(), 'Centre');
    await panel.getByLabel('Source name').fill('Reconciliation centre');
    await panel.getByLabel('Source URL (optional)').fill('https://mil.example/centre');
    await panel.getByRole('button', { name: 'Save changes' }).click();
    await panel.locator('li', { hasText: 'Source: Reconciliation centre — “the attack was repelled”' }).waitFor();
    assert.equal(await panel.getByLabel('Source name').inputValue(), '', 'the form is for a new source again');

    const stored = await api(gloss, key, 'GET', `/api/publications/${slug}/articles/story/annotations`);
    assert.equal(stored.length, 1);
    assert.equal(stored[0].id, source.id);
    assert.equal(stored[0].body.url, 'https://mil.example/centre');
    assert.equal(stored[0].target.exact, 'the attack was repelled');
    const history = await api(gloss, key, 'GET', `/api/publications/${slug}/articles/story/annotations/${source.id}/history`);
    assert.deepEqual(history.map((h) => h.change), ['CREATED', 'UPDATED']);
  });
});

test('a double click on Confirm or on a form creates one annotation, and buttons wait meanwhile', async () => {
  await withEditor({ labelPolicy: 'EDITOR_CONFIRMS' }, async ({ page, panel, slug, key }) => {
    await panel.locator('.status-MISSING').waitFor();
    await panel.locator('li.mention').nth(0).getByRole('button', { name: /^Confirm/ }).dblclick();
    await panel.locator('li.mention').nth(0).locator('.state', { hasText: 'confirmed' }).waitFor();
    await panel.getByLabel('Footnote text').fill('Sent once.');
    await panel.getByRole('button', { name: 'Add a footnote' }).dblclick();
    await panel.locator('li', { hasText: 'Footnote: Sent once.' }).waitFor();
    await panel.locator('section:not([aria-busy])').waitFor();

    const stored = await api(gloss, key, 'GET', `/api/publications/${slug}/articles/story/annotations`);
    assert.equal(stored.filter((a) => a.kind === 'DESIGNATION').length, 1);
    assert.equal(stored.filter((a) => a.kind === 'FOOTNOTE').length, 1);
  });
});

test('an editor confirms and rejects mentions, annotates a selection and sees errors from Gloss', async () => {
  await withEditor({ labelPolicy: 'EDITOR_CONFIRMS' }, async ({ page, panel, slug, key }) => {
    await panel.locator('.status-MISSING').waitFor();
    assert.match(await panel.locator('.status').textContent(), /Labels missing: .*\(RU\)/);
    assert.equal(await panel.locator('li.mention.missing').count(), 2);

    // Keyboard only: focus the first Confirm and press Enter.
    await panel.locator('li.mention').nth(0).getByRole('button', { name: /^Confirm/ }).focus();
    await page.keyboard.press('Enter');
    await panel.locator('li.mention').nth(0).locator('.state', { hasText: 'confirmed' }).waitFor();
    await panel.locator('li.mention.missing').getByRole('button', { name: /^Reject/ }).click();
    await panel.locator('.status-OK').waitFor();

    // Select a sentence in the CMS's editor and credit it to a source.
    await page.evaluate(() => {
      const paragraph = document.querySelectorAll('#editor p')[1].firstChild;
      const start = paragraph.textContent.indexOf('the attack was repelled');
      const range = document.createRange();
      range.setStart(paragraph, start);
      range.setEnd(paragraph, start + 'the attack was repelled'.length);
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
    });
    await page.click('#annotate');
    await panel.locator('.selection', { hasText: 'Selected: “the attack was repelled”' }).waitFor();
    await panel.getByLabel('Source name').fill('Reconciliation centre');
    await panel.getByLabel('Type').selectOption('OFFICIAL');
    await panel.getByRole('button', { name: 'Add a source' }).click();
    await panel.locator('li', { hasText: 'Source: Reconciliation centre — “the attack was repelled”' }).waitFor();

    await panel.getByLabel('Link URL').fill('https://news.example/background');
    await panel.getByLabel('Headline').fill('What happened before');
    await panel.getByLabel('Relation').selectOption('BACKGROUND');
    await panel.getByLabel('After paragraph (optional)').fill('1');
    await panel.getByRole('button', { name: 'Add a related link' }).click();
    await panel.locator('li', { hasText: 'Background: What happened before' }).waitFor();
    assert.equal(await panel.getByLabel('Headline').inputValue(), '', 'a saved form starts empty again');

    // Gloss refuses a link that is not http(s); the panel says why, in Gloss's words.
    await panel.getByLabel('Link URL').fill('ftp://news.example/file');
    await panel.getByLabel('Headline').fill('Not a web page');
    await panel.getByRole('button', { name: 'Add a related link' }).click();
    const alert = panel.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /body\.url/);
    assert.equal(await panel.getByLabel('Headline').inputValue(), 'Not a web page', 'what the editor typed is kept');

    await page.screenshot({ path: screenshotPath('core-editor-panel.png'), fullPage: true });

    const stored = await api(gloss, key, 'GET', `/api/publications/${slug}/articles/story/annotations`);
    const source = stored.find((a) => a.kind === 'SOURCE');
    assert.equal(source.target.exact, 'the attack was repelled');
    assert.equal(source.target.prefix.endsWith('The reconciliation centre said '), true);
    assert.deepEqual(stored.filter((a) => a.kind === 'DESIGNATION').map((a) => a.body.decision).sort(),
      ['CONFIRMED', 'REJECTED']);
  });
});

test('the panel reports annotations an edit orphaned', async () => {
  const { slug, key } = await newPublication(gloss);
  const path = `/api/publications/${slug}/articles/story`;
  await api(gloss, key, 'PUT', path, { title: 'T', language: 'en', body: ARTICLE });
  await api(gloss, key, 'POST', `${path}/annotations`,
    { kind: 'FOOTNOTE', status: 'PUBLISHED', target: { exact: 'shelled the market' }, body: { text: 'Twice.' } });
  await api(gloss, key, 'PUT', path, { title: 'T', language: 'en', body: '<p>Rewritten entirely.</p>' });
  const host = await startHost(gloss, key, { '/': editorPage(slug) });
  const page = await browser.newPage();
  try {
    await page.goto(host.url + '/');
    const orphans = page.locator('gloss-editor-panel').locator('div.orphaned[role=alert]');
    await orphans.waitFor();
    assert.match(await orphans.textContent(), /1 annotation\(s\) lost their passage.*“shelled the market”/s);
  } finally {
    await page.close();
    await host.stop();
  }
});

test('readers get footnote tooltips and a way to the footnote and back; the iframe fits its content', async () => {
  const { slug, key } = await newPublication(gloss);
  const path = `/api/publications/${slug}/articles/story`;
  await api(gloss, key, 'PUT', path, { title: 'Attack repelled', language: 'en', body: ARTICLE, publishedAt: '2024-03-01T10:00:00Z' });
  await api(gloss, key, 'POST', `${path}/annotations`,
    { kind: 'FOOTNOTE', status: 'PUBLISHED', target: { exact: 'shelled the market' }, body: { text: 'For the second time this month.' } });
  const embedded = async () => {
    const [body, blocks] = await Promise.all([`/embed/${slug}/story/body`, `/embed/${slug}/story`]
      .map(async (p) => (await fetch(gloss.url + p)).text()));
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Published post</title></head><body>
<gloss-embed>${body}${blocks}</gloss-embed>
<gloss-embed id="framed" src="${gloss.url}/embed/${slug}/story/page" title="Attack repelled"></gloss-embed>
<script src="/gloss.js"></script></body></html>`;
  };
  const host = await startHost(gloss, key, { '/post': embedded });
  const page = await browser.newPage();
  try {
    await page.goto(host.url + '/post');
    const note = page.locator('gloss-embed sup.gloss-marker-note a');
    await note.hover();
    const tooltip = page.getByRole('tooltip');
    assert.equal((await tooltip.textContent()).trim(), 'For the second time this month.');
    assert.equal(await note.getAttribute('aria-describedby'), await tooltip.getAttribute('id'));

    await note.click();
    await page.waitForFunction(() => document.activeElement?.id === 'gloss-note-1');
    await page.locator('#gloss-note-1 a.gloss-backref').click();
    await page.waitForFunction(() => document.activeElement?.matches('sup.gloss-marker-note a'));

    await page.waitForFunction(() => parseInt(document.querySelector('#framed iframe')?.style.height || '0', 10) > 100);
    await page.screenshot({ path: screenshotPath('core-embed.png'), fullPage: true });
  } finally {
    await page.close();
    await host.stop();
  }
});

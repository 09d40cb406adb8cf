// End to end: a real WordPress (on SQLite, PHP's server) with the Gloss plugin from its zip, a running
// Gloss, and headless Chromium. WP_VERSIONS picks the WordPress versions (default: the oldest and the
// newest supported).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import {
  api, freePort, launchBrowser, newPublication, screenshotPath, startGloss,
} from '../../core/test/browser/harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const VERSIONS = (process.env.WP_VERSIONS ?? '6.2 6.5 beta').split(/\s+/).filter(Boolean);

function startWordPress(version, gloss, publication, key, port) {
  const site = mkdtempSync(join(tmpdir(), `wp-${version}-`));
  execFileSync('bash', [join(here, 'setup-wordpress.sh'), version, site, String(port)], { stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('php', [join(here, 'seed.php'), site, gloss.url, publication, key], { stdio: ['ignore', 'ignore', 'inherit'] });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => execFileSync('bash', ['-c', `kill -- -$(cat ${site}/server.pid) 2>/dev/null || true`]),
    /** The admin's own language ('' for the site's). */
    userLocale: (locale) => execFileSync('php', [join(here, 'as-user.php'), site, locale]),
    /** Activates a theme by its directory name; returns the one active before. */
    theme: (stylesheet) => {
      const before = execFileSync('php', ['-r', `$_SERVER['HTTP_HOST']='localhost'; require '${site}/wp-load.php'; echo get_stylesheet();`], { encoding: 'utf8' });
      execFileSync('php', [join(here, 'theme.php'), site, stylesheet]);
      return before.trim();
    },
    /** What the plugin stored: options, post meta, scheduled retries. */
    stored: () => JSON.parse(execFileSync('php', [join(here, 'stored.php'), site], { encoding: 'utf8' })),
  };
}

const STORY = [
  'Fighters of Daesh attacked the town on Monday, officials said.',
  'Residents said a bakery called al-Qaeda Sweets had closed.',
  'The reconciliation centre said the attack was repelled.',
];

/**
 * Logs in as the admin and waits for the dashboard's admin bar, not for every resource of the page
 * to load. A refused login fails at once with WordPress's own message instead of a timeout.
 */
async function logIn(page, wordpress) {
  await page.goto(`${wordpress.url}/wp-login.php`);
  // wp-login.php focuses its form 200 ms after it is parsed and, when it already knows the user name
  // (a cookie of an earlier login), empties the password field as it does: a password typed before
  // that is lost ("The password field is empty"). Fill the form once it has focused it.
  await page
    .waitForFunction(() => ['user_login', 'user_pass'].includes(document.activeElement?.id), null, { timeout: 5000 })
    .catch(() => {});
  await page.fill('#user_login', 'admin');
  await page.fill('#user_pass', 'admin-password');
  await page.click('#wp-submit');
  const landed = await Promise.race([
    page.locator('#wpadminbar').waitFor().then(() => 'admin'),
    page.locator('#login_error').waitFor().then(() => 'refused'),
  ]);
  if (landed === 'refused') {
    assert.fail(`WordPress refused the login: ${await page.locator('#login_error').innerText()}`);
  }
}

/** Settings → Gloss with some fields changed (an empty key field keeps the stored key). */
async function saveSettings(page, wordpress, { url, key }) {
  await page.goto(`${wordpress.url}/wp-admin/options-general.php?page=gloss`);
  if (url) {
    await page.fill('#gloss-url', url);
  }
  if (key) {
    await page.fill('#gloss-key', key);
  }
  await page.click('#submit');
  await page.waitForLoadState();
}

/** Selects words in the paragraph that holds them, as an editor's mouse would. */
async function selectWords(page, canvas, words) {
  await canvas.locator('p.wp-block-paragraph', { hasText: words }).click();
  await page.evaluate((words) => {
    const block = window.wp.data.select('core/block-editor').getSelectedBlock();
    const text = block.attributes.content.toString().replace(/<[^>]+>/g, '');
    const start = text.indexOf(words);
    window.wp.data.dispatch('core/block-editor').selectionChange(block.clientId, 'content', start, start + words.length);
  }, words);
}

/** A new post with a title and one paragraph per sentence, saved as a draft. */
async function writePost(page, wordpress, heading, sentences) {
  await page.goto(`${wordpress.url}/wp-admin/post-new.php`);
  await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId());
  const canvas = (await page.locator('iframe[name="editor-canvas"]').count()) > 0
    ? page.frameLocator('iframe[name="editor-canvas"]') : page;
  await canvas.getByRole('textbox', { name: 'Add title' }).click();
  await page.keyboard.type(heading);
  for (const sentence of sentences) {
    await page.keyboard.press('Enter');
    await page.keyboard.type(sentence);
  }
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.getByRole('button', { name: /Saved/ }).first().waitFor();
}

for (const version of VERSIONS) {
  describe(`WordPress ${version}`, () => {
    let gloss;
    let wordpress;
    let browser;
    let publication;

    before(async () => {
      gloss = await startGloss();
      publication = await newPublication(gloss, { labelPolicy: 'EDITOR_CONFIRMS' });
      wordpress = startWordPress(version, gloss, publication.slug, publication.key, await freePort());
      browser = await launchBrowser();
    });

    after(async () => {
      await browser?.close();
      wordpress?.stop();
      await gloss?.stop();
    });

    test('no post goes out unchecked: sidebar never opened, a wrong key, Gloss out of reach', async () => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      page.setDefaultTimeout(20_000);
      await logIn(page, wordpress);
      const prePublish = page.locator('.gloss-prepublish:not(.gloss-prepublish-checking)');

      // As reproduced: a new post naming two designated organisations, the Gloss sidebar never opened, Publish.
      await writePost(page, wordpress, 'Sidebar never opened', STORY);
      assert.equal(await page.locator('.gloss-sidebar').count(), 0, 'the sidebar was never opened');
      await page.getByRole('button', { name: 'Publish', exact: true }).click();
      await page.locator('.gloss-prepublish-missing').waitFor();
      assert.match(await page.locator('.gloss-prepublish-missing').textContent(), /without their label: .*Islamic State|Daesh/);
      await page.screenshot({ path: screenshotPath(`wordpress-${version}-prepublish-missing.png`), fullPage: true });
      await page.getByRole('button', { name: 'Cancel' }).click();

      // A wrong key: saving says so, every admin page says so, and the pre-publish check cannot say all clear.
      await saveSettings(page, wordpress, { key: 'gls_wrong-key' });
      await page.getByText(/Gloss refused the key or the publication/).first().waitFor();
      await page.goto(`${wordpress.url}/wp-admin/index.php`);
      await page.locator('.gloss-notice', { hasText: 'Gloss cannot check posts right now' }).waitFor();
      await writePost(page, wordpress, 'Wrong key', STORY);
      await page.getByRole('button', { name: 'Publish', exact: true }).click();
      await page.locator('.gloss-prepublish-unchecked', { hasText: 'could not be checked' }).waitFor();
      assert.equal(await prePublish.filter({ hasText: 'All required labels are in place' }).count(), 0);
      await page.getByRole('button', { name: 'Cancel' }).click();

      // Gloss out of reach while publishing: the editor is told and may still publish.
      await saveSettings(page, wordpress, { url: 'http://127.0.0.1:9', key: publication.key });
      await page.getByText(/Gloss cannot be reached at this URL/).first().waitFor();
      await writePost(page, wordpress, 'Gloss down', STORY);
      await page.getByRole('button', { name: 'Publish', exact: true }).click();
      await page.locator('.gloss-prepublish-unchecked', { hasText: 'Gloss cannot be reached' }).waitFor();
      await page.screenshot({ path: screenshotPath(`wordpress-${version}-prepublish-unreachable.png`), fullPage: true });
      await page.locator('.editor-post-publish-panel').getByRole('button', { name: 'Publish', exact: true }).click();
      await page.locator('.post-publish-panel__postpublish-header, .editor-post-publish-panel__header-published').first().waitFor();

      // Back to the right settings; the notice goes once Gloss answers.
      await saveSettings(page, wordpress, { url: gloss.url, key: publication.key });
      await page.getByText(/Connected to Gloss: publication/).waitFor();
      await page.goto(`${wordpress.url}/wp-admin/index.php`);
      assert.equal(await page.locator('.gloss-notice').count(), 0);

      // As reproduced: publish, lose Gloss, change a word and Update, get Gloss back.
      await writePost(page, wordpress, 'A correction', ['The attack was repelled on Monday, officials said.']);
      await page.getByRole('button', { name: 'Publish', exact: true }).click();
      await page.locator('.editor-post-publish-panel').getByRole('button', { name: 'Publish', exact: true }).click();
      await page.locator('.post-publish-panel__postpublish-header, .editor-post-publish-panel__header-published').first().waitFor();
      const corrected = await page.evaluate(() => ({
        id: window.wp.data.select('core/editor').getCurrentPostId(), url: window.wp.data.select('core/editor').getPermalink(),
      }));
      const reader = await browser.newPage();
      await reader.goto(corrected.url);
      await reader.locator('gloss-embed', { hasText: 'on Monday' }).waitFor();

      await saveSettings(page, wordpress, { url: 'http://127.0.0.1:9' });
      await page.goto(`${wordpress.url}/wp-admin/post.php?post=${corrected.id}&action=edit`);
      await page.waitForFunction(() => window.wp?.data?.select('core/block-editor')?.getBlocks().length > 0);
      await page.evaluate(() => window.wp.data.dispatch('core/block-editor').resetBlocks(window.wp.blocks.parse(
        '<!-- wp:paragraph --><p>The attack was repelled on Tuesday, officials said.</p><!-- /wp:paragraph -->')));
      await page.getByRole('button', { name: /^(Update|Save)$/ }).click();
      await page.locator('.components-notice, .components-snackbar', { hasText: 'Gloss has not received this version' }).first().waitFor();
      await page.goto(`${wordpress.url}/wp-admin/edit.php?gloss_state=unsynced`);
      await page.locator(`#post-${corrected.id} .gloss-state-unsynced`, { hasText: 'Not synced' }).waitFor();
      // Readers get the corrected text from WordPress, never the older one Gloss has.
      await reader.goto(corrected.url);
      await reader.getByText('on Tuesday').first().waitFor();
      assert.equal(await reader.getByText('on Monday').count(), 0);

      await saveSettings(page, wordpress, { url: gloss.url });
      await page.getByText(/Connected to Gloss: publication/).waitFor();
      await fetch(`${wordpress.url}/wp-cron.php`);
      await page.goto(`${wordpress.url}/wp-admin/edit.php`);
      await page.locator(`#post-${corrected.id} .gloss-state`, { hasText: 'Labelled' }).waitFor();
      const article = await api(gloss, publication.key, 'GET', `/api/publications/${publication.slug}/articles/${corrected.id}`);
      assert.match(article.text, /on Tuesday/);
      await reader.goto(corrected.url);
      await reader.locator('gloss-embed', { hasText: 'on Tuesday' }).waitFor();
      await reader.close();
      await page.close();
    });

    test('an edit that orphans an annotation says so, and the annotation is re-attached to a new passage', async () => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      page.setDefaultTimeout(20_000);
      await logIn(page, wordpress);
      await writePost(page, wordpress, 'Orphans', ['Fighters attacked the town on Monday, officials said.']);
      const postId = await page.evaluate(() => window.wp.data.select('core/editor').getCurrentPostId());
      const claim = 'attacked the town on Monday';
      const source = await api(gloss, publication.key, 'POST', `/api/publications/${publication.slug}/articles/${postId}/annotations`,
        { kind: 'SOURCE', status: 'PUBLISHED', target: { exact: claim }, body: { name: 'Town council', type: 'OFFICIAL' } });

      // As reproduced: one word changed inside the credited sentence, Update, the sidebar closed.
      await page.reload();
      await page.waitForFunction(() => window.wp?.data?.select('core/block-editor')?.getBlocks().length > 0);
      await page.evaluate(() => window.wp.data.dispatch('core/block-editor').resetBlocks(window.wp.blocks.parse(
        '<!-- wp:paragraph --><p>Fighters attacked the town on Tuesday, officials said.</p><!-- /wp:paragraph -->')));
      await page.getByRole('button', { name: 'Save draft' }).click();
      const notice = page.locator('.components-notice', { hasText: /lost (its|their) passage/ });
      await notice.waitFor();
      await page.screenshot({ path: screenshotPath(`wordpress-${version}-orphan-notice.png`) });
      await notice.getByRole('button', { name: 'Open the Gloss sidebar' }).click();
      const panel = page.locator('.gloss-sidebar');
      await panel.locator('li.orphan', { hasText: 'Source: Town council' }).waitFor();

      // Select the passage it belongs to now and re-attach it: the same annotation, its history kept.
      const canvas = (await page.locator('iframe[name="editor-canvas"]').count()) > 0
        ? page.frameLocator('iframe[name="editor-canvas"]') : page;
      const passage = 'attacked the town on Tuesday';
      await selectWords(page, canvas, passage);
      // On the block toolbar itself, not in its More menu.
      await page.locator('.block-editor-block-toolbar').getByRole('button', { name: 'Annotate with Gloss' }).click();
      await panel.locator('.selection', { hasText: `Selected: “${passage}”` }).waitFor();
      await panel.getByRole('button', { name: 'Re-attach Source: Town council to the selected text' }).click();
      await panel.locator('li.orphan').waitFor({ state: 'detached' });
      const reattached = await api(gloss, publication.key, 'GET',
        `/api/publications/${publication.slug}/articles/${postId}/annotations/${source.id}`);
      assert.equal(reattached.anchor, 'ANCHORED');
      assert.equal(reattached.target.exact, passage);
      const history = await api(gloss, publication.key, 'GET',
        `/api/publications/${publication.slug}/articles/${postId}/annotations/${source.id}/history`);
      assert.ok(history.length >= 3, 'created, orphaned, re-attached');
      await page.close();
    });

    test('a Russian editor gets the plugin in Russian', async () => {
      wordpress.userLocale('ru_RU');
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      page.setDefaultTimeout(20_000);
      try {
        await logIn(page, wordpress);
        await page.goto(`${wordpress.url}/wp-admin/options-general.php?page=gloss`);
        await page.getByText('Адрес Gloss').waitFor();
        // WordPress's own words stay English here (no Russian language pack installed); the plugin's are Russian.
        await writePost(page, wordpress, 'Russian editor', STORY);
        await page.getByRole('button', { name: 'Publish', exact: true }).click();
        await page.locator('.gloss-prepublish-missing', { hasText: 'Запрещённые организации без пометки' }).waitFor();
        // And the sidebar: WordPress's components, the plugin's Russian words.
        await page.getByRole('button', { name: 'Cancel' }).click();
        if (!(await page.locator('.gloss-sidebar').isVisible())) {
          await page.getByRole('button', { name: 'Gloss', exact: true }).click();
        }
        const panel = page.locator('.gloss-sidebar');
        await panel.locator('.status-MISSING', { hasText: 'Нет пометки' }).waitFor();
        await panel.getByRole('button', { name: 'Добавить источник', exact: true }).waitFor();
      } finally {
        wordpress.userLocale('');
        await page.close();
      }
    });

    test('an editor annotates a post in the block editor and readers see it, even with Gloss down', async () => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      page.setDefaultTimeout(20_000);
      await logIn(page, wordpress);

      // Settings → Gloss shows that a key is stored, never the key; saving without retyping keeps it.
      await page.goto(`${wordpress.url}/wp-admin/options-general.php?page=gloss`);
      assert.equal(await page.inputValue('#gloss-url'), gloss.url);
      assert.equal(await page.inputValue('#gloss-publication'), publication.slug);
      assert.equal(await page.inputValue('#gloss-key'), '');
      assert.doesNotMatch(await page.content(), new RegExp(publication.key));
      await page.getByText('A key is stored').waitFor();
      await page.fill('#gloss-cache-ttl', '5');
      await page.click('#submit');
      // Saving tests the connection and names the publication Gloss knows.
      await page.getByText(/Connected to Gloss: publication/).waitFor();
      await page.getByText('A key is stored').waitFor();

      // Write the post in the editor.
      await page.goto(`${wordpress.url}/wp-admin/post-new.php`);
      await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId());
      const canvas = (await page.locator('iframe[name="editor-canvas"]').count()) > 0
        ? page.frameLocator('iframe[name="editor-canvas"]') : page;
      const title = canvas.getByRole('textbox', { name: 'Add title' });
      await title.click();
      await page.keyboard.type('Attack on the town repelled');
      for (const sentence of STORY) {
        await page.keyboard.press('Enter');
        await page.keyboard.type(sentence);
      }
      await page.getByRole('button', { name: 'Save draft' }).click();
      await page.getByRole('button', { name: /Saved/ }).first().waitFor();
      const postId = await page.evaluate(() => window.wp.data.select('core/editor').getCurrentPostId());

      // The panel shows what is missing; the pre-publish check warns about it.
      if (!(await page.locator('.gloss-sidebar').isVisible())) {
        await page.getByRole('button', { name: 'Gloss', exact: true }).click();
      }
      const panel = page.locator('.gloss-sidebar');
      await panel.locator('.status-MISSING').waitFor();
      assert.equal(await panel.locator('li.mention.missing').count(), 2);
      // Clicking a mention selects its words in the editor.
      await panel.locator('li.mention', { hasText: 'al-Qaeda' }).locator('button.mention-text').click();
      const selected = await page.evaluate(() => {
        const editor = window.wp.data.select('core/block-editor');
        const start = editor.getSelectionStart();
        const end = editor.getSelectionEnd();
        const text = window.wp.richText.create({ html: String(editor.getBlock(start.clientId).attributes.content) }).text;
        return text.slice(start.offset, end.offset);
      });
      assert.equal(selected, 'al-Qaeda');
      await page.getByRole('button', { name: 'Publish', exact: true }).click();
      await page.locator('.gloss-prepublish-missing').waitFor();
      assert.match(await page.locator('.gloss-prepublish-missing').textContent(), /without their label/);
      await page.getByRole('button', { name: 'Cancel' }).click();
      if (!(await panel.isVisible())) {
        await page.getByRole('button', { name: 'Gloss', exact: true }).click();
      }

      // Confirm Daesh with a double click, as reproduced: one decision, the button busy meanwhile, a snackbar after.
      await panel.locator('li.mention', { hasText: 'Daesh' }).getByRole('button', { name: /^Confirm/ }).dblclick();
      await page.locator('.components-snackbar', { hasText: /confirmed: the label is added/ }).waitFor();
      await panel.locator('li.mention', { hasText: 'Daesh' }).locator('.state', { hasText: 'confirmed' }).waitFor();
      const decisions = (await api(gloss, publication.key, 'GET', `/api/publications/${publication.slug}/articles/${postId}/annotations`))
        .filter((a) => a.kind === 'DESIGNATION');
      assert.equal(decisions.length, 1, 'a double click makes one decision');
      // Then reject the bakery.
      await panel.locator('li.mention', { hasText: 'al-Qaeda' }).getByRole('button', { name: /^Reject/ }).click();
      await panel.locator('.status-OK').waitFor();

      // Select a sentence's claim and credit it with the toolbar button.
      const claim = 'the attack was repelled';
      await selectWords(page, canvas, claim);
      // On the block toolbar itself, not in its More menu.
      await page.locator('.block-editor-block-toolbar').getByRole('button', { name: 'Annotate with Gloss' }).click();
      await panel.locator('.selection', { hasText: `Selected: “${claim}”` }).waitFor();
      await panel.getByLabel('Source name').fill('Reconciliation centre');
      await panel.getByLabel('Type').selectOption('OFFICIAL');
      await panel.getByRole('button', { name: 'Add source', exact: true }).click();
      await panel.locator('li', { hasText: `Source: Reconciliation centre — “${claim}”` }).waitFor();

      await panel.getByRole('button', { name: 'Add a related link', exact: true }).click();
      await panel.getByLabel('Link URL').fill('https://news.example/background');
      await panel.getByLabel('Headline').fill('How the fighting began');
      await panel.getByLabel('Relation').selectOption('BACKGROUND');
      await panel.getByLabel('After paragraph (optional)').fill('1');
      await panel.getByRole('button', { name: 'Add link', exact: true }).click();
      await panel.locator('li', { hasText: 'Background: How the fighting began' }).waitFor();
      // An annotation is edited in its form: the same annotation, changed.
      await panel.getByRole('button', { name: 'Edit Background: How the fighting began' }).click();
      await panel.getByLabel('Headline').fill('How the fighting started');
      await panel.getByRole('button', { name: 'Save changes', exact: true }).click();
      await panel.locator('li', { hasText: 'Background: How the fighting started' }).waitFor();
      assert.equal(await panel.locator('li', { hasText: 'How the fighting began' }).count(), 0);
      await page.screenshot({ path: screenshotPath(`wordpress-${version}-panel.png`) });

      // Publish: the check now agrees.
      await page.getByRole('button', { name: 'Publish', exact: true }).click();
      await page.locator('.gloss-prepublish').filter({ hasText: 'All required labels are in place' }).waitFor();
      await page.locator('.editor-post-publish-panel').getByRole('button', { name: 'Publish', exact: true }).click();
      await page.locator('.post-publish-panel__postpublish-header, .editor-post-publish-panel__header-published').first().waitFor();
      const link = await page.evaluate(() => window.wp.data.select('core/editor').getPermalink());

      // Readers see markers, the footnote, the source line and the related link.
      const front = await browser.newPage();
      const check = async () => {
        const response = await front.goto(link);
        assert.equal(response.status(), 200);
        assert.equal(await front.locator('sup.gloss-marker').count(), 1);
        assert.equal((await front.locator('.gloss-designation').textContent()).trim(),
          '*Daesh (ISIS, ISIL, IS, Islamic State) is a terrorist group banned in Russia and many other countries.');
        assert.equal((await front.locator('.gloss-sources').textContent()).trim(), 'Source: Reconciliation centre');
        // Placed after the first paragraph, as on Gloss's own page, not appended.
        const placed = front.locator('gloss-embed p + aside.gloss-related');
        assert.match(await placed.textContent(), /Background: How the fighting started/);
        assert.match(await placed.evaluate((aside) => aside.previousElementSibling.textContent), /Fighters of Daesh/);
        // The post sits in the theme's content width as its own posts do (measured against a paragraph
        // the theme lays out itself, put beside the embed), and the marker does not push its line apart.
        const widths = await front.evaluate(() => {
          const width = (element) => element.getBoundingClientRect().width;
          const embed = document.querySelector('gloss-embed');
          const paragraph = embed.querySelector('p');
          const marker = embed.querySelector('sup.gloss-marker');
          const probe = () => {
            const own = document.createElement('p');
            own.textContent = 'The theme’s own paragraph.';
            embed.parentElement.append(own);
            return own;
          };
          const [first, second] = [probe(), probe()];
          const own = width(first);
          const gap = (upper, lower) => lower.getBoundingClientRect().top - upper.getBoundingClientRect().bottom;
          const ownGap = gap(first, second);
          first.remove();
          second.remove();
          const paragraphs = embed.querySelectorAll(':scope > p');
          const line = (element) => parseFloat(getComputedStyle(element).lineHeight) || element.getBoundingClientRect().height;
          return { paragraph: width(paragraph), own, viewport: window.innerWidth, ownGap, gap: gap(paragraphs[1], paragraphs[2]),
            paragraphHeight: paragraph.getBoundingClientRect().height, lineHeight: line(paragraph),
            markerDecoration: getComputedStyle(marker.querySelector('a')).textDecorationLine };
        });
        assert.ok(Math.abs(widths.paragraph - widths.own) <= 2, `paragraph ${widths.paragraph}px, the theme's own ${widths.own}px`);
        // Paragraphs stand apart as the theme's own do (a classic theme spaces only its content's children).
        assert.ok(widths.ownGap > 0 && Math.abs(widths.gap - widths.ownGap) <= 2, `paragraphs ${widths.gap}px apart, the theme's own ${widths.ownGap}px`);
        assert.ok(widths.paragraph < widths.viewport * 0.8, `paragraph ${widths.paragraph}px of ${widths.viewport}px`);
        assert.equal(widths.markerDecoration, 'none');
        const lines = widths.paragraphHeight / widths.lineHeight;
        assert.ok(Math.abs(lines - Math.round(lines)) < 0.05, `the marked paragraph is ${lines} lines high`);
      };
      await check();
      // The reader-side element: the marker's tooltip shows the footnote.
      await front.locator('gloss-embed sup.gloss-marker a').hover();
      assert.match(await front.getByRole('tooltip').textContent(), /^Daesh \(ISIS, ISIL, IS, Islamic State\) is a terrorist group/);
      await front.screenshot({ path: screenshotPath(`wordpress-${version}-post.png`), fullPage: true });
      // The same in a classic theme (Twenty Twenty-One), whose content width is its own CSS, not theme.json.
      const blockTheme = wordpress.theme('twentytwentyone');
      try {
        await check();
        await front.screenshot({ path: screenshotPath(`wordpress-${version}-post-classic-theme.png`), fullPage: true });
      } finally {
        wordpress.theme(blockTheme);
      }

      const stored = await api(gloss, publication.key, 'GET', `/api/publications/${publication.slug}/articles/${postId}/annotations`);
      assert.equal(stored.find((a) => a.kind === 'SOURCE').target.exact, claim);

      // Feeds (and their excerpts) are left alone unless the settings ask for Gloss there.
      const feed = await (await fetch(`${wordpress.url}/?feed=rss2`)).text();
      assert.match(feed, /Attack on the town repelled/);
      assert.doesNotMatch(feed, /gloss-designation|gloss-marker/);

      // Gloss is an oEmbed provider: a post holding an embed address shows the embed page in an iframe.
      const embedAddress = `${gloss.url}/embed/${publication.slug}/${postId}/page`;
      const embedding = await page.evaluate(async (address) => window.wp.apiFetch({
        path: '/wp/v2/posts', method: 'POST',
        data: { title: 'Embedded story', status: 'publish', content: `<!-- wp:paragraph --><p>Read this:</p><!-- /wp:paragraph -->\n\n${address}\n` },
      }), embedAddress);
      await front.goto(embedding.link);
      assert.equal(await front.locator(`iframe[src="${embedAddress}"]`).count(), 1);

      // Gloss goes away: the post still renders from the last good copy once the fresh one expired.
      await gloss.stop();
      gloss = null;
      await new Promise((r) => setTimeout(r, 6_000));
      await check();
      // A post Gloss never rendered is shown as WordPress has it, not as an error.
      const hello = await front.goto(`${wordpress.url}/?p=1`);
      assert.equal(hello.status(), 200);
      assert.equal(await front.locator('.gloss-blocks').count(), 0);
      await front.close();
      await page.close();
    });

    test('deleting the plugin removes what it stored in the site', async () => {
      const page = await browser.newPage();
      page.setDefaultTimeout(20_000);
      await logIn(page, wordpress);
      const before = wordpress.stored();
      assert.ok(before.options.includes('gloss_settings'));
      assert.ok(before.post_meta > 0, 'posts carry their Gloss state');

      await page.goto(`${wordpress.url}/wp-admin/plugins.php`);
      const row = page.locator('tr[data-plugin="gloss/gloss.php"]');
      assert.match(await row.getByRole('link', { name: 'Settings' }).getAttribute('href'), /options-general\.php\?page=gloss/);
      await row.getByRole('link', { name: /Deactivate/ }).click();
      await page.waitForLoadState();
      page.on('dialog', (dialog) => dialog.accept());
      await page.locator('tr[data-plugin="gloss/gloss.php"]').getByRole('link', { name: /Delete/ }).click();
      await page.getByText(/Gloss was successfully deleted/).waitFor();
      assert.deepEqual(wordpress.stored(), { options: [], post_meta: 0, retries: false });
      await page.close();
    });
  });
}

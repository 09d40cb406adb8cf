// <gloss-editor-panel base="…/api/publications/daily/" article="42">: what an editor needs next to
// the CMS's editor. Everything is a native, labelled control, so it works with the keyboard alone.

import {
  Annotation, AnnotationRequest, Article, ComplianceReport, GlossClient, GlossError, Relation, SourceType, TextQuote,
} from './client.js';
import { h } from './dom.js';
import { quoteFor } from './quote.js';

const KIND_TITLES: Record<string, string> = {
  DESIGNATION: 'Designations', SOURCE: 'Sources', RELATED_LINK: 'Related links', FOOTNOTE: 'Footnotes',
};
const SOURCE_TYPES: SourceType[] = ['NEWS_AGENCY', 'OFFICIAL', 'SOCIAL_MEDIA', 'PRESS_RELEASE', 'OWN_REPORTING'];
const RELATIONS: Relation[] = ['RELATED', 'BACKGROUND', 'FOLLOW_UP', 'DENIAL', 'CORRECTION'];

const STYLE = `
  :host { display: block; font: 13px/1.4 system-ui, sans-serif; color: #1e1e1e; }
  h3 { font-size: 13px; margin: 12px 0 4px; }
  ul { list-style: none; margin: 0; padding: 0; }
  li { padding: 4px 0; border-bottom: 1px solid #eee; }
  .status { padding: 6px 8px; border-radius: 2px; font-weight: 600; }
  .status-OK { background: #e7f5e9; } .status-REVIEW, .status-LISTS_OUTDATED { background: #fff4d6; }
  .status-MISSING, .status-UNCHECKED, .missing { background: #fde7e7; color: #8a1f11; }
  .missing .state { font-weight: 700; }
  .orphaned { color: #8a1f11; }
  .error { background: #fde7e7; color: #8a1f11; padding: 6px 8px; }
  .selection { background: #eef4fb; padding: 6px 8px; }
  form { display: grid; gap: 4px; margin: 6px 0 10px; }
  label { display: grid; gap: 2px; }
  button { justify-self: start; }
  button.mention-text { background: none; border: none; padding: 0; font: inherit; text-align: start; cursor: pointer; text-decoration: underline dotted; }
  .actions button { margin-right: 4px; }
`;

export class GlossEditorPanel extends HTMLElement {
  private client: GlossClient | null = null;
  private article: Article | null = null;
  private annotations: Annotation[] = [];
  private report: ComplianceReport | null = null;
  private selection: TextQuote | null = null;
  private error = '';
  // What the editor typed into the forms survives a refresh, and an error: nobody types a source twice.
  private readonly drafts = new Map<string, string>();
  // A change under way, and the Idempotency-Key of each create not yet known to have succeeded.
  private busy = false;
  // The annotation whose values fill its kind's form, saved by that form instead of a new one.
  private editing: Annotation | null = null;
  private readonly pendingKeys = new Map<string, string>();
  private readonly root: ShadowRoot;

  static get observedAttributes(): string[] {
    return ['base', 'article'];
  }

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
  }

  /** For hosts that authenticate with headers (a key, or a CMS nonce); otherwise the base attribute suffices. */
  configure(options: { base: string; headers?: Record<string, string> }): void {
    this.client = new GlossClient(options);
    void this.refresh();
  }

  connectedCallback(): void {
    if (!this.client && this.getAttribute('base')) {
      this.client = new GlossClient({ base: this.getAttribute('base')! });
    }
    void this.refresh();
  }

  attributeChangedCallback(): void {
    if (this.isConnected && this.client) {
      void this.refresh();
    }
  }

  /** Reads the article, its annotations and its compliance again (call it after the CMS saved). */
  async refresh(): Promise<void> {
    const externalId = this.getAttribute('article');
    if (!this.client || !externalId) {
      this.render();
      return;
    }
    try {
      [this.article, this.annotations, this.report] = await Promise.all([
        this.client.article(externalId), this.client.annotations(externalId), this.client.compliance(externalId),
      ]);
      this.error = '';
    } catch (e) {
      if (e instanceof GlossError && e.status === 404) {
        this.error = 'Gloss has not seen this article yet: save it, and the panel fills in.';
      } else {
        this.fail(e);
      }
    }
    this.render();
    if (this.report) {
      this.dispatchEvent(new CustomEvent('gloss-status', {
        bubbles: true,
        detail: {
          status: this.report.status,
          missing: this.report.items.filter((i) => !i.labelled).map((i) => i.name),
          outdated: this.report.lists.filter((l) => l.stale).map((l) => `${l.list} (as of ${l.asOf})`),
        },
      }));
    }
  }

  /** The editor selected text in the CMS: the next source or footnote can be about it. */
  select(selected: string, before = '', after = ''): boolean {
    const quote = this.article ? quoteFor(this.article.text, selected, before, after) : null;
    if (!quote) {
      this.error = 'The selected text is not in the article as Gloss has it. Save the post, then select again.';
    } else {
      this.error = '';
    }
    this.selection = quote;
    this.render();
    return quote !== null;
  }

  private fail(e: unknown): void {
    this.error = e instanceof GlossError || e instanceof Error ? e.message : String(e);
  }

  /**
   * Runs one change at a time: while it is under way every button waits (a double click is one click),
   * and a create carries the same Idempotency-Key until it succeeds, so a retry after an error or a lost
   * answer creates one annotation.
   */
  private async change(request: AnnotationRequest | (() => Promise<unknown>), form?: string): Promise<void> {
    const externalId = this.getAttribute('article');
    if (!this.client || !externalId || this.busy) {
      return;
    }
    this.busy = true;
    this.render();
    try {
      if (typeof request === 'function') {
        await request();
      } else {
        const action = JSON.stringify(request);
        const key = this.pendingKeys.get(action) ?? newKey();
        this.pendingKeys.set(action, key);
        await this.client.createAnnotation(externalId, { status: 'PUBLISHED', ...request }, key);
        this.pendingKeys.delete(action);
      }
      this.busy = false;
      this.selection = null;
      if (form) {
        this.root.querySelector<HTMLFormElement>(`form.${form}`)?.reset();
      }
      await this.refresh();
      this.dispatchEvent(new CustomEvent('gloss-change', { bubbles: true }));
    } catch (e) {
      this.busy = false;
      this.fail(e);
      this.render();
    }
  }

  private render(): void {
    const focused = (this.root.activeElement as HTMLElement | null)?.dataset?.focus;
    this.root.querySelectorAll<HTMLInputElement>('form [data-focus]').forEach((control) => {
      if ('value' in control && control.type !== 'submit') {
        this.drafts.set(control.dataset.focus!, control.value);
      }
    });
    this.root.replaceChildren(
      h('style', {}, STYLE),
      h('section', { 'aria-label': 'Gloss annotations' },
        this.statusLine(),
        this.error ? h('p', { class: 'error', role: 'alert' }, this.error) : null,
        this.orphans(),
        this.mentions(),
        this.annotationList(),
        this.selectionLine(),
        this.sourceForm(),
        this.relatedForm(),
        this.footnoteForm()),
    );
    this.root.querySelectorAll<HTMLInputElement>('form [data-focus]').forEach((control) => {
      const draft = this.drafts.get(control.dataset.focus!);
      if (draft !== undefined && control.type !== 'submit') {
        control.value = draft;
      }
    });
    if (this.busy) {
      this.root.querySelector('section')?.setAttribute('aria-busy', 'true');
      this.root.querySelectorAll('button').forEach((b) => { b.disabled = true; });
    }
    if (focused) {
      (this.root.querySelector(`[data-focus="${focused}"]`) as HTMLElement | null)?.focus();
    }
  }

  private statusLine(): Node | null {
    if (!this.report) {
      // A panel that could not ask Gloss says so: an empty list must never read as "nothing to label".
      return this.error
        ? h('p', { class: 'status status-UNCHECKED', role: 'status' }, 'The designation labels could not be checked.')
        : h('p', { class: 'status' }, this.getAttribute('article') ? 'Loading…' : 'Save the post to annotate it.');
    }
    const missing = this.report.items.filter((i) => !i.labelled).map((i) => `${i.name} (${i.jurisdiction})`);
    const outdated = this.report.lists.filter((l) => l.stale).map((l) => `${l.list} (as of ${l.asOf})`);
    const text = this.report.status === 'MISSING' ? `Labels missing: ${missing.join(', ')}`
      : this.report.status === 'REVIEW' ? 'Mentions wait for your review'
        : this.report.status === 'LISTS_OUTDATED' ? `Not checked since: ${outdated.join(', ')} — ask your Gloss operator to update the lists`
          : 'All required labels are in place';
    return h('p', { class: `status status-${this.report.status}`, role: 'status' }, text);
  }

  /** Organisation names by slug, as the compliance report gives them: editors read names, not slugs. */
  private names(): Map<string, string> {
    const names = new Map<string, string>();
    this.report?.items.forEach((item) => names.set(item.organization, item.name));
    this.report?.review.forEach((weak) => names.set(weak.organization, weak.name));
    return names;
  }

  private orphans(): Node | null {
    const orphaned = this.annotations.filter((a) => a.anchor === 'ORPHANED');
    if (orphaned.length === 0) {
      return null;
    }
    const externalId = this.getAttribute('article')!;
    // Gloss never moves an annotation to a look-alike passage: the editor re-attaches it (the same
    // annotation, its history kept) to a passage selected now, or deletes it.
    const reattach = (a: Annotation) => () => this.change(() => this.client!.updateAnnotation(externalId, a,
      { kind: a.kind, status: a.status, target: this.selection!, body: a.body }));
    return h('div', { class: 'orphaned', role: 'alert' },
      h('p', {}, `${orphaned.length} annotation(s) lost their passage in the last edit. Select the passage they belong to now and re-attach them, or delete them:`),
      h('ul', {}, ...orphaned.map((a) => {
        const again = button(`Re-attach ${summary(a, this.names())} to the selected text`, 'Re-attach to selection', reattach(a), `reattach-${a.id}`);
        again.disabled = this.selection === null;
        return h('li', { class: 'orphan' }, `“${a.target?.exact ?? ''}” — ${summary(a, this.names())} `,
          h('span', { class: 'actions' }, again,
            button(`Delete ${summary(a, this.names())}`, 'Delete', () => this.change(() => this.client!.deleteAnnotation(externalId, a)), `delete-orphan-${a.id}`)));
      })));
  }

  private mentions(): Node | null {
    if (!this.report) {
      return null;
    }
    const rows: Node[] = [];
    const seen = new Set<string>();
    for (const item of this.report?.items ?? []) {
      for (const mention of item.mentions) {
        const key = `${item.organization}:${mention.start}:${mention.end}`;
        if (seen.has(key) || mention.start === null) {
          continue;
        }
        seen.add(key);
        const missing = mention.label === 'NONE';
        rows.push(h('li', { class: missing ? 'mention missing' : 'mention', 'data-organization': item.organization },
          this.mentionLink(`${item.name}: “${mention.surface ?? ''}”`, mention.surface ?? '', mention.start, mention.end!),
          h('span', { class: 'state' }, missing ? 'label missing' : mention.label === 'CONFIRMED' ? 'confirmed' : 'labelled'),
          // A mention labelled already needs no Confirm: only Reject, for a false positive.
          this.decisionButtons(item.organization, item.name, mention.start, mention.end!, mention.label === 'NONE')));
      }
    }
    for (const weak of this.report?.review ?? []) {
      rows.push(h('li', { class: 'mention review', 'data-organization': weak.organization },
        this.mentionLink(`“${weak.surface}” may be ${weak.name}`, weak.surface, weak.start, weak.end),
        h('span', { class: 'state' }, 'needs review'),
        this.decisionButtons(weak.organization, weak.name, weak.start, weak.end, true)));
    }
    return h('div', {},
      h('h3', {}, 'Designated organisations'),
      rows.length ? h('ul', {}, ...rows) : h('p', {}, 'None mentioned.'));
  }

  /**
   * A mention's text as a button that asks the CMS to select it in the editor (event
   * {@code gloss-select}, detail {surface, start, end, occurrence}: offsets in the article's plain text,
   * and how many times the same words stand before it, for a CMS that finds text in its own blocks).
   */
  private mentionLink(label: string, surface: string, start: number, end: number): Node {
    const link = h('button', { type: 'button', class: 'mention-text', title: 'Select it in the editor' }, label);
    link.addEventListener('click', () => {
      const before = Array.from(this.article?.text ?? '').slice(0, start).join('');
      const occurrence = surface ? before.split(surface).length - 1 : 0;
      this.dispatchEvent(new CustomEvent('gloss-select', {
        bubbles: true, composed: true, detail: { surface, start, end, occurrence },
      }));
    });
    return h('span', {}, link, ' ');
  }

  private decisionButtons(organization: string, name: string, start: number, end: number, canConfirm: boolean): Node {
    const decide = (decision: 'CONFIRMED' | 'REJECTED') => () =>
      this.change({ kind: 'DESIGNATION', target: { start, end }, body: { organization, decision } });
    return h('span', { class: 'actions' },
      canConfirm ? button(`Confirm ${name}`, 'Confirm', decide('CONFIRMED'), `confirm-${organization}-${start}`) : null,
      button(`Reject ${name}: not this organisation`, 'Reject', decide('REJECTED'), `reject-${organization}-${start}`));
  }

  private annotationList(): Node {
    const groups = new Map<string, Annotation[]>();
    for (const annotation of this.annotations) {
      groups.set(annotation.kind, [...(groups.get(annotation.kind) ?? []), annotation]);
    }
    const externalId = this.getAttribute('article')!;
    return h('div', {},
      h('h3', {}, 'Annotations'),
      groups.size === 0 ? h('p', {}, 'None yet.') : null,
      ...[...groups.entries()].map(([kind, list]) => h('div', { class: `kind kind-${kind}` },
        h('h4', {}, KIND_TITLES[kind] ?? kind),
        h('ul', {}, ...list.map((a) => h('li', { class: a.anchor === 'ORPHANED' ? 'orphaned' : '' },
          h('span', {}, summary(a, this.names()) + (a.target?.exact ? ` — “${a.target.exact}”` : '') + (a.status === 'DRAFT' ? ' (draft)' : '')),
          ' ',
          a.kind === 'DESIGNATION' ? null
            : button(`Edit ${summary(a, this.names())}`, 'Edit', () => this.edit(a), `edit-${a.id}`),
          button(`Delete ${summary(a, this.names())}`, 'Delete',
            () => this.change(() => this.client!.deleteAnnotation(externalId, a)), `delete-${a.id}`)))))));
  }

  /** Puts an annotation's values into its kind's form; saving that form then changes it. */
  private edit(a: Annotation): void {
    const body = a.body as Record<string, unknown>;
    const values: Record<string, unknown> = a.kind === 'SOURCE'
      ? { 'source-name': body.name, 'source-url': body.url, 'source-type': body.type }
      : a.kind === 'RELATED_LINK'
        ? { 'related-url': body.url, 'related-title': body.title, 'related-relation': body.relation, 'related-after': body.afterParagraph }
        : { 'footnote-text': body.text };
    // Into the controls themselves: render() keeps what the controls hold.
    Object.entries(values).forEach(([focus, value]) => {
      const control = this.root.querySelector<HTMLInputElement>(`[data-focus="${focus}"]`);
      if (control) {
        control.value = value === undefined || value === null ? '' : String(value);
      }
    });
    this.editing = a;
    this.render();
    this.root.querySelector<HTMLElement>(`form.${FORM_OF[a.kind]} [data-focus]`)?.focus();
  }

  private selectionLine(): Node | null {
    if (!this.selection) {
      return null;
    }
    return h('p', { class: 'selection', role: 'status' }, `Selected: “${this.selection.exact}” `,
      button('Clear the selection', 'Clear', () => { this.selection = null; this.render(); }, 'clear-selection'));
  }

  private sourceForm(): Node {
    const name = h('input', { name: 'name', required: true, 'data-focus': 'source-name' });
    const url = h('input', { name: 'url', type: 'url', 'data-focus': 'source-url' });
    const type = h('select', { name: 'type', 'data-focus': 'source-type' }, ...SOURCE_TYPES.map((t) => h('option', { value: t }, words(t))));
    return this.form('Add a source', 'add-source', [field('Source name', name), field('Source URL (optional)', url),
      field('Type', type)], () => ({
      kind: 'SOURCE', target: this.selection ?? undefined,
      body: { name: name.value, url: url.value || undefined, type: type.value as SourceType },
    }));
  }

  private relatedForm(): Node {
    const url = h('input', { name: 'url', type: 'url', required: true, 'data-focus': 'related-url' });
    const title = h('input', { name: 'title', required: true, 'data-focus': 'related-title' });
    const relation = h('select', { name: 'relation', 'data-focus': 'related-relation' }, ...RELATIONS.map((r) => h('option', { value: r }, words(r))));
    const after = h('input', { name: 'afterParagraph', type: 'number', min: '1', 'data-focus': 'related-after' });
    return this.form('Add a related link', 'add-related', [field('Link URL', url), field('Headline', title),
      field('Relation', relation), field('After paragraph (optional)', after)], () => ({
      kind: 'RELATED_LINK',
      body: { url: url.value, title: title.value, relation: relation.value as Relation,
        afterParagraph: after.value ? Number(after.value) : undefined },
    }));
  }

  private footnoteForm(): Node {
    const text = h('textarea', { name: 'text', required: true, rows: '3', 'data-focus': 'footnote-text' });
    return this.form('Add a footnote', 'add-footnote', [field('Footnote text', text)], () => ({
      kind: 'FOOTNOTE', target: this.selection ?? undefined, body: { text: text.value },
    }));
  }

  private form(title: string, id: string, fields: Node[], request: () => AnnotationRequest): Node {
    const editing = this.editing && FORM_OF[this.editing.kind] === id ? this.editing : null;
    const heading = editing ? `Edit: ${summary(editing, this.names())}` : title;
    const hint = id !== 'add-related' && this.selection ? ' (for the selected text)' : '';
    const form = h('form', { 'aria-label': heading + hint, class: editing ? `${id} editing` : id },
      h('h3', {}, heading + hint), ...fields,
      h('button', { type: 'submit', 'data-focus': id }, editing ? 'Save changes' : title),
      editing ? button('Stop editing', 'Cancel', () => {
        this.editing = null;
        this.root.querySelector<HTMLFormElement>(`form.${id}`)?.reset();
        this.render();
      }, `cancel-${id}`) : null);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (editing) {
        const externalId = this.getAttribute('article')!;
        // The passage stays unless the editor selected another one.
        const changed = { ...request(), status: editing.status, target: this.selection ?? editing.target ?? undefined };
        void this.change(async () => {
          await this.client!.updateAnnotation(externalId, editing, changed);
          this.editing = null;
        }, id);
      } else {
        void this.change(request(), id);
      }
    });
    return form;
  }

}

/** A random Idempotency-Key; crypto.randomUUID needs a secure context, which an http:// admin is not. */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The form that creates (and edits) each kind. */
const FORM_OF: Record<string, string> = { SOURCE: 'add-source', RELATED_LINK: 'add-related', FOOTNOTE: 'add-footnote' };

function button(label: string, text: string, action: () => unknown, focus: string): HTMLButtonElement {
  const b = h('button', { type: 'button', 'aria-label': label, 'data-focus': focus }, text);
  b.addEventListener('click', () => void action());
  return b;
}

function field(label: string, control: HTMLElement): Node {
  return h('label', {}, label, control);
}

function words(constant: string): string {
  const text = constant.toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One line for an annotation in the panel. */
export function summary(a: Annotation, names: ReadonlyMap<string, string> = new Map()): string {
  const body = a.body as Record<string, unknown>;
  switch (a.kind) {
    case 'DESIGNATION': {
      const slug = String(body.organization);
      return `${names.get(slug) ?? slug} ${String(body.decision).toLowerCase()}`;
    }
    case 'SOURCE': return `Source: ${body.name}`;
    case 'RELATED_LINK': return `${words(String(body.relation))}: ${body.title}`;
    default: return `Footnote: ${body.text}`;
  }
}

// <gloss-editor-panel base="…/api/publications/daily/" article="42">: what an editor needs next to
// the CMS's editor. Everything is a native, labelled control, so it works with the keyboard alone.

import {
  Annotation, AnnotationKind, AnnotationRequest, ComplianceStatus, GlossClient, RELATIONS, Relation, SOURCE_TYPES, SourceType,
} from './client.js';
import { h } from './dom.js';
import { MentionRow, MentionSelection, MentionState, PanelProblem, PanelSession } from './panel-session.js';

/** What the panel tells the CMS after each check: the status, and what keeps it from OK. */
export interface GlossStatusDetail {
  status: ComplianceStatus;
  missing: string[];
  outdated: string[];
}

declare global {
  interface HTMLElementTagNameMap {
    'gloss-editor-panel': GlossEditorPanel;
  }
  interface HTMLElementEventMap {
    /** After each check of the article. */
    'gloss-status': CustomEvent<GlossStatusDetail>;
    /** An annotation was created, changed or deleted. */
    'gloss-change': CustomEvent<null>;
    /** The editor asked to see a mention in the CMS's editor. */
    'gloss-select': CustomEvent<MentionSelection>;
  }
}

const KIND_TITLES: Record<AnnotationKind, string> = {
  DESIGNATION: 'Designations', SOURCE: 'Sources', RELATED_LINK: 'Related links', FOOTNOTE: 'Footnotes',
};

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
  private session: PanelSession | null = null;
  private client: GlossClient | null = null;
  // What the editor typed into the forms survives a refresh, and an error: nobody types a source twice.
  private readonly drafts = new Map<string, string>();
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
    this.session = null;
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
      this.session = null;
      void this.refresh();
    }
  }

  /** Reads the article, its annotations and its compliance again (call it after the CMS saved). */
  async refresh(): Promise<void> {
    const session = this.currentSession();
    if (!session) {
      this.render();
      return;
    }
    await session.refresh();
    if (session.report) {
      this.dispatchEvent(new CustomEvent<GlossStatusDetail>('gloss-status', {
        bubbles: true,
        detail: {
          status: session.report.status,
          missing: session.missing().map((i) => i.name),
          outdated: session.outdated().map((l) => `${l.list} (as of ${l.asOf})`),
        },
      }));
    }
  }

  /** The editor selected text in the CMS: the next source or footnote can be about it. */
  select(selected: string, before = '', after = ''): boolean {
    return this.currentSession()?.select(selected, before, after) ?? false;
  }

  private currentSession(): PanelSession | null {
    const externalId = this.getAttribute('article');
    if (!this.session && this.client && externalId) {
      this.session = new PanelSession(this.client, externalId);
      this.session.subscribe(() => this.render());
    }
    return this.session;
  }

  /** A change, and after it the form it came from emptied and the CMS told. */
  private async change(action: Promise<boolean>, form?: string): Promise<void> {
    if (await action) {
      if (form) {
        this.root.querySelector<HTMLFormElement>(`form.${form}`)?.reset();
      }
      this.dispatchEvent(new CustomEvent<null>('gloss-change', { bubbles: true, detail: null }));
    }
  }

  private render(): void {
    const session = this.session;
    const focused = (this.root.activeElement as HTMLElement | null)?.dataset?.focus;
    this.root.querySelectorAll<HTMLInputElement>('form [data-focus]').forEach((control) => {
      if ('value' in control && control.type !== 'submit') {
        this.drafts.set(control.dataset.focus!, control.value);
      }
    });
    this.root.replaceChildren(
      h('style', {}, STYLE),
      session ? h('section', { 'aria-label': 'Gloss annotations' },
        this.statusLine(session),
        session.problem ? h('p', { class: 'error', role: 'alert' }, problemText(session.problem)) : null,
        this.orphans(session),
        this.mentions(session),
        this.annotationList(session),
        this.selectionLine(session),
        this.sourceForm(session),
        this.relatedForm(session),
        this.footnoteForm(session)) : h('p', { class: 'status' }, 'Save the post to annotate it.'),
    );
    this.root.querySelectorAll<HTMLInputElement>('form [data-focus]').forEach((control) => {
      const draft = this.drafts.get(control.dataset.focus!);
      if (draft !== undefined && control.type !== 'submit') {
        control.value = draft;
      }
    });
    if (session?.busy) {
      this.root.querySelector('section')?.setAttribute('aria-busy', 'true');
      this.root.querySelectorAll('button').forEach((b) => { b.disabled = true; });
    }
    if (focused) {
      (this.root.querySelector(`[data-focus="${focused}"]`) as HTMLElement | null)?.focus();
    }
  }

  private statusLine(session: PanelSession): Node {
    const report = session.report;
    if (!report) {
      // A panel that could not ask Gloss says so: an empty list must never read as "nothing to label".
      return session.problem
        ? h('p', { class: 'status status-UNCHECKED', role: 'status' }, 'The designation labels could not be checked.')
        : h('p', { class: 'status' }, 'Loading…');
    }
    const missing = session.missing().map((i) => `${i.name} (${i.jurisdiction})`);
    const outdated = session.outdated().map((l) => `${l.list} (as of ${l.asOf})`);
    const text = report.status === 'MISSING' ? `Labels missing: ${missing.join(', ')}`
      : report.status === 'REVIEW' ? 'Mentions wait for your review'
        : report.status === 'LISTS_OUTDATED' ? `Not checked since: ${outdated.join(', ')} — ask your Gloss operator to update the lists`
          : 'All required labels are in place';
    return h('p', { class: `status status-${report.status}`, role: 'status' }, text);
  }

  private orphans(session: PanelSession): Node | null {
    const orphaned = session.orphans();
    if (orphaned.length === 0) {
      return null;
    }
    const names = session.names();
    return h('div', { class: 'orphaned', role: 'alert' },
      h('p', {}, `${orphaned.length} annotation(s) lost their passage in the last edit. Select the passage they belong to now and re-attach them, or delete them:`),
      h('ul', {}, ...orphaned.map((a) => {
        const again = button(`Re-attach ${summary(a, names)} to the selected text`, 'Re-attach to selection',
          () => this.change(session.reattach(a)), `reattach-${a.id}`);
        again.disabled = session.selection === null;
        return h('li', { class: 'orphan' }, `“${a.target?.exact ?? ''}” — ${summary(a, names)} `,
          h('span', { class: 'actions' }, again,
            button(`Delete ${summary(a, names)}`, 'Delete', () => this.change(session.remove(a)), `delete-orphan-${a.id}`)));
      })));
  }

  private mentions(session: PanelSession): Node | null {
    if (!session.report) {
      return null;
    }
    const rows = session.mentions().map((m) => h('li', {
      class: m.state === 'MISSING' ? 'mention missing' : m.state === 'REVIEW' ? 'mention review' : 'mention',
      'data-organization': m.organization,
    },
    this.mentionLink(session, m),
    h('span', { class: 'state' }, STATE_WORDS[m.state]),
    h('span', { class: 'actions' },
      m.canConfirm ? button(`Confirm ${m.name}`, 'Confirm', () => this.change(session.decide(m, 'CONFIRMED')), `confirm-${m.organization}-${m.start}`) : null,
      button(`Reject ${m.name}: not this organisation`, 'Reject', () => this.change(session.decide(m, 'REJECTED')), `reject-${m.organization}-${m.start}`))));
    return h('div', {},
      h('h3', {}, 'Designated organisations'),
      rows.length ? h('ul', {}, ...rows) : h('p', {}, 'None mentioned.'));
  }

  /**
   * A mention's text as a button that asks the CMS to select it in the editor (event
   * {@code gloss-select}, detail: a {@link MentionSelection}).
   */
  private mentionLink(session: PanelSession, mention: MentionRow): Node {
    const label = mention.state === 'REVIEW' ? `“${mention.surface}” may be ${mention.name}` : `${mention.name}: “${mention.surface}”`;
    const link = h('button', { type: 'button', class: 'mention-text', title: 'Select it in the editor' }, label);
    link.addEventListener('click', () => {
      this.dispatchEvent(new CustomEvent<MentionSelection>('gloss-select', { bubbles: true, composed: true, detail: session.selectionOf(mention) }));
    });
    return h('span', {}, link, ' ');
  }

  private annotationList(session: PanelSession): Node {
    const names = session.names();
    const groups = session.groups();
    return h('div', {},
      h('h3', {}, 'Annotations'),
      groups.length === 0 ? h('p', {}, 'None yet.') : null,
      ...groups.map(([kind, list]) => h('div', { class: `kind kind-${kind}` },
        h('h4', {}, KIND_TITLES[kind] ?? kind),
        h('ul', {}, ...list.map((a) => h('li', { class: a.anchor === 'ORPHANED' ? 'orphaned' : '' },
          h('span', {}, summary(a, names) + (a.target?.exact ? ` — “${a.target.exact}”` : '') + (a.status === 'DRAFT' ? ' (draft)' : '')),
          ' ',
          a.kind === 'DESIGNATION' ? null
            : button(`Edit ${summary(a, names)}`, 'Edit', () => this.edit(session, a), `edit-${a.id}`),
          button(`Delete ${summary(a, names)}`, 'Delete', () => this.change(session.remove(a)), `delete-${a.id}`)))))));
  }

  /** Puts an annotation's values into its kind's form; saving that form then changes it. */
  private edit(session: PanelSession, a: Annotation): void {
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
    session.startEditing(a);
    this.root.querySelector<HTMLElement>(`form.${FORM_OF[a.kind]} [data-focus]`)?.focus();
  }

  private selectionLine(session: PanelSession): Node | null {
    if (!session.selection) {
      return null;
    }
    return h('p', { class: 'selection', role: 'status' }, `Selected: “${session.selection.exact}” `,
      button('Clear the selection', 'Clear', () => session.clearSelection(), 'clear-selection'));
  }

  private sourceForm(session: PanelSession): Node {
    const name = h('input', { name: 'name', required: true, 'data-focus': 'source-name' });
    const url = h('input', { name: 'url', type: 'url', 'data-focus': 'source-url' });
    const type = h('select', { name: 'type', 'data-focus': 'source-type' }, ...SOURCE_TYPES.map((t) => h('option', { value: t }, words(t))));
    return this.form(session, 'Add a source', 'add-source', [field('Source name', name), field('Source URL (optional)', url),
      field('Type', type)], () => ({
      kind: 'SOURCE', target: session.selection ?? undefined,
      body: { name: name.value, url: url.value || undefined, type: type.value as SourceType },
    }));
  }

  private relatedForm(session: PanelSession): Node {
    const url = h('input', { name: 'url', type: 'url', required: true, 'data-focus': 'related-url' });
    const title = h('input', { name: 'title', required: true, 'data-focus': 'related-title' });
    const relation = h('select', { name: 'relation', 'data-focus': 'related-relation' }, ...RELATIONS.map((r) => h('option', { value: r }, words(r))));
    const after = h('input', { name: 'afterParagraph', type: 'number', min: '1', 'data-focus': 'related-after' });
    return this.form(session, 'Add a related link', 'add-related', [field('Link URL', url), field('Headline', title),
      field('Relation', relation), field('After paragraph (optional)', after)], () => ({
      kind: 'RELATED_LINK',
      body: { url: url.value, title: title.value, relation: relation.value as Relation,
        afterParagraph: after.value ? Number(after.value) : undefined },
    }));
  }

  private footnoteForm(session: PanelSession): Node {
    const text = h('textarea', { name: 'text', required: true, rows: '3', 'data-focus': 'footnote-text' });
    return this.form(session, 'Add a footnote', 'add-footnote', [field('Footnote text', text)], () => ({
      kind: 'FOOTNOTE', target: session.selection ?? undefined, body: { text: text.value },
    }));
  }

  private form(session: PanelSession, title: string, id: string, fields: Node[], request: () => AnnotationRequest): Node {
    const editing = session.editing && FORM_OF[session.editing.kind] === id ? session.editing : null;
    const names = session.names();
    const heading = editing ? `Edit: ${summary(editing, names)}` : title;
    const hint = id !== 'add-related' && session.selection ? ' (for the selected text)' : '';
    const form = h('form', { 'aria-label': heading + hint, class: editing ? `${id} editing` : id },
      h('h3', {}, heading + hint), ...fields,
      h('button', { type: 'submit', 'data-focus': id }, editing ? 'Save changes' : title),
      editing ? button('Stop editing', 'Cancel', () => {
        this.root.querySelector<HTMLFormElement>(`form.${id}`)?.reset();
        session.stopEditing();
      }, `cancel-${id}`) : null);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.change(editing ? session.saveEditing(request()) : session.create(request()), id);
    });
    return form;
  }

}

function problemText(problem: PanelProblem): string {
  switch (problem.kind) {
    case 'NOT_SEEN': return 'Gloss has not seen this article yet: save it, and the panel fills in.';
    case 'NOT_IN_TEXT': return 'The selected text is not in the article as Gloss has it. Save the post, then select again.';
    default: return problem.message;
  }
}

const STATE_WORDS: Record<MentionState, string> = {
  MISSING: 'label missing', CONFIRMED: 'confirmed', LABELLED: 'labelled', REVIEW: 'needs review',
};

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

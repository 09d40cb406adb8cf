// What an editor panel knows and does, without any widgets or words of its own: the article as Gloss has
// it, its annotations and compliance, the editor's selection, and the changes an editor makes. The core
// element renders it with plain DOM; a CMS renders it with its own components and translations (the
// WordPress plugin does, with @wordpress/components and wp.i18n).

import {
  Annotation, AnnotationRequest, Article, ComplianceItem, ComplianceReport, Decision, GlossClient, GlossError, ListAge, TextQuote,
} from './client.js';
import { quoteFor } from './quote.js';

/** Why the panel cannot show what it should: each view words it in its own language. */
export type PanelProblem =
  | { kind: 'NOT_SEEN' }
  | { kind: 'NOT_IN_TEXT' }
  | { kind: 'FAILED'; message: string };

/** How a mention stands: MISSING needs a label, REVIEW a decision; the others are labelled. */
export type MentionState = 'MISSING' | 'LABELLED' | 'CONFIRMED' | 'REVIEW';

export interface MentionRow {
  /** Unique in the panel. */
  key: string;
  organization: string;
  name: string;
  surface: string;
  start: number;
  end: number;
  state: MentionState;
  /** A mention labelled already needs no Confirm: only Reject, for a false positive. */
  canConfirm: boolean;
}

/** What a view hands a CMS to select a mention in its own editor (event gloss-select in the core element). */
export interface MentionSelection {
  surface: string;
  start: number;
  end: number;
  /** How many times the same words stand before it: a CMS finds text in its own blocks by this. */
  occurrence: number;
}

export type AnnotationGroups = [Annotation['kind'], Annotation[]][];

export class PanelSession {
  article: Article | null = null;
  annotations: Annotation[] = [];
  report: ComplianceReport | null = null;
  selection: TextQuote | null = null;
  problem: PanelProblem | null = null;
  /** A change is under way: every action waits for it, so a double click is one click. */
  busy = false;
  /** The annotation whose values fill its kind's form; saving that form changes it. */
  editing: Annotation | null = null;
  // The Idempotency-Key of each create not yet known to have succeeded: a retry after an error or a
  // lost answer creates one annotation.
  private readonly pendingKeys = new Map<string, string>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly client: GlossClient, readonly externalId: string) {}

  /** Called after every change of state; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reads the article, its annotations and its compliance again (call it after the CMS saved). */
  async refresh(): Promise<void> {
    try {
      [this.article, this.annotations, this.report] = await Promise.all([
        this.client.article(this.externalId), this.client.annotations(this.externalId), this.client.compliance(this.externalId),
      ]);
      this.problem = null;
      if (this.editing) {
        this.editing = this.annotations.find((a) => a.id === this.editing!.id) ?? null;
      }
    } catch (e) {
      this.problem = e instanceof GlossError && e.status === 404 ? { kind: 'NOT_SEEN' } : failure(e);
    }
    this.changed();
  }

  /** The editor selected text in the CMS: the next source or footnote can be about it. */
  select(selected: string, before = '', after = ''): boolean {
    const quote = this.article ? quoteFor(this.article.text, selected, before, after) : null;
    this.problem = quote ? null : { kind: 'NOT_IN_TEXT' };
    this.selection = quote;
    this.changed();
    return quote !== null;
  }

  clearSelection(): void {
    this.selection = null;
    this.changed();
  }

  startEditing(annotation: Annotation): void {
    this.editing = annotation;
    this.changed();
  }

  stopEditing(): void {
    this.editing = null;
    this.changed();
  }

  /** Creates an annotation (published), about the selection where its kind has a passage. */
  create(request: AnnotationRequest): Promise<boolean> {
    return this.change(async () => {
      const action = JSON.stringify(request);
      const key = this.pendingKeys.get(action) ?? newKey();
      this.pendingKeys.set(action, key);
      await this.client.createAnnotation(this.externalId, { status: 'PUBLISHED', ...request }, key);
      this.pendingKeys.delete(action);
    });
  }

  /** The editor's decision on a mention: a designation annotation on exactly its words. */
  decide(mention: MentionRow, decision: Decision): Promise<boolean> {
    return this.create({
      kind: 'DESIGNATION', target: { start: mention.start, end: mention.end },
      body: { organization: mention.organization, decision },
    });
  }

  /** Saves the annotation being edited with new values; its passage stays unless the editor selected another. */
  saveEditing(request: AnnotationRequest): Promise<boolean> {
    const editing = this.editing;
    if (!editing) {
      return Promise.resolve(false);
    }
    return this.change(async () => {
      await this.client.updateAnnotation(this.externalId, editing,
        { ...request, status: editing.status, target: this.selection ?? editing.target ?? undefined });
      this.editing = null;
    });
  }

  /**
   * Moves an orphaned annotation to the passage selected now: the same annotation, its history kept.
   * Gloss never does this on its own; the editor chooses the passage.
   */
  reattach(annotation: Annotation): Promise<boolean> {
    const target = this.selection;
    if (!target) {
      return Promise.resolve(false);
    }
    return this.change(() => this.client.updateAnnotation(this.externalId, annotation,
      { kind: annotation.kind, status: annotation.status, target, body: annotation.body }));
  }

  remove(annotation: Annotation): Promise<boolean> {
    return this.change(() => this.client.deleteAnnotation(this.externalId, annotation));
  }

  /** Every mention the compliance report names, labelled or not, and those that wait for review. */
  mentions(): MentionRow[] {
    const rows: MentionRow[] = [];
    const seen = new Set<string>();
    for (const item of this.report?.items ?? []) {
      for (const mention of item.mentions) {
        const key = `${item.organization}:${mention.start}:${mention.end}`;
        if (seen.has(key) || mention.start === null || mention.end === null) {
          continue;
        }
        seen.add(key);
        const missing = mention.label === 'NONE';
        rows.push({
          key, organization: item.organization, name: item.name, surface: mention.surface ?? '',
          start: mention.start, end: mention.end,
          state: missing ? 'MISSING' : mention.label === 'CONFIRMED' ? 'CONFIRMED' : 'LABELLED', canConfirm: missing,
        });
      }
    }
    for (const weak of this.report?.review ?? []) {
      rows.push({
        key: `review:${weak.organization}:${weak.start}:${weak.end}`, organization: weak.organization, name: weak.name,
        surface: weak.surface, start: weak.start, end: weak.end, state: 'REVIEW', canConfirm: true,
      });
    }
    return rows;
  }

  /** What a CMS needs to select this mention in its editor. */
  selectionOf(mention: MentionRow): MentionSelection {
    const before = Array.from(this.article?.text ?? '').slice(0, mention.start).join('');
    const occurrence = mention.surface ? before.split(mention.surface).length - 1 : 0;
    return { surface: mention.surface, start: mention.start, end: mention.end, occurrence };
  }

  /** Organisations whose label is missing under some jurisdiction. */
  missing(): ComplianceItem[] {
    return this.report?.items.filter((i) => !i.labelled) ?? [];
  }

  /** The lists behind the answer that are older than the operator allows. */
  outdated(): ListAge[] {
    return this.report?.lists.filter((l) => l.stale) ?? [];
  }

  orphans(): Annotation[] {
    return this.annotations.filter((a) => a.anchor === 'ORPHANED');
  }

  /** Annotations by kind, in the order Gloss gave them. */
  groups(): AnnotationGroups {
    const groups = new Map<Annotation['kind'], Annotation[]>();
    for (const annotation of this.annotations) {
      groups.set(annotation.kind, [...(groups.get(annotation.kind) ?? []), annotation]);
    }
    return [...groups.entries()];
  }

  /** Organisation names by slug, as the compliance report gives them: editors read names, not slugs. */
  names(): Map<string, string> {
    const names = new Map<string, string>(Object.entries(this.report?.decided ?? {}));
    this.report?.items.forEach((item) => names.set(item.organization, item.name));
    this.report?.review.forEach((weak) => names.set(weak.organization, weak.name));
    return names;
  }

  /** Runs one change at a time and reads everything again after it; false when it failed or had to wait. */
  private async change(action: () => Promise<unknown>): Promise<boolean> {
    if (this.busy) {
      return false;
    }
    this.busy = true;
    this.changed();
    try {
      await action();
      this.busy = false;
      this.selection = null;
      await this.refresh();
      return true;
    } catch (e) {
      this.busy = false;
      this.problem = failure(e);
      this.changed();
      return false;
    }
  }

  private changed(): void {
    this.listeners.forEach((listener) => listener());
  }
}

function failure(e: unknown): PanelProblem {
  return { kind: 'FAILED', message: e instanceof Error ? e.message : String(e) };
}

/** A random Idempotency-Key; crypto.randomUUID needs a secure context, which an http:// admin is not. */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

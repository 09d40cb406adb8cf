// A typed client for Gloss's editor API (types follow the server's OpenAPI document at /q/openapi).
// It talks to one publication's API root: Gloss itself (with a key) or a CMS route that forwards to
// Gloss and keeps the key on the server (the WordPress plugin does).

export type AnnotationKind = 'DESIGNATION' | 'SOURCE' | 'RELATED_LINK' | 'FOOTNOTE';
export type AnnotationStatus = 'DRAFT' | 'PUBLISHED';
export type Decision = 'CONFIRMED' | 'REJECTED';
/** Each list is the one place its values are named: the type comes from it, and so do the panel's choices. */
export const SOURCE_TYPES = ['NEWS_AGENCY', 'OFFICIAL', 'SOCIAL_MEDIA', 'PRESS_RELEASE', 'OWN_REPORTING'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];
export const RELATIONS = ['RELATED', 'BACKGROUND', 'FOLLOW_UP', 'DENIAL', 'CORRECTION'] as const;
export type Relation = (typeof RELATIONS)[number];

/** W3C TextQuoteSelector plus TextPositionSelector on the article's plain text (code points). */
export interface TextQuote {
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

export type AnnotationBody =
  | { organization: string; decision: Decision }
  | { name: string; url?: string; type: SourceType }
  | { url: string; title: string; relation: Relation; afterParagraph?: number }
  | { text: string };

export interface Annotation {
  id: number;
  kind: AnnotationKind;
  status: AnnotationStatus;
  target: TextQuote | null;
  body: AnnotationBody;
  anchor: 'ANCHORED' | 'ORPHANED' | null;
  version: number;
  /** The tag Gloss gave this version: sent back as If-Match, never rebuilt here. */
  etag: string;
  createdBy: string;
  updatedAt: string;
}

export interface AnnotationRequest {
  kind: AnnotationKind;
  status?: AnnotationStatus;
  target?: TextQuote;
  body: AnnotationBody;
}

export interface Article {
  externalId: string;
  title: string;
  url?: string;
  language: string;
  publishedAt?: string;
  body: string;
  text: string;
  revision: number;
  orphaned: number[];
}

/** LISTS_OUTDATED: nothing is missing as far as Gloss's copies of the lists go, but one is older than allowed. */
export type ComplianceStatus = 'OK' | 'MISSING' | 'REVIEW' | 'LISTS_OUTDATED';

/** An official list behind a compliance answer and the age of Gloss's copy. */
export interface ListAge {
  list: string;
  jurisdiction: string;
  asOf: string;
  ageDays: number;
  stale: boolean;
}
export type MatchReason = string;

export interface MentionState {
  surface: string | null;
  start: number | null;
  end: number | null;
  reason: MatchReason | null;
  label: 'AUTOMATIC' | 'CONFIRMED' | 'NONE';
}

export interface ComplianceItem {
  jurisdiction: string;
  organization: string;
  name: string;
  category: string;
  listedOn: string;
  authority?: string;
  labelled: boolean;
  mentions: MentionState[];
}

export interface ReviewItem {
  organization: string;
  /** The organisation's name, for editors. */
  name: string;
  surface: string;
  start: number;
  end: number;
  reason: MatchReason;
  jurisdictions: string[];
}

export interface ComplianceReport {
  status: ComplianceStatus;
  date: string;
  items: ComplianceItem[];
  review: ReviewItem[];
  lists: ListAge[];
  /** Names by slug of the organisations editors decided on, a rejected one included. */
  decided: Record<string, string>;
}

/** RFC 7807 problem document as Gloss sends it. */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { field: string; message: string }[];
}

/** A refused request, carrying the server's own explanation. */
export class GlossError extends Error {
  readonly status: number;
  readonly problem: Problem | null;

  constructor(status: number, problem: Problem | null, fallback: string) {
    super(GlossError.describe(problem) ?? fallback);
    this.name = 'GlossError';
    this.status = status;
    this.problem = problem;
  }

  private static describe(problem: Problem | null): string | undefined {
    if (!problem) {
      return undefined;
    }
    const fields = (problem.errors ?? []).map((e) => `${e.field}: ${e.message}`);
    const detail = problem.detail ?? problem.title;
    return fields.length > 1 ? `${detail} (${fields.join('; ')})` : detail;
  }
}

export interface ClientOptions {
  /** The publication's API root, e.g. https://gloss.example/api/publications/daily/ */
  base: string;
  /** Sent with every request: an Authorization header, or a CMS's own (X-WP-Nonce). */
  headers?: Record<string, string>;
  fetch?: typeof fetch;
}

export class GlossClient {
  private readonly base: string;
  private readonly headers: Record<string, string>;
  private readonly fetcher: typeof fetch;

  constructor(options: ClientOptions) {
    this.base = options.base.endsWith('/') ? options.base : options.base + '/';
    this.headers = options.headers ?? {};
    this.fetcher = options.fetch ?? ((input, init) => fetch(input, init));
  }

  article(externalId: string): Promise<Article> {
    return this.request('GET', this.articlePath(externalId));
  }

  annotations(externalId: string): Promise<Annotation[]> {
    return this.request('GET', this.articlePath(externalId) + '/annotations');
  }

  compliance(externalId: string): Promise<ComplianceReport> {
    return this.request('GET', this.articlePath(externalId) + '/compliance');
  }

  /** {@code idempotencyKey}: the same key for a retry of the same create, so Gloss makes one annotation. */
  createAnnotation(externalId: string, annotation: AnnotationRequest, idempotencyKey?: string): Promise<Annotation> {
    return this.request('POST', this.articlePath(externalId) + '/annotations', annotation,
      idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {});
  }

  /** Replaces the annotation if it is still the version read (a colleague's newer change is never overwritten). */
  updateAnnotation(externalId: string, annotation: Pick<Annotation, 'id' | 'etag'>, request: AnnotationRequest): Promise<Annotation> {
    return this.request('PUT', `${this.articlePath(externalId)}/annotations/${annotation.id}`, request, {
      'If-Match': annotation.etag,
    });
  }

  /** Deletes the annotation if it is still the version read: an editor never removes a colleague's newer change. */
  async deleteAnnotation(externalId: string, annotation: Pick<Annotation, 'id' | 'etag'>): Promise<void> {
    await this.request('DELETE', `${this.articlePath(externalId)}/annotations/${annotation.id}`, undefined, {
      'If-Match': annotation.etag,
    });
  }

  private articlePath(externalId: string): string {
    return 'articles/' + encodeURIComponent(externalId);
  }

  private async request<T>(method: string, path: string, body?: unknown, extra: Record<string, string> = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', ...this.headers, ...extra };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    let response: Response;
    try {
      response = await this.fetcher(this.base + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (cause) {
      throw new GlossError(0, null, `Gloss cannot be reached (${(cause as Error).message})`);
    }
    if (response.status === 204) {
      return undefined as T;
    }
    const text = await response.text();
    if (!response.ok) {
      throw new GlossError(response.status, GlossClient.problemIn(text), `Gloss answered ${response.status}`);
    }
    return (text ? JSON.parse(text) : undefined) as T;
  }

  private static problemIn(text: string): Problem | null {
    try {
      const parsed = JSON.parse(text);
      return parsed && typeof parsed === 'object' && 'status' in parsed ? (parsed as Problem) : null;
    } catch {
      return null;
    }
  }
}

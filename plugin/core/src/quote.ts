// Turning an editor's selection into a W3C TextQuoteSelector on the article's plain text, the way
// Gloss anchors annotations (code points; 32 of context on each side).

import type { TextQuote } from './client.js';

const CONTEXT = 32;

/** Whitespace collapses as it does in Gloss's plain text, so a selection copied from the editor matches it. */
export function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/**
 * The selector for {@code selected} in {@code text}: with prefix and suffix taken from the text, at the
 * occurrence whose surroundings best match {@code before}/{@code after} (what the editor's selection had
 * around it). Null when the selection is not in the text at all.
 */
export function quoteFor(text: string, selected: string, before = '', after = ''): TextQuote | null {
  const exact = collapse(selected);
  if (!exact) {
    return null;
  }
  const occurrences: number[] = [];
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    occurrences.push(at);
  }
  if (occurrences.length === 0) {
    return null;
  }
  // Context keeps its edge spaces: they are what separates it from the selection.
  const wantBefore = before.replace(/\s+/g, ' ');
  const wantAfter = after.replace(/\s+/g, ' ');
  let best = occurrences[0];
  let bestScore = -1;
  for (const at of occurrences) {
    const score = commonSuffix(text.slice(0, at).replace(/\s+/g, ' '), wantBefore)
      + commonPrefix(text.slice(at + exact.length).replace(/\s+/g, ' '), wantAfter);
    if (score > bestScore) {
      best = at;
      bestScore = score;
    }
  }
  const chars = [...text];
  const start = [...text.slice(0, best)].length;
  const end = start + [...exact].length;
  return {
    exact,
    prefix: chars.slice(Math.max(0, start - CONTEXT), start).join(''),
    suffix: chars.slice(end, end + CONTEXT).join(''),
  };
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) {
    n++;
  }
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) {
    n++;
  }
  return n;
}

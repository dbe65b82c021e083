// Highlighted snippets for search results, computed from plain text: the result is a list of
// segments (text + whether it matched) that React renders as text and <mark>, so user text is
// never parsed as HTML. segmentsToHtml is for JSON clients and escapes before it marks.
import { normalizeText, type SearchQuery } from './normalize';

export interface Segment {
  text: string;
  hit: boolean;
}

const SNIPPET_LENGTH = 180;

function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

function commonPrefix(a: string, b: string) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Whether a word of the text matches a query word, approximating the database's rules: the same
 * stem (a long enough common prefix: "svejser"/"svejsning", "kuljetus"/"kuljetukset"), or trigram
 * word similarity (typos, and a query word inside a compound: "emner" in "plastemner").
 */
export function wordMatches(norm: string, word: string): boolean {
  if (word === norm) return true;
  if (norm.length < 3) return word.startsWith(norm) && norm.length >= 2 && word.length <= norm.length + 2;
  if (word.startsWith(norm)) return true;
  if (commonPrefix(norm, word) >= Math.min(norm.length, Math.max(4, norm.length - 3))) return true;
  const q = trigrams(norm);
  const w = trigrams(word);
  let shared = 0;
  for (const t of q) if (w.has(t)) shared++;
  return shared / q.size >= 0.6;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The whole text cut into matched and unmatched segments. */
export function highlight(text: string, query: SearchQuery): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  const push = (s: string, hit: boolean) => {
    if (!s) return;
    const prev = out[out.length - 1];
    if (prev && prev.hit === hit) prev.text += s;
    else out.push({ text: s, hit });
  };
  for (const m of text.matchAll(WORD)) {
    const word = normalizeText(m[0]);
    if (query.norms.some((n) => wordMatches(n, word))) {
      push(text.slice(last, m.index), false);
      push(m[0], true);
      last = m.index + m[0].length;
    }
  }
  push(text.slice(last), false);
  return out;
}

/**
 * About `length` characters around the first match, cut at word boundaries with "…" where text was
 * left out; the start of the text when nothing matched.
 */
export function snippet(text: string, query: SearchQuery, length = SNIPPET_LENGTH): Segment[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const all = highlight(flat, query);
  let offset = 0;
  let firstHit = -1;
  for (const s of all) {
    if (s.hit) {
      firstHit = offset;
      break;
    }
    offset += s.text.length;
  }
  let start = firstHit < 0 ? 0 : Math.max(0, firstHit - Math.floor(length / 3));
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space >= 0 && space < firstHit ? space + 1 : start;
  }
  let end = Math.min(flat.length, start + length);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const cut = highlight(flat.slice(start, end), query);
  if (start > 0) cut.unshift({ text: '… ', hit: false });
  if (end < flat.length) cut.push({ text: ' …', hit: false });
  return mergeSegments(cut);
}

function mergeSegments(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const prev = out[out.length - 1];
    if (prev && prev.hit === s.hit) prev.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Escaped HTML with matches in <mark>: safe to insert as HTML by API clients. */
export function segmentsToHtml(segments: Segment[]): string {
  return segments.map((s) => (s.hit ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text))).join('');
}

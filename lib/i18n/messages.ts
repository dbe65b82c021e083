// Message catalogs live in messages/<locale>/<namespace>.json, one file per domain so that
// features can add their strings without touching a shared file.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from './config';

export type Messages = Record<string, unknown>;

const cache = new Map<Locale, Messages>();

export function messagesDir() {
  return path.join(process.cwd(), 'messages');
}

export function loadMessages(locale: Locale): Messages {
  const hit = cache.get(locale);
  if (hit && process.env.NODE_ENV === 'production') return hit;
  const dir = path.join(messagesDir(), locale);
  const messages: Messages = {};
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    messages[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as unknown;
  }
  cache.set(locale, messages);
  return messages;
}

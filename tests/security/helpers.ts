// Shared by the security regression tests: the e-mailed link of the last message to an address.
import { expect } from 'vitest';
import { AppError } from '@/lib/errors';
import { testOutbox } from '@/lib/mail';

export function lastMailTo(to: string) {
  const mail = testOutbox.filter((m) => m.to === to).at(-1);
  expect(mail, `no e-mail to ${to}`).toBeDefined();
  return mail!;
}

/** The token at the end of the first link to `path` in the e-mail's text. */
export function tokenFromMail(to: string, path: '/invite/' | '/signup/confirm?token='): string {
  const { text } = lastMailTo(to);
  const escaped = path.replace(/[?]/g, '\\?');
  const match = new RegExp(`https?://[^\\s]+${escaped}([A-Za-z0-9_%-]+)`).exec(text);
  expect(match, `no ${path} link in: ${text}`).not.toBeNull();
  return decodeURIComponent(match![1]!);
}

export async function errorOf(p: Promise<unknown>) {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

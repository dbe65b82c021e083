// The e-mails the e2e server "sent": with LOG_MAIL=true it prints each one as `[mail] to=… subject=…`
// followed by its text, and playwright.config.ts copies the server's output to E2E_MAIL_LOG.
import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

function mailsTo(to: string): string[] {
  const file = process.env.E2E_MAIL_LOG;
  if (!file) throw new Error('E2E_MAIL_LOG is not set (see playwright.config.ts)');
  let log = '';
  try {
    log = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return log
    .split('[mail] ')
    .slice(1)
    .filter((m) => m.startsWith(`to=${to} `));
}

/** The link to `path` in the newest e-mail to `to`, waiting for it to arrive. */
export async function linkInMail(to: string, path: string): Promise<string> {
  let link = '';
  await expect
    .poll(
      () => {
        const mail = mailsTo(to).at(-1) ?? '';
        const match = new RegExp(`https?://\\S*${path.replace(/[?]/g, '\\?')}\\S*`).exec(mail);
        link = match?.[0] ?? '';
        return link;
      },
      { message: `an e-mail to ${to} with a ${path} link`, timeout: 15_000 },
    )
    .not.toBe('');
  return link;
}

export const mailCount = (to: string) => mailsTo(to).length;

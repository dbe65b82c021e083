import { describe, expect, it } from 'vitest';
import { noAccountEmail, signInLinkEmail } from '@/lib/auth/emails';
import { escapeHtml, sendMail, testOutbox } from '@/lib/mail';

const url = 'http://localhost:3000/api/auth/callback/email?token=abc&email=a%40b.dk';

describe('auth e-mails', () => {
  it('writes the sign-in link e-mail in the recipient’s language with the link in text and HTML', () => {
    const da = signInLinkEmail({ to: 'a@b.dk', url, locale: 'da', minutes: 60 });
    expect(da.subject).toBe('Dit login-link til Industrivej');
    expect(da.text).toContain(url);
    expect(da.text).toContain('60 minutter');
    expect(da.html).toContain(escapeHtml(url));
    expect(signInLinkEmail({ to: 'a@b.dk', url, locale: 'fi', minutes: 60 }).subject).toBe('Kirjautumislinkkisi Industrivejiin');
    expect(signInLinkEmail({ to: 'a@b.dk', url, locale: 'en', minutes: 60 }).text).toContain('60 minutes');
  });

  it('tells an address without an account how to sign up, without a sign-in link', () => {
    const mail = noAccountEmail({ to: 'x@y.dk', signUpUrl: 'http://localhost:3000/signup', locale: 'da' });
    expect(mail.text).toContain('http://localhost:3000/signup');
    expect(mail.text).not.toContain('callback');
  });

  it('escapes HTML and collects mail in memory under test', async () => {
    expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
    testOutbox.length = 0;
    await sendMail({ to: 'a@b.dk', subject: 'Hej', text: 'Tekst' });
    expect(testOutbox).toEqual([{ to: 'a@b.dk', subject: 'Hej', text: 'Tekst' }]);
  });
});

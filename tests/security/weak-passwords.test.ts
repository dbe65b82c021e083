// Finding (Low): weak passwords like `password12` were accepted (length was the only rule). Every
// new password (sign-up, invitation sign-up, password change, the JSON endpoint) is checked against
// the common-password list too, with a localized message next to the field.
import { describe, expect, it } from 'vitest';
import { changePasswordSchema, invitationSignUpSchema, signUpRequestSchema, signUpSchema } from '@/lib/validations/auth';
import { isWeakPassword } from '@/lib/validations/password-strength';
import { localizeIssues } from '@/lib/validations/issues';
import { loadMessages } from '@/lib/i18n/messages';

const WEAK = ['password12', 'Password123', 'qwertyuiop', '1234567890', 'password2026!', 'Sommer2024!!', 'aaaaaaaaaaaa', 'Industrivej12', 'iloveyou12'];
const STRONG = ['kanelsnegl og kaffe', 'Vestsjælland-traktor-9', 'hemmelig sætning 42', 'korvapuusti ja kahvi'];

describe('common passwords are refused', () => {
  it('recognizes common passwords, with digits or punctuation added, and the site name', () => {
    for (const p of WEAK) expect(isWeakPassword(p), p).toBe(true);
    for (const p of STRONG) expect(isWeakPassword(p), p).toBe(false);
  });

  it('every schema that sets a password refuses them, with the message next to the field', () => {
    const cases = [
      () => signUpSchema.safeParse({ name: 'A', email: 'a@b.dk', password: 'password12' }),
      () => signUpRequestSchema.safeParse({ name: 'A', email: 'a@b.dk', password: 'password12' }),
      () => invitationSignUpSchema.safeParse({ token: 'x'.repeat(43), name: 'A', password: 'password12' }),
      () => changePasswordSchema.safeParse({ currentPassword: '', newPassword: 'password12' }),
    ];
    for (const run of cases) {
      const parsed = run();
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues.map((i) => i.message)).toContain('credentials.commonPassword');
    }
    for (const locale of ['da', 'en', 'fi'] as const) {
      const messages = loadMessages(locale) as { credentials: { commonPassword: string } };
      const parsed = signUpSchema.safeParse({ name: 'A', email: 'a@b.dk', password: 'password12' });
      const errors = localizeIssues(parsed.error!.issues, (key) => (key === 'credentials.commonPassword' ? messages.credentials.commonPassword : key));
      expect(errors.password).toEqual([messages.credentials.commonPassword]);
    }
    expect(signUpSchema.safeParse({ name: 'A', email: 'a@b.dk', password: STRONG[0] }).success).toBe(true);
  });
});

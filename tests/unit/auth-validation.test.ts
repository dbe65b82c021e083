import { describe, expect, it } from 'vitest';
import { safeRedirect } from '@/lib/auth/redirect';
import { changePasswordSchema, safeCallbackPath, signInSchema, signUpSchema } from '@/lib/validations/auth';
import { appointStaffSchema, createNetworkSchema, membershipDecisionSchema, membershipRequestSchema } from '@/lib/validations/networks';

describe('auth schemas', () => {
  it('accepts a valid sign-up and normalises the e-mail', () => {
    const r = signUpSchema.parse({ name: ' Mette Hansen ', email: ' Mette@Smed.DK ', password: 'ti tegn ok!' });
    expect(r).toEqual({ name: 'Mette Hansen', email: 'mette@smed.dk', password: 'ti tegn ok!' });
  });

  it('rejects short passwords, bad e-mails, HTML in names and huge inputs', () => {
    const r = signUpSchema.safeParse({ name: '<b>x</b>', email: 'not-an-email', password: 'short' });
    expect(r.success).toBe(false);
    const fields = r.error!.issues.map((i) => [i.path[0], i.code === 'custom' ? i.message : i.code]);
    expect(fields).toEqual(
      expect.arrayContaining([
        ['name', 'noHtml'],
        ['email', 'invalid_format'],
        ['password', 'too_small'],
      ]),
    );
    expect(signUpSchema.safeParse({ name: 'x'.repeat(101), email: 'a@b.dk', password: 'xy'.repeat(101) }).error?.issues).toHaveLength(2);
    expect(signUpSchema.safeParse({ name: 'A', email: 'a@b.dk', password: '123456789' }).success).toBe(false);
    // Ten characters, but the most common ten there are (tests/security/weak-passwords.test.ts).
    expect(signUpSchema.safeParse({ name: 'A', email: 'a@b.dk', password: '1234567890' }).success).toBe(false);
    expect(signUpSchema.safeParse({ name: 'A', email: 'a@b.dk', password: '7391-kaffe' }).success).toBe(true);
  });

  it('keeps sign-in lenient on password length but limits callbackUrl to same-site paths', () => {
    expect(signInSchema.parse({ email: 'a@b.dk', password: 'x', callbackUrl: '/listings?x=1' }).callbackUrl).toBe('/listings?x=1');
    expect(signInSchema.parse({ email: 'a@b.dk', password: 'x', callbackUrl: 'https://evil.example' }).callbackUrl).toBe('/dashboard');
    expect(signInSchema.parse({ email: 'a@b.dk', password: 'x' }).callbackUrl).toBe('/dashboard');
    expect(signInSchema.safeParse({ email: 'a@b.dk', password: '' }).success).toBe(false);
    expect(safeCallbackPath('//evil.example/x')).toBe('/dashboard');
    expect(safeCallbackPath('/\\evil.example')).toBe('/dashboard');
  });

  it('Auth.js redirects stay on the site', () => {
    expect(safeRedirect('/account', 'http://localhost:3000')).toBe('/account');
    expect(safeRedirect('http://localhost:3000/x?y=1', 'http://localhost:3000')).toBe('/x?y=1');
    expect(safeRedirect('https://evil.example/x', 'http://localhost:3000')).toBe('/');
    expect(safeRedirect('//evil.example', 'http://localhost:3000')).toBe('/');
  });

  it('requires a 10-character new password', () => {
    expect(changePasswordSchema.safeParse({ currentPassword: 'old', newPassword: 'kort' }).success).toBe(false);
    expect(changePasswordSchema.parse({ newPassword: 'lang nok kode' })).toEqual({ currentPassword: '', newPassword: 'lang nok kode' });
  });
});

describe('network schemas', () => {
  it('parses a membership request and turns an empty message into null', () => {
    expect(membershipRequestSchema.parse({ networkRef: 'net-a', companyRef: 'co-b', message: '  ' })).toEqual({
      networkRef: 'net-a',
      companyRef: 'co-b',
      message: null,
    });
    expect(membershipRequestSchema.safeParse({ networkRef: 'net-a', companyRef: 'co-b', message: '<script>' }).success).toBe(false);
    expect(membershipRequestSchema.safeParse({ networkRef: 'net-a', companyRef: 'co-b', message: 'x'.repeat(1001) }).success).toBe(false);
  });

  it('accepts only approve/decline on a uuid', () => {
    expect(membershipDecisionSchema.safeParse({ membershipId: '3f1c1c9e-6a39-4a5e-9a43-0d7a9c4b8a11', decision: 'approve' }).success).toBe(true);
    expect(membershipDecisionSchema.safeParse({ membershipId: '3f1c1c9e-6a39-4a5e-9a43-0d7a9c4b8a11', decision: 'maybe' }).success).toBe(false);
    expect(membershipDecisionSchema.safeParse({ membershipId: '1', decision: 'approve' }).success).toBe(false);
  });

  it('validates a new network and staff appointment', () => {
    const n = createNetworkSchema.parse({ name: 'Industrivej Regstrup', country: 'DK', centerLat: '55.66', centerLng: '11.61', radiusKm: '25' });
    expect(n).toMatchObject({ centerLat: 55.66, radiusKm: 25, description: null });
    expect(createNetworkSchema.parse({ name: 'Svinninge', country: 'DK', centerLat: '55,72', centerLng: ' 11,47 ', radiusKm: '12,5' })).toMatchObject({
      centerLat: 55.72,
      centerLng: 11.47,
      radiusKm: 12.5,
    });
    expect(createNetworkSchema.safeParse({ name: 'X', country: 'SE', centerLat: '95', centerLng: '0', radiusKm: '0' }).error?.issues).toHaveLength(4);
    expect(appointStaffSchema.safeParse({ networkId: '3f1c1c9e-6a39-4a5e-9a43-0d7a9c4b8a11', email: 'A@B.dk', role: 'member' }).success).toBe(false);
  });
});

describe('e-mail addresses', () => {
  it('accepts Danish and Finnish letters in the domain, rejects malformed addresses', async () => {
    const { emailSchema } = await import('@/lib/validations/auth');
    expect(emailSchema.parse('Lone@Tømrer.dk')).toBe('lone@tømrer.dk');
    expect(emailSchema.safeParse('info@sähkö.fi').success).toBe(true);
    for (const bad of ['a@b', 'x y@b.dk', 'a@-b.dk', '.a@b.dk', 'a@b.c']) expect(emailSchema.safeParse(bad).success, bad).toBe(false);
  });
});

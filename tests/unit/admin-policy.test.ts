// The admin rules (lib/policy/admin.ts), the in-memory twin of the "hidden" visibility rule, and how
// an action's data becomes an audit line (lib/dal/audit.ts).
import { describe, expect, it } from 'vitest';
import { auditDetails, auditTarget } from '@/lib/dal/audit';
import { AUDIT_RETENTION_DAYS, auditCutoff, canAdminister, canDisableUser, leavesAnAdmin } from '@/lib/policy/admin';
import { listingVisibleTo } from '@/lib/policy/listings';
import { firmAudience, type Viewer } from '@/lib/policy/viewer';

const FIRM = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';
const NET = '00000000-0000-4000-8000-0000000000a1';

const viewer = (v: Partial<Viewer> = {}): Viewer => ({
  userId: 'u',
  email: 'u@example.test',
  name: null,
  locale: 'da',
  isAdmin: false,
  companyIds: [],
  memberNetworkIds: [],
  facilitatorNetworkIds: [],
  municipalityNetworkIds: [],
  ...v,
});

describe('who administers', () => {
  it('only platform admins, never a facilitator, municipality or member', () => {
    expect(canAdminister(viewer({ isAdmin: true }))).toBe(true);
    expect(canAdminister(viewer({ facilitatorNetworkIds: [NET] }))).toBe(false);
    expect(canAdminister(viewer({ municipalityNetworkIds: [NET] }))).toBe(false);
    expect(canAdminister(viewer({ companyIds: [FIRM] }))).toBe(false);
    expect(canAdminister(null)).toBe(false);
  });

  it('an admin disables others, not themselves', () => {
    const admin = viewer({ userId: 'a', isAdmin: true });
    expect(canDisableUser(admin, 'b')).toBe(true);
    expect(canDisableUser(admin, 'a')).toBe(false);
    expect(canDisableUser(viewer({ userId: 'm' }), 'b')).toBe(false);
    expect(canDisableUser(null, 'b')).toBe(false);
  });

  it('never leaves the system without an enabled admin', () => {
    expect(leavesAnAdmin(['a', 'b'], 'a')).toBe(true);
    expect(leavesAnAdmin(['a'], 'a')).toBe(false);
    expect(leavesAnAdmin([], 'a')).toBe(false);
    // Losing someone who is not an enabled admin leaves the others.
    expect(leavesAnAdmin(['a'], 'x')).toBe(true);
  });

  it('keeps audit lines for the stated period', () => {
    const now = new Date('2027-06-01T00:00:00Z');
    expect(AUDIT_RETENTION_DAYS).toBe(365);
    expect(auditCutoff(now).toISOString()).toBe('2026-06-01T00:00:00.000Z');
  });
});

describe('a hidden listing, in memory (the full matching refresh)', () => {
  const hidden = { companyId: FIRM, visibility: 'public', firmNetworkIds: [NET], hidden: true };
  it('is seen only by its firm and admins', () => {
    expect(listingVisibleTo(null, hidden)).toBe(false);
    expect(listingVisibleTo(firmAudience(OTHER, [NET]), hidden)).toBe(false);
    expect(listingVisibleTo(viewer({ facilitatorNetworkIds: [NET] }), hidden)).toBe(false);
    expect(listingVisibleTo(firmAudience(FIRM, [NET]), hidden)).toBe(true);
    expect(listingVisibleTo(viewer({ isAdmin: true }), hidden)).toBe(true);
    expect(listingVisibleTo(null, { ...hidden, hidden: false })).toBe(true);
  });
});

describe('audit lines from an action’s data', () => {
  it('drops secrets, shortens long texts and lists, and names the target', () => {
    const details = auditDetails({
      listingId: 'l-1',
      password: 'hunter2',
      currentPassword: 'x',
      token: 'abc',
      reason: 'x'.repeat(400),
      terms: Array.from({ length: 30 }, (_, i) => `t${i}`),
      nested: { apiTokenHash: 'h', ok: 1 },
    });
    expect(Object.keys(details).sort()).toEqual(['listingId', 'nested', 'reason', 'terms']);
    expect((details.reason as string).length).toBe(301);
    expect(details.terms).toHaveLength(20);
    expect(details.nested).toEqual({ ok: 1 });
    expect(auditTarget({ decision: 'approve', membershipId: 'm-1' })).toEqual({ targetType: 'membership', targetId: 'm-1' });
    expect(auditTarget({ networkRef: 'vest', themeId: 't' })).toEqual({ targetType: 'network', targetId: 'vest' });
    expect(auditTarget({ name: 'x' })).toBeNull();
    expect(auditTarget({ ref: 'th-1', status: 'archived' }, 'theme.status')).toEqual({ targetType: 'theme', targetId: 'th-1' });
    expect(auditTarget({ ref: 'th-1' })).toBeNull();
    expect(auditDetails('not an object')).toEqual({});
  });
});

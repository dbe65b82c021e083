// lib/policy holds each role predicate once. Where two copies used to differ, the difference is
// kept on purpose under two names; these tests pin which is which.
import { PgDialect } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { belongsToCompany, canManageFirm } from '@/lib/policy/companies';
import { introductionWithdrawableSql } from '@/lib/policy/introductions';
import { listingManagedSql, listingVisibleTo, ownFirmListingSql } from '@/lib/policy/listings';
import { canSeeAreaFigures, isFacilitatorOf } from '@/lib/policy/networks';
import { canManageTheme, canSeeTheme } from '@/lib/policy/themes';
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
const admin = viewer({ isAdmin: true });
const member = viewer({ companyIds: [FIRM], memberNetworkIds: [NET] });
const facilitator = viewer({ facilitatorNetworkIds: [NET] });
const municipality = viewer({ municipalityNetworkIds: [NET] });

const render = (s: SQL) => new PgDialect().sqlToQuery(s).sql;

describe('acting for a firm', () => {
  it('canManageFirm: the firm’s users and a platform admin (the old listings isOwner and canEditCompany)', () => {
    expect(canManageFirm(member, FIRM)).toBe(true);
    expect(canManageFirm(admin, FIRM)).toBe(true);
    expect(canManageFirm(member, OTHER)).toBe(false);
    expect(canManageFirm(null, FIRM)).toBe(false);
  });

  it('belongsToCompany: the firm’s users only, not a platform admin', () => {
    expect(belongsToCompany(member, FIRM)).toBe(true);
    expect(belongsToCompany(admin, FIRM)).toBe(false);
  });
});

describe('"my listings" as SQL: managed (admin sees all) versus own firm (admin does not)', () => {
  it('an admin manages every listing, but has no own-firm listings unless an admin of a firm', () => {
    expect(render(listingManagedSql(admin))).toBe('true');
    expect(render(ownFirmListingSql(admin))).toBe('false');
    expect(render(ownFirmListingSql({ ...admin, companyIds: [FIRM] }))).toContain('= any(');
  });

  it('a member manages and owns exactly their firms’ listings; nobody else owns any', () => {
    expect(render(listingManagedSql(member))).toContain('= any(array[$1]::uuid[])');
    expect(render(ownFirmListingSql(member))).toContain('= any(array[$1]::uuid[])');
    expect(render(listingManagedSql(facilitator))).toBe('false');
    expect(render(ownFirmListingSql(null))).toBe('false');
  });
});

describe('who may withdraw an introduction, as SQL', () => {
  const query = (v: Viewer) => new PgDialect().sqlToQuery(introductionWithdrawableSql(v));

  it('a firm withdraws its own interests; a proposal only when the person made it', () => {
    const { sql, params } = query(member);
    expect(sql).toMatch(/"kind" = \$\d+ and "introductions"\."fromCompanyId" in \(/);
    expect(sql).toContain('"introductions"."proposedById" = $');
    expect(params).toEqual(expect.arrayContaining(['interest', FIRM, 'facilitator', 'u']));
    expect(params).not.toContain(NET);
  });

  it('a facilitator withdraws the proposals of the networks they facilitate; an admin any proposal', () => {
    const forFacilitator = query(facilitator);
    expect(forFacilitator.sql).toContain('"introductions"."networkId" in (');
    expect(forFacilitator.params).toContain(NET);
    expect(forFacilitator.sql).toContain('false'); // no firm: no interests of their own
    expect(query(admin).sql).toMatch(/"kind" = \$\d+ and true\)/);
  });
});

describe('network roles', () => {
  it('isFacilitatorOf (the old networks canDecide): facilitators of that network and admins', () => {
    expect(isFacilitatorOf(facilitator, NET)).toBe(true);
    expect(isFacilitatorOf(admin, NET)).toBe(true);
    expect(isFacilitatorOf(member, NET)).toBe(false);
    expect(isFacilitatorOf(municipality, NET)).toBe(false);
    expect(canManageTheme(facilitator, NET)).toBe(true);
    expect(canManageTheme(member, NET)).toBe(false);
  });

  it('canSeeAreaFigures (also the old canSeeNetworkStats): facilitators, municipality staff and admins', () => {
    expect(canSeeAreaFigures(facilitator, NET)).toBe(true);
    expect(canSeeAreaFigures(municipality, NET)).toBe(true);
    expect(canSeeAreaFigures(admin, NET)).toBe(true);
    expect(canSeeAreaFigures(member, NET)).toBe(false);
    expect(canSeeAreaFigures(null, NET)).toBe(false);
  });

  it('canSeeTheme: members and facilitators of its network and admins, not municipality staff', () => {
    expect(canSeeTheme(member, NET)).toBe(true);
    expect(canSeeTheme(facilitator, NET)).toBe(true);
    expect(canSeeTheme(municipality, NET)).toBe(false);
  });
});

describe('a firm as an audience (background work, e.g. matching)', () => {
  it('sees its network’s network listings but never facilitators-only ones', () => {
    const firm = firmAudience(FIRM, [NET]);
    expect(listingVisibleTo(firm, { companyId: OTHER, visibility: 'network', firmNetworkIds: [NET] })).toBe(true);
    expect(listingVisibleTo(firm, { companyId: OTHER, visibility: 'facilitators', firmNetworkIds: [NET] })).toBe(false);
    expect(listingVisibleTo(firm, { companyId: FIRM, visibility: 'facilitators', firmNetworkIds: [NET] })).toBe(true);
  });
});

describe('a public listing needs a firm some network approved (issue 14)', () => {
  const unapproved = { companyId: OTHER, visibility: 'public', firmNetworkIds: [] as string[] };
  it('is hidden from visitors and other firms until then, in memory as in SQL', () => {
    expect(listingVisibleTo(null, unapproved)).toBe(false);
    expect(listingVisibleTo(member, unapproved)).toBe(false);
    expect(listingVisibleTo(firmAudience(FIRM, [NET]), unapproved)).toBe(false);
    expect(listingVisibleTo(null, { ...unapproved, firmNetworkIds: [NET] })).toBe(true);
  });
  it('is seen by its own firm, admins, and the facilitators of a network it applied to', () => {
    expect(listingVisibleTo(viewer({ companyIds: [OTHER] }), unapproved)).toBe(true);
    expect(listingVisibleTo(admin, unapproved)).toBe(true);
    expect(listingVisibleTo(facilitator, unapproved)).toBe(false);
    expect(listingVisibleTo(facilitator, { ...unapproved, firmPendingNetworkIds: [NET] })).toBe(true);
  });
});

import 'server-only';
// What a firm's people see of their introductions (/introductions) and of one listing's (the
// listing page): the other firm by public name, listings only where the viewer may see them, and
// contact details only where canSeeContact says so — which, between two firms, means an accepted
// introduction.
import { getDb } from '@/db/client';
import { companyHasUsers, selectCompanyNames } from '@/db/queries/companies';
import { selectInterestsIn, selectIntroductionsOfFirms, selectOutcomesOf } from '@/db/queries/introductions';
import type { IntroductionKind, IntroductionStatus, OutcomeKind } from '@/db/schema';
import { unauthorized } from '@/lib/errors';
import { listingVisibleSql } from '@/lib/policy/listings';
import { loadCompanyContact, type CompanyContactDetails } from './companies';
import { canSeeContact } from '@/lib/policy/companies';
import type { Viewer } from '@/lib/policy/viewer';

export type { IntroductionKind, IntroductionStatus, OutcomeKind };

export interface IntroductionParty {
  ref: string;
  name: string;
  city: string | null;
}

export interface IntroductionDto {
  id: string;
  kind: IntroductionKind;
  status: IntroductionStatus;
  /** sent: our firm expressed interest · received: another firm did · proposed: a facilitator's proposal */
  direction: 'sent' | 'received' | 'proposed';
  mine: IntroductionParty;
  other: IntroductionParty;
  myListing: { ref: string; title: string } | null;
  /** Only when the viewer may see that listing. */
  otherListing: { ref: string; title: string } | null;
  message: string;
  myReply: string | null;
  otherReply: string | null;
  proposedByName: string | null;
  networkName: string | null;
  iAccepted: boolean;
  otherAccepted: boolean;
  createdAt: Date;
  respondedAt: Date | null;
  canAnswer: boolean;
  canWithdraw: boolean;
  canRecordOutcome: boolean;
  /** The other firm's contact details and people: only once accepted. */
  contact: CompanyContactDetails | null;
  outcomes: { kind: OutcomeKind; summary: string; occurredOn: string | null }[];
}

/** Every introduction the viewer's firms take part in, newest first. */
export async function listMyIntroductions(viewer: Viewer | null, { limit = 200 }: { limit?: number } = {}): Promise<IntroductionDto[]> {
  if (!viewer) throw unauthorized();
  if (!viewer.companyIds.length) return [];
  const db = getDb();
  const rows = await selectIntroductionsOfFirms(db, { companyIds: viewer.companyIds, listingVisible: (li) => listingVisibleSql(viewer, li), limit });
  const outcomeRows = await selectOutcomesOf(db, { introductionIds: rows.map((r) => r.i.id) });

  const out: IntroductionDto[] = [];
  for (const r of rows) {
    const { i } = r;
    const isFrom = viewer.companyIds.includes(i.fromCompanyId);
    const [mine, other] = isFrom ? [r.from, r.to] : [r.to, r.from];
    const [myLi, otherLi] = isFrom ? [r.fromListing, r.toListing] : [r.toListing, r.fromListing];
    const listing = (li: typeof myLi) => (li?.ref && li.title && li.visible ? { ref: li.ref, title: li.title } : null);
    const iAccepted = !!(isFrom ? i.fromAcceptedAt : i.toAcceptedAt);
    const otherAccepted = !!(isFrom ? i.toAcceptedAt : i.fromAcceptedAt);
    const pending = i.status === 'pending';
    const contact = i.status === 'accepted' && (await canSeeContact(db, viewer, other.id)) ? await loadCompanyContact(db, other) : null;
    out.push({
      id: i.id,
      kind: i.kind,
      status: i.status,
      direction: i.kind === 'facilitator' ? 'proposed' : isFrom ? 'sent' : 'received',
      mine: { ref: mine.ref, name: mine.name, city: mine.city },
      other: { ref: other.ref, name: other.name, city: other.city },
      myListing: listing(myLi),
      otherListing: listing(otherLi),
      message: i.message,
      myReply: isFrom ? i.fromReply : i.toReply,
      otherReply: isFrom ? i.toReply : i.fromReply,
      proposedByName: i.kind === 'facilitator' ? r.proposedByName : null,
      networkName: r.networkName,
      iAccepted,
      otherAccepted,
      createdAt: i.createdAt,
      respondedAt: i.respondedAt,
      canAnswer: pending && (i.kind === 'interest' ? !isFrom : !iAccepted),
      canWithdraw: pending && i.kind === 'interest' && isFrom,
      canRecordOutcome: i.status === 'accepted',
      contact,
      outcomes: outcomeRows.filter((o) => o.introductionId === i.id).map(({ kind, summary, occurredOn }) => ({ kind, summary, occurredOn })),
    });
  }
  return out;
}

export interface ListingInterestState {
  introductionId: string;
  status: IntroductionStatus;
  createdAt: Date;
}

/**
 * Where the viewer's firms stand with these listings (by ref): their latest expressed interest in
 * each, for the listing page and match cards. Listings without one are absent from the map.
 */
export async function interestStates(viewer: Viewer | null, listingRefs: string[]): Promise<Map<string, ListingInterestState>> {
  const out = new Map<string, ListingInterestState>();
  if (!viewer?.companyIds.length || !listingRefs.length) return out;
  const rows = await selectInterestsIn(getDb(), { companyIds: viewer.companyIds, listingRefs });
  for (const r of rows) if (!out.has(r.ref)) out.set(r.ref, { introductionId: r.id, status: r.status, createdAt: r.createdAt });
  return out;
}

/** Whether anyone acts for the firm on the exchange yet (imported firms may have no users). */
export async function firmHasUsers(companyRef: string): Promise<boolean> {
  return companyHasUsers(getDb(), { companyRef });
}

/** The viewer's firms, for the "which firm speaks" choice of a user in several. */
export async function viewerFirms(viewer: Viewer | null): Promise<{ ref: string; name: string }[]> {
  if (!viewer?.companyIds.length) return [];
  return selectCompanyNames(getDb(), { companyIds: viewer.companyIds });
}

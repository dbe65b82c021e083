import 'server-only';
import { getDb } from '@/db/client';
import { countListingsByNetwork, countMemberFirms, countMemberTowns, selectNetworksByName, selectNewestListings, selectNextMeetings } from '@/db/queries/home';
import { LISTING_CATEGORIES, type ListingCategory, type ListingKind } from '@/db/schema';
import { listingActiveSql, listingVisibleSql } from '@/lib/policy/listings';
import type { Viewer } from '@/lib/policy/viewer';

// What the front page shows: each network with its area, its member firms and how many open offers
// and needs there are per category. Counts go through the visibility rule, so an anonymous visitor
// is never told that confidential or members-only listings exist.

export interface CategoryCount {
  category: ListingCategory;
  offers: number;
  needs: number;
}

export interface HomeNetwork {
  ref: string;
  name: string;
  description: string | null;
  /** Language of the network's own texts (its description), for `lang` attributes. */
  locale: string;
  radiusKm: number;
  /** The member firms' towns, most firms first. */
  towns: string[];
  memberFirms: number;
  offers: number;
  needs: number;
  categories: CategoryCount[];
  /** The viewer's firm is an approved member (or the viewer facilitates the network). */
  viewerIsMember: boolean;
  /** The next fortnightly meeting: only for the network's members, facilitators and municipality. */
  nextMeeting: HomeMeeting | null;
}

export interface HomeMeeting {
  title: string;
  startsAt: Date;
  place: string | null;
  hostName: string | null;
  challenge: string | null;
}

export interface HomeListing {
  ref: string;
  kind: ListingKind;
  category: ListingCategory;
  title: string;
  /** Language the listing is written in. */
  language: string;
  companyName: string;
  city: string | null;
  createdAt: Date;
}

export interface HomeOverview {
  networks: HomeNetwork[];
  newest: HomeListing[];
}

const MAX_TOWNS = 6;

function toMeeting(row: (HomeMeeting & { networkId: string }) | undefined): HomeMeeting | null {
  if (!row) return null;
  return { title: row.title, startsAt: row.startsAt, place: row.place, hostName: row.hostName, challenge: row.challenge };
}

export async function getHomeOverview(viewer: Viewer | null, now = new Date()): Promise<HomeOverview> {
  const db = getDb();
  const rules = [listingVisibleSql(viewer), listingActiveSql(now)];

  const memberNetworks = new Set([...(viewer?.memberNetworkIds ?? []), ...(viewer?.facilitatorNetworkIds ?? [])]);
  const participantNetworks = [...memberNetworks, ...(viewer?.municipalityNetworkIds ?? [])];

  const [networkRows, memberRows, townRows, countRows, newestRows, meetingRows] = await Promise.all([
    selectNetworksByName(db),
    countMemberFirms(db),
    countMemberTowns(db),
    countListingsByNetwork(db, { rules }),
    selectNewestListings(db, { rules, limit: 4 }),
    // Upcoming meetings of the networks the viewer takes part in (an admin sees all).
    viewer?.isAdmin || participantNetworks.length
      ? selectNextMeetings(db, { networkIds: viewer?.isAdmin ? 'all' : participantNetworks, now })
      : Promise.resolve([]),
  ]);

  return {
    networks: networkRows.map((n) => {
      const counts = countRows.filter((r) => r.network_id === n.id);
      const count = (category: ListingCategory, kind: ListingKind) => counts.find((r) => r.category === category && r.kind === kind)?.n ?? 0;
      const categories = LISTING_CATEGORIES.map((category) => ({
        category,
        offers: count(category, 'offer'),
        needs: count(category, 'need'),
      }));
      return {
        ref: n.ref,
        name: n.name,
        description: n.description,
        locale: n.locale,
        radiusKm: n.radiusKm,
        towns: townRows
          .filter((t) => t.network_id === n.id)
          .slice(0, MAX_TOWNS)
          .map((t) => t.city),
        memberFirms: memberRows.find((m) => m.network_id === n.id)?.n ?? 0,
        offers: categories.reduce((s, c) => s + c.offers, 0),
        needs: categories.reduce((s, c) => s + c.needs, 0),
        categories,
        viewerIsMember: !!viewer?.isAdmin || memberNetworks.has(n.id),
        nextMeeting: toMeeting(meetingRows.find((m) => m.networkId === n.id)),
      };
    }),
    newest: newestRows,
  };
}

import 'server-only';
// The municipality view: aggregate figures for a network's area. Who may see them:
//   • the network's municipality staff (approved municipality role) — the view is made for them;
//   • the network's facilitators — they run the network and report to the municipality, and the
//     figures are counts they could compute from what they already see;
//   • platform admins.
// Member firms never (they get a 404, like anyone else): the figures are about their peers.
//
// What leaves this file is counts and postcode areas only — no firm id, name or ref, no listing or
// outcome text. Counts backed by fewer than three firms are withheld (lib/municipality/protect.ts).
import { getDb } from '@/db/client';
import type { Country } from '@/db/schema';
import {
  acceptedIntroductionsPerMonth,
  activeListingCounts,
  listingsCreatedPerMonth,
  matchesPerMonth,
  meetingsHeldPerMonth,
  memberFirms,
  networksByIds,
  outcomesPerMonth,
} from '@/db/queries/municipality';
import { lookupPostcode, normalizePostcode } from '@/lib/geo/postcodes';
import { aggregateArea, type AreaAggregates, type AreaCell } from '@/lib/municipality/aggregate';
import { buildActivity, monthKeyOf, periodStart, type ActivityMonth, type ActivitySeries, type Period } from '@/lib/municipality/activity';
import type { UnitPoint } from '@/lib/municipality/cells';
import type { Count } from '@/lib/municipality/protect';
import { countOutcomes, type OutcomeCounts } from '@/lib/municipality/outcomes';
import { naceSectionOf } from '@/lib/nace';
import { notFound, unauthorized } from '@/lib/errors';
import { listingActiveSql } from '@/lib/policy/listings';
import { canSeeAreaFigures } from '@/lib/policy/networks';
import type { Viewer } from '@/lib/policy/viewer';

export type { ListingCategory, ListingKind } from '@/db/schema';

export interface AreaNetworkOption {
  ref: string;
  name: string;
}

export interface AreaPlace {
  postcode: string;
  name: string;
}

export type AreaCellDto = Omit<AreaCell, 'units'> & { places: AreaPlace[] };

export interface AreaOverviewDto {
  network: AreaNetworkOption;
  /** Every network the viewer may see figures for (a picker when more than one). */
  networks: AreaNetworkOption[];
  period: Period;
  /** First and last month of the period ('YYYY-MM'). */
  from: string;
  to: string;
  generatedAt: string;
  area: Omit<AreaAggregates, 'cells' | 'rest'> & { cells: AreaCellDto[]; rest: AreaCellDto | null };
  /**
   * Empty, and totals and outcomes null, when the network has fewer than three member firms. A
   * month or total backed by 1–2 firms is null; `withheld` sums each series' withheld months.
   */
  activity: ActivityMonth[];
  totals: Record<ActivitySeries, Count> | null;
  withheld: Record<ActivitySeries, number> | null;
  outcomes: OutcomeCounts | null;
}

const TIME_ZONES: Record<Country, string> = { DK: 'Europe/Copenhagen', FI: 'Europe/Helsinki' };

async function allowedNetworks(viewer: Viewer) {
  const ids = viewer.isAdmin ? 'all' : [...new Set([...viewer.municipalityNetworkIds, ...viewer.facilitatorNetworkIds])];
  return networksByIds(getDb(), ids);
}

/** The networks whose figures the viewer may see (empty: the view does not exist for them). */
export async function listAreaNetworks(viewer: Viewer | null): Promise<AreaNetworkOption[]> {
  if (!viewer) return [];
  return (await allowedNetworks(viewer)).map(({ ref, name }) => ({ ref, name }));
}

const unitKey = (country: Country, postcode: string) => `${country}-${normalizePostcode(country, postcode)}`;

/**
 * The figures for one network (the first the viewer may see when no ref is given). A network the
 * viewer may not see reads as not found, whether or not it exists.
 */
export async function getAreaOverview(viewer: Viewer | null, options: { networkRef?: string; period: Period; now?: Date }): Promise<AreaOverviewDto> {
  if (!viewer) throw unauthorized();
  const networks = await allowedNetworks(viewer);
  const network = options.networkRef ? networks.find((n) => n.ref === options.networkRef) : networks[0];
  if (!network || !canSeeAreaFigures(viewer, network.id)) throw notFound();

  const db = getDb();
  const now = options.now ?? new Date();
  const timeZone = TIME_ZONES[network.country];
  const currentMonth = monthKeyOf(now, timeZone);
  // Monthly series are fetched from the period's first month; 'all' fetches everything.
  const from = periodStart(options.period, currentMonth);
  const range = { networkId: network.id, timeZone, from };

  const [firms, listingRows, listingsCreated, matches, introductions, outcomeRows, meetings] = await Promise.all([
    memberFirms(db, { networkId: network.id }),
    activeListingCounts(db, { networkId: network.id, active: listingActiveSql(now) }),
    listingsCreatedPerMonth(db, range),
    matchesPerMonth(db, range),
    acceptedIntroductionsPerMonth(db, range),
    outcomesPerMonth(db, range),
    meetingsHeldPerMonth(db, { ...range, now }),
  ]);

  // Postcode areas and their representative points (never a firm's own coordinates).
  const units = new Map<string, UnitPoint & AreaPlace>();
  const areaFirms = firms.map((f) => {
    let unit: string | null = null;
    if (f.postcode) {
      const key = unitKey(f.country, f.postcode);
      const place = units.get(key) ?? lookupPostcode(f.country, f.postcode);
      if (place) {
        units.set(key, { key, lat: place.lat, lng: place.lng, postcode: normalizePostcode(f.country, f.postcode), name: place.name });
        unit = key;
      }
    }
    const main = f.nace[0];
    return { id: f.id, unit, section: (main && naceSectionOf(main)) ?? null };
  });
  const area = aggregateArea({
    firms: areaFirms,
    units: [...units.values()],
    listings: listingRows.map((l) => ({ firmId: l.companyId, kind: l.kind, category: l.category, count: Number(l.n) })),
  });
  const toDto = ({ units: keys, ...cell }: AreaCell): AreaCellDto => ({
    ...cell,
    places: keys.map((k) => units.get(k)!).map(({ postcode, name }) => ({ postcode, name })),
  });

  // Firm ids go into the small-count rule and no further.
  const firmsOf = <T extends { firm_a: string; firm_b: string | null; n: number }>({ firm_a, firm_b, n, ...rest }: T) => ({
    ...rest,
    firmA: firm_a,
    firmB: firm_b,
    n: Number(n),
  });
  const outcomesWithFirms = outcomeRows.map(firmsOf);
  const activity = buildActivity(
    {
      listings: listingsCreated.map(firmsOf),
      matches: matches.map(firmsOf),
      introductions: introductions.map(firmsOf),
      // Results, as on the key figure: an introduction recorded as leading to nothing is not one.
      outcomes: outcomesWithFirms.filter((o) => o.kind !== 'none'),
      meetings: meetings.map(firmsOf),
    },
    { period: options.period, currentMonth },
  );
  const inPeriod = outcomesWithFirms.filter((o) => o.month >= activity.from && o.month <= activity.to);

  return {
    network: { ref: network.ref, name: network.name },
    networks: networks.map(({ ref, name }) => ({ ref, name })),
    period: options.period,
    from: activity.from,
    to: activity.to,
    generatedAt: now.toISOString(),
    area: { ...area, cells: area.cells.map(toDto), rest: area.rest ? toDto(area.rest) : null },
    // A network of 1–2 firms: even its activity would be about those firms.
    activity: area.hidden ? [] : activity.months,
    totals: area.hidden ? null : activity.totals,
    withheld: area.hidden ? null : activity.withheld,
    outcomes: area.hidden ? null : countOutcomes(inPeriod),
  };
}

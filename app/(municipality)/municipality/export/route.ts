// GET /municipality/export?network=&period= — the municipality view's figures as CSV (the same DAL
// call, so the same access rule and the same withheld counts as the page). A route handler is not
// wrapped by the group's layout: apiHandler checks the session itself.
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import type { ListingCategory, UiLocale } from '@/db/schema';
import { areaTitle, sectionName } from '@/components/municipality/labels';
import { apiHandler, seeOther } from '@/lib/api/handler';
import { getAreaOverview } from '@/lib/dal/municipality';
import { DEFAULT_PERIOD, isPeriod } from '@/lib/municipality/activity';
import { csvFileName, toCsv, type CsvLabels } from '@/lib/municipality/csv';

export const dynamic = 'force-dynamic';

// Lenient like the page: an unknown period is the default one, an empty network the viewer's own.
const exportQuery = z.object({
  network: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  period: z
    .string()
    .optional()
    .transform((v) => (isPeriod(v) ? v : DEFAULT_PERIOD)),
});

export const GET = apiHandler(
  {
    query: exportQuery,
    auth: 'session',
    requireViewer: true,
    signedOut: (request) => {
      const url = new URL(request.url);
      return seeOther(`/signin?callbackUrl=${encodeURIComponent(url.pathname + url.search)}`);
    },
  },
  async ({ viewer, query }) => {
    const overview = await getAreaOverview(viewer, { networkRef: query.network, period: query.period });
    const [locale, t, tl] = await Promise.all([getLocale() as Promise<UiLocale>, getTranslations('municipality'), getTranslations('listings')]);
    const min = overview.area.minFirms;
    const labels: CsvLabels = {
      headers: [
        t('csv.table'),
        t('csv.area'),
        t('csv.postcodes'),
        t('csv.month'),
        t('csv.kind'),
        t('csv.category'),
        t('csv.sector'),
        t('csv.measure'),
        t('csv.value'),
        t('csv.note'),
      ],
      tables: {
        keyFigures: t('csv.tables.keyFigures'),
        areas: t('csv.tables.areas'),
        areaCategories: t('csv.tables.areaCategories'),
        areaSectors: t('csv.tables.areaSectors'),
        categories: t('csv.tables.categories'),
        sectors: t('csv.tables.sectors'),
        sectorFirms: t('csv.tables.sectorFirms'),
        activity: t('csv.tables.activity'),
        outcomes: t('csv.tables.outcomes'),
      },
      keyFigures: {
        memberFirms: t('now.memberFirms'),
        activeFirms: t('now.activeFirms'),
        openOffers: t('now.openOffers'),
        openNeeds: t('now.openNeeds'),
        listings: t('results.listings'),
        matches: t('results.matches'),
        introductions: t('results.introductions'),
        outcomes: t('results.outcomes'),
        meetings: t('results.meetings'),
      },
      activity: {
        listings: t('activity.listings'),
        matches: t('activity.matches'),
        introductions: t('activity.introductions'),
        outcomes: t('activity.outcomes'),
        meetings: t('activity.meetings'),
      },
      kinds: { offer: t('kinds.offer'), need: t('kinds.need') },
      firms: t('csv.measures.firms'),
      listings: t('csv.measures.listings'),
      category: (k) => tl(`categories.${k as ListingCategory}`),
      sector: (k) => sectionName(k, locale, t('sectors.none')),
      outcomeKind: (k) => t(`outcomeKinds.${k}`),
      area: (c) => areaTitle(c, t('areas.rest')),
      total: t('areas.total'),
      combined: t('areas.combined'),
      otherCategories: t('categories.other'),
      otherSectors: t('sectors.other'),
      otherMonths: t('activity.otherMonths'),
      otherKinds: t('results.otherKinds'),
      withheldNote: t('csv.suppressedNote', { min }),
      otherNote: t('csv.otherNote'),
    };
    const body = toCsv(overview, labels, locale === 'en' ? ',' : ';');
    return new Response(body, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${csvFileName(overview)}"`,
        'cache-control': 'private, no-store',
      },
    });
  },
);

// What a listing wants to do with the thing it names, read from its text (da/en/fi): provide the
// work (repair, a service), lend or rent the thing out or get time on it, sell it (new or used),
// teach a course about it, buy it, or team up with others who need the same. Two listings can share
// every word and still be no deal: a forklift licence course does not answer a need to hire a
// forklift, a used oven for sale does not answer a need for oven time, repair of cooling plants does
// not answer a need to rent a freezer, a meeting room does not answer a need for a workshop hall.
// A broker would never suggest those; `intentFit` says when the intents exclude each other.
import type { ListingCategory } from '@/db/schema';
import { normalizeText } from '@/lib/search/normalize';

export type Intent = 'course' | 'sell' | 'buy' | 'rent' | 'repair' | 'service';
/** What kind of room a premises listing is about: a room to meet or teach in, or one to work,
 * produce or store in. */
export type SpaceUse = 'meeting' | 'work';

export interface ListingIntent {
  intents: ReadonlySet<Intent>;
  space: ReadonlySet<SpaceUse>;
  /** The listing asks for someone to share with (joint purchase, "vi deler gerne", "yhteishankinta"). */
  share: boolean;
}

// Patterns over folded text (lower case, æ→ae, ø→o, å→aa, ä→a, ö→o): word starts (\b) so that
// inflections and compounds' heads match ("kurset", "trukkort-kursus" → kursus). Kept to words
// that say what is done with the thing, not what the thing is.
const PATTERNS: Record<Intent, RegExp> = {
  // Work done for someone: capacity, subcontracting, hours of a trade.
  service: new RegExp(
    [
      '\\bkapacitet',
      '\\bunderleverand',
      '\\blegeopgave',
      '\\bcapacity\\b',
      '\\bsubcontract',
      '\\bjobbing\\b',
      '\\bkapasiteet',
      '\\balihankin',
      '\\brakaspalvelu',
    ].join('|'),
  ),
  course: new RegExp(
    [
      '\\b(?:\\w*kursus|\\w*kurser|\\w*kurset)\\b',
      '\\bundervis',
      '\\bcourses?\\b',
      '\\btraining\\b',
      '\\b\\w*uddannelse',
      '\\bteach',
      '\\blessons?\\b',
      '\\binstructor',
      '\\b\\w*kurssi',
      '\\bkoulutu',
      '\\bopetta',
      '\\bopetus',
    ].join('|'),
  ),
  sell: new RegExp(
    [
      '\\bsaelge[rs]?\\b',
      '\\bsaelg(?:es|er)\\b',
      '\\btil salg\\b',
      '\\bsalg af\\b',
      '\\bbrugte?\\b',
      '\\bfor sale\\b',
      '\\bselling\\b',
      '\\bsecond[- ]hand\\b',
      '\\bused (?!to\\b|for\\b|in\\b|by\\b|as\\b)\\w',
      '\\bmyyda',
      '\\bmyytava',
      '\\bmyymme\\b',
      '\\bkaytetty',
      '\\bkaytett[yä]',
    ].join('|'),
  ),
  buy: new RegExp(
    [
      '\\bkobes\\b',
      '\\bkobe\\b',
      '\\bkoebe\\b',
      '\\b(?:want|wants|looking) to buy\\b',
      '\\bbuy(?:ing)?\\b',
      '\\bpurchase\\b',
      '\\bostetaan\\b',
      '\\bostaa\\b',
      '\\bostamme\\b',
    ].join('|'),
  ),
  rent: new RegExp(
    [
      '\\budlej',
      '\\blej(?:e|es|er|ede|ning)?\\b',
      '\\bleje',
      '\\b(?:ud)?laan(?:e|es|er)?\\b',
      '\\blaane',
      '\\budlaan',
      '\\b\\w*(?<!al|fri)tid (?:i|paa|pa)\\b',
      '\\b\\w*(?:maskin|ovn|ovne|presse|bage|kabine|laser|boks|hal|lakerings|fryse)tid\\b',
      '\\brent(?:al|ing|s|ed)?\\b',
      '\\bhire[sd]?\\b',
      '\\bhiring\\b',
      '\\bleas(?:e|ing)\\b',
      '\\bborrow',
      '\\blend',
      '\\bloan',
      '\\btime (?:on|in)\\b',
      '\\b(?:oven|machine|press|kiln|booth) time\\b',
      '\\bvuokra',
      '\\blaina',
      '\\b\\w+aikaa\\b',
    ].join('|'),
  ),
  repair: new RegExp(
    [
      '\\breparat',
      '\\brepar(?:er|ere|eres)\\b',
      '\\bservicer',
      '\\bvedligehold',
      '\\brepair',
      '\\bmaintenance\\b',
      '\\bservicing\\b',
      '\\bfix(?:ing|es)?\\b',
      '\\bkorja',
      '\\bhuolto',
      '\\bhuolla',
    ].join('|'),
  ),
};

const SPACE: Record<SpaceUse, RegExp> = {
  meeting:
    /\b(?:\w*modelokal|\w*konferencelokal|\w*kursuslokal|meeting rooms?\b|conference rooms?\b|boardroom|\w*kokoustila|\w*kokoushuone|\w*neuvotteluhuone|\w*neuvottelutila)/,
  work: /\b(?:\w*vaerksted|\w*produktionshal|\w*produktionslokal|\w*lagerhal|hal(?:len|ler)?\b|workshop (?:space|hall|unit)|workshop\b(?! on| about| for)|production hall|factory hall|\w*verstas|\w*paja\b|\w*hall(?:i|in|ia)\b|\w*tuotantotila)/,
};

const SHARE =
  /\b(?:faelles\w*|deles\b|dele (?:den|det|dem|en|et|med)\b|deler gerne|dele gerne|sammen med (?:andre|en anden|et andet|flere)|gaa sammen|gaar sammen|samkob|samkoeb|share[ds]?\b|sharing|joint(?:ly)?\b|together with|team up|pool(?:ing|ed)?\b|co-?(?:purchase|buy|hire)|yhteis\w*|jaetaan|jakaa|jakamaan|yhdessa|kimppa\w*|samlast\w*|samkorsel|samtransport\w*)/;

/** A stated duration ("i 14 dage", "til 3 mdr.", "for a week", "kahdeksi kuukaudeksi"): the thing
 * or person is wanted or offered for a while, i.e. to borrow or hire, not to own. */
const DURATION =
  /\b(?:(?:i|til|for|in)\s+(?:\d+|en|et|to|tre|fire|a|an|one|two|three|four|a few|a couple of|nogle|et par)\s+(?:dage?|dogn|uger?|ugers|maaneder|maaned|mdr|days?|weeks?|months?)\b|\w+ksi\s+(?:paivaksi|viikoksi|kuukaudeksi|kuukaudeksi)\b|(?:viikoksi|kuukaudeksi|paivaksi)\b)/;

const fold = (s: string) => normalizeText(s.replace(/å/g, 'aa').replace(/Å/g, 'AA'));

/** The intents, room use and wish to share that a listing's text states. */
export function listingIntent(title: string, description: string): ListingIntent {
  const text = fold(`${title}\n${description}`);
  const intents = new Set<Intent>();
  for (const [k, re] of Object.entries(PATTERNS) as [Intent, RegExp][]) if (re.test(text)) intents.add(k);
  if (DURATION.test(text)) intents.add('rent');
  const space = new Set<SpaceUse>();
  for (const [k, re] of Object.entries(SPACE) as [SpaceUse, RegExp][]) if (re.test(text)) space.add(k);
  return { intents, space, share: SHARE.test(text) };
}

/** For a need with this intent, what an offer may not do instead (and only that). A need to rent
 * or get time on a thing is not met by selling it, teaching about it or repairing it; a need for a
 * course not by selling, renting out or repairing the thing; a need for a repair not by a course,
 * a sale or a rental; a buyer is not served by a course or a repair; a need for work done
 * (capacity, a subcontractor) not by things for sale or a course. */
const EXCLUDES: Record<Intent, ReadonlySet<Intent>> = {
  service: new Set(['sell', 'course']),
  rent: new Set(['sell', 'course', 'repair']),
  course: new Set(['sell', 'rent', 'repair']),
  repair: new Set(['course', 'sell', 'rent']),
  buy: new Set(['course', 'repair']),
  sell: new Set(['course']),
};

/** What is left of a candidate's score when its intent excludes the need's: low enough that no
 * number of shared words lifts it above a candidate that does what the need asks. */
export const INTENT_MISMATCH_FACTOR = 0.3;

/**
 * Whether an offer can answer a need as far as their intents say: false when both state intents
 * and none of the offer's is compatible with any of the need's, or when both name a room and the
 * uses differ (a meeting room for a workshop). Unknown intent on either side is never a mismatch.
 */
export function intentFits(need: ListingIntent, offer: ListingIntent): boolean {
  if (need.intents.size && offer.intents.size) {
    let compatible = false;
    for (const n of need.intents) for (const o of offer.intents) if (!EXCLUDES[n].has(o)) compatible = true;
    if (!compatible) return false;
  }
  if (need.space.size && offer.space.size && ![...need.space].some((s) => offer.space.has(s))) return false;
  return true;
}

/** What a need that states no intent asks for, by its category: staff, capacity, know-how and
 * transport are work done for the firm (a course or a thing for sale does not answer them).
 * Equipment, premises, materials, purchasing and collaboration may be bought, rented or shared
 * (a warehouse filed under premises may need pallet racks to buy): no default. */
export const NEED_DEFAULT_INTENT: Partial<Record<ListingCategory, Intent>> = {
  staff: 'service',
  capacity: 'service',
  competence: 'service',
  logistics: 'service',
};

/** The need's intent as stated, or its category's default when it states none. */
export function needIntent(need: ListingIntent, category?: ListingCategory): ListingIntent {
  if (need.intents.size || !category) return need;
  const d = NEED_DEFAULT_INTENT[category];
  return d ? { ...need, intents: new Set([d]) } : need;
}

/** 1, or INTENT_MISMATCH_FACTOR when the intents exclude each other (the need's category gives
 * its intent when its text states none). */
export const intentFactor = (need: ListingIntent, offer: ListingIntent, needCategory?: ListingCategory): number =>
  intentFits(needIntent(need, needCategory), offer) ? 1 : INTENT_MISMATCH_FACTOR;

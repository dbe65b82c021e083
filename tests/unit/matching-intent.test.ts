// Intent (lib/matching/intent.ts): what a listing wants to do with the thing it names, and the
// lookalike decoys it keeps out of the top: the right words with the wrong intent.
import { describe, expect, it } from 'vitest';
import { intentFactor, intentFits, INTENT_MISMATCH_FACTOR, listingIntent, needIntent } from '@/lib/matching/intent';
import { rank } from '@/lib/matching/rank';
import type { MatchListing } from '@/lib/matching/types';

const intents = (title: string, description = '') => [...listingIntent(title, description).intents].sort();
const fits = (need: [string, string], offer: [string, string]) => intentFits(listingIntent(...need), listingIntent(...offer));

describe('listingIntent', () => {
  it('reads courses, sales, purchases, rentals and repairs in da/en/fi', () => {
    expect(intents('Truckcertifikat – kursus i januar')).toEqual(['course']);
    expect(intents('Forklift licence course', 'Two-day training at our site')).toEqual(['course']);
    expect(intents('Trukkikorttikoulutus', 'Kurssi alkaa maaliskuussa')).toEqual(['course']);
    expect(intents('Brugt bageovn sælges')).toEqual(['sell']);
    expect(intents('Used deck oven for sale')).toEqual(['sell']);
    expect(intents('Käytetty leivinuuni myydään')).toEqual(['sell']);
    expect(intents('Vi søger at leje en gaffeltruck i to uger')).toEqual(['rent']);
    expect(intents('Need to hire a forklift for two weeks')).toEqual(['rent']);
    expect(intents('Haluamme vuokrata trukin')).toEqual(['rent']);
    expect(intents('Ovntid søges', 'Vi mangler tid i en stenovn om natten')).toEqual(['rent']);
    expect(intents('Reparation af køleanlæg')).toEqual(['repair']);
    expect(intents('Kylmälaitteiden huolto ja korjaus')).toEqual(['repair']);
    expect(intents('Ledig kapacitet på CNC-fræser', 'Underleverandør i fræsning')).toEqual(['service']);
    expect(intents('Rustfri plade 2 mm', 'Rester fra produktionen')).toEqual([]);
  });

  it('reads a wish to share in da/en/fi', () => {
    expect(listingIntent('Samkøb af el', 'Vi deler gerne med naboerne').share).toBe(true);
    expect(listingIntent('Palettikuljetusten yhteishankinta', '').share).toBe(true);
    expect(listingIntent('Anyone to share a part-time bookkeeper?', '').share).toBe(true);
    expect(listingIntent('Fragt af 10 paller til Oslo', 'Hver uge fra marts').share).toBe(false);
  });

  it('tells a meeting room from a workshop hall', () => {
    expect([...listingIntent('Mødelokale til 12 personer', '').space]).toEqual(['meeting']);
    expect([...listingIntent('Værkstedshal med port søges', '').space]).toEqual(['work']);
  });
});

describe('intentFits', () => {
  it('sinks the classic decoys and keeps the answers', () => {
    expect(fits(['Søger at leje truck', 'To uger i marts'], ['Truckcertifikat – kursus', 'Kursus over to dage'])).toBe(false);
    expect(fits(['Søger at leje truck', 'To uger i marts'], ['Gaffeltruck udlejes', 'Pr. dag eller uge'])).toBe(true);
    expect(fits(['Need oven time', 'Time in a deck oven at night'], ['Used deck oven for sale', 'Good condition'])).toBe(false);
    expect(fits(['Need oven time', 'Time in a deck oven at night'], ['Our bakery oven is free at night', 'Rent it by the hour'])).toBe(true);
    expect(fits(['Pakastin vuokralle', 'Tarvitsemme pakastinta vuokralle kuukaudeksi'], ['Kylmälaitteiden korjaus', 'Huolto ja korjaus'])).toBe(false);
    expect(fits(['Værkstedshal søges', 'Til montage'], ['Mødelokale udlejes', 'Plads til 12'])).toBe(false);
    expect(fits(['Værkstedshal søges', 'Til montage'], ['Ledig hal 400 m²', 'Med port og kran'])).toBe(true);
  });

  it('never excludes when either side says nothing about its intent', () => {
    expect(fits(['Truck søges', ''], ['Truckcertifikat – kursus', ''])).toBe(true);
    expect(fits(['Søger at leje truck', ''], ['Gaffeltruck', 'Toyota 2,5 t'])).toBe(true);
  });
});

describe('durations and category defaults', () => {
  it('reads a stated duration as wanting the thing or person for a while (rent), in da/en/fi', () => {
    expect(intents('Mangler en truck i 14 dage')).toEqual(['rent']);
    expect(intents('CNC-operatør til 3 mdr.')).toEqual(['rent']);
    expect(intents('Need a scissor lift for a week in March')).toEqual(['rent']);
    expect(intents('Halli kahdeksi kuukaudeksi')).toEqual(['rent']);
    expect(intents('Trukkikuski kolmeksi viikoksi')).toEqual(['rent']);
    expect(intents('Fragt af 6 paller til Oslo')).toEqual([]);
  });

  it('lets a stated duration outweigh an incidental repair: "our truck is at the repairer, need one for 14 days" fits a rental', () => {
    const need = listingIntent('Mangler en truck i 14 dage', 'Vores truck er til reparation. Vi skal bruge en gaffeltruck.');
    expect(intentFits(need, listingIntent('Gaffeltruck udlejes pr. uge', ''))).toBe(true);
    // Without the duration the stated repair would exclude the rental.
    expect(intentFits(listingIntent('Mangler en truck', 'Vores truck er til reparation.'), listingIntent('Gaffeltruck udlejes pr. uge', ''))).toBe(false);
  });

  it('gives a need that states no intent its category’s: a course or a sale does not answer a staffing need', () => {
    const need = listingIntent('CNC-operatør med Heidenhain', 'Vi mangler en erfaren fræser');
    expect(need.intents.size).toBe(0);
    expect([...needIntent(need, 'staff').intents]).toEqual(['service']);
    expect(needIntent(need, 'premises').intents.size).toBe(0);
    expect(needIntent(need, 'equipment').intents.size).toBe(0);
    const course = listingIntent('Scissor lift operator course (IPAF)', 'One-day course');
    expect(intentFactor(need, course, 'staff')).toBe(INTENT_MISMATCH_FACTOR);
    expect(intentFactor(need, course)).toBe(1);
    expect(intentFactor(need, listingIntent('Maskinarbejder kan udlånes', ''), 'staff')).toBe(1);
    // What the need states wins over its category's default.
    expect(intentFactor(listingIntent('Kursus i svejsning søges', 'Vi vil gerne på kursus'), course, 'staff')).toBe(1);
  });
});

describe('rank with intents', () => {
  const base = { companyNace: [], status: 'open' as const, updatedAt: '2026-01-20T00:00:00Z', lat: 55.62, lng: 11.6, language: 'da' };
  const now = new Date('2026-02-01T12:00:00Z');
  const l = (over: Partial<MatchListing> & Pick<MatchListing, 'id' | 'kind' | 'category' | 'title' | 'description'>): MatchListing => ({
    companyId: `c-${over.id}`,
    ...base,
    ...over,
  });

  it('ranks a truck for rent above a truck licence course that shares more words', () => {
    const need = l({
      id: 'need',
      kind: 'need',
      category: 'equipment',
      title: 'Gaffeltruck til leje i to uger',
      description: 'Vi skal leje en gaffeltruck til at flytte paller i marts.',
    });
    const course = l({
      id: 'course',
      kind: 'offer',
      category: 'equipment',
      title: 'Kursus: gaffeltruck og paller',
      description: 'Kursus i at køre gaffeltruck og flytte paller sikkert.',
      distanceKm: 1,
    });
    const rent = l({ id: 'rent', kind: 'offer', category: 'equipment', title: 'Gaffeltruck udlejes', description: 'Pr. dag eller uge.', distanceKm: 9 });
    const ranked = rank(need, [course, rent], { now, radiusKm: 25 }).matches.map((m) => m.listing.id);
    expect(ranked[0]).toBe('rent');
  });
});

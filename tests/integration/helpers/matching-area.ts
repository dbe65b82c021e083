// A small exchange file for the matching engine's integration tests: planted pairs, a pooling
// case, a bundling case, and distractors (closed, far away, facilitators-only, same company, a
// lookalike word in the wrong category, another network's network-only listing). Windows are
// relative to today so the file never goes stale.
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

type L = Record<string, unknown>;
const listing = (ref: string, company: string, kind: 'offer' | 'need', category: string, title: string, description: string, more: L = {}): L => ({
  ref,
  company,
  kind,
  category,
  title,
  description,
  visibility: 'network',
  status: 'open',
  language: 'da',
  availableFrom: day(0),
  availableUntil: day(120),
  ...more,
});

const company = (ref: string, name: string, nace: string, postcode: string, city: string, networks = ['vest'], more: L = {}): L => ({
  ref,
  name,
  country: 'DK',
  nace: [nace],
  employees: 6,
  address: { postcode, city },
  networks,
  ...more,
});

export function matchingArea() {
  return {
    format: 'industrivej/v1',
    networks: [
      { ref: 'vest', name: 'Industrivej Vest', country: 'DK', locale: 'da', center: { lat: 55.68, lng: 11.6 }, radiusKm: 25 },
      { ref: 'nord', name: 'Industrivej Nord', country: 'DK', locale: 'da', center: { lat: 57.05, lng: 9.92 }, radiusKm: 25 },
    ],
    companies: [
      company('co-smed', 'Regstrup Smedje ApS', '25.11', '4420', 'Regstrup'),
      company('co-plast', 'Regstrup Plast ApS', '22.29', '4420', 'Regstrup'),
      company('co-lak', 'Mørkøv Pulverlak ApS', '25.61', '4440', 'Mørkøv'),
      company('co-coat', 'Holbæk Coatings ApS', '25.61', '4300', 'Holbæk'),
      company('co-fragt', 'Holbæk Fragt ApS', '49.41', '4300', 'Holbæk'),
      company('co-bager', 'Holbæk Bageri ApS', '10.71', '4300', 'Holbæk'),
      company('co-tomrer', 'Jyderup Tømrer ApS', '43.32', '4450', 'Jyderup'),
      // Far away: a member of the same network, but 230 km off (beyond twice the radius).
      company('co-far', 'Aalborg Lakering ApS', '25.61', '9000', 'Aalborg'),
      // Another network only: its network-only listings are not the vest firms' to see.
      company('co-nord', 'Nord Pulverlak ApS', '25.61', '4300', 'Holbæk', ['nord']),
    ],
    listings: [
      // 1. A powder-coating need, its partners and its distractors.
      listing('li-need-coat', 'co-smed', 'need', 'capacity', 'Pulverlakering af stålrammer', 'Vi skal have pulverlakeret 400 stålrammer til et nyt projekt.'),
      listing('li-lak-line', 'co-lak', 'offer', 'capacity', 'Ledig kapacitet i pulverlakeringsanlæg', 'Vores pulverlakeringslinje har ledige timer hver uge.'),
      listing('li-coat-en', 'co-coat', 'offer', 'capacity', 'Powder coating line with free hours', 'We can powder coat steel frames and sheet metal parts.', {
        language: 'en',
      }),
      listing('li-lak-blast', 'co-lak', 'offer', 'capacity', 'Sandblæsning af stål', 'Sandblæsning af stålemner før maling.'),
      listing('li-lak-closed', 'co-lak', 'offer', 'capacity', 'Pulverlakering – lukket tilbud', 'Pulverlakering af emner.', { status: 'closed' }),
      listing('li-far-coat', 'co-far', 'offer', 'capacity', 'Pulverlakering med ledig kapacitet', 'Pulverlakering af stål.'),
      listing('li-plast-secret', 'co-plast', 'offer', 'capacity', 'Pulverlakering (kun facilitator)', 'Pulverlakering af stål.', {
        visibility: 'facilitators',
      }),
      listing('li-nord-coat', 'co-nord', 'offer', 'capacity', 'Pulverlakering i Nord', 'Pulverlakering af stålrammer.'),
      listing('li-smed-own', 'co-smed', 'offer', 'capacity', 'Pulverlakering hos os selv', 'Pulverlakering af stål.'),
      listing('li-plast-bags', 'co-plast', 'offer', 'materials', 'Plastposer til salg', 'Overskud af plastposer og folie til lakering.'),
      // 2. Pooling: two firms that want to buy electricity together; a steel buyer is not one of them.
      listing('li-pool-el-1', 'co-plast', 'need', 'purchasing', 'Fælles indkøb af strøm', 'Vi vil gerne købe el sammen med andre virksomheder.'),
      listing('li-pool-el-2', 'co-bager', 'need', 'purchasing', 'Indkøb af elektricitet i fællesskab', 'Bageriets ovne bruger meget strøm: fælles elaftale?'),
      listing('li-pool-steel', 'co-tomrer', 'need', 'purchasing', 'Fælles indkøb af stål', 'Vi køber stålbjælker og vil gerne samle indkøbet.'),
      // 3. Bundling: 30 pallets to Hamburg, which neither truck takes alone.
      listing('li-need-pallets', 'co-bager', 'need', 'logistics', 'Transport af 30 paller til Hamborg', 'Vi skal sende 30 paller med brød til Hamborg.', {
        quantity: 30,
        unit: 'paller',
      }),
      listing('li-truck-18', 'co-fragt', 'offer', 'logistics', 'Ledig lastbilplads til Tyskland', 'Plads til 18 paller på vores faste tur til Hamborg.', {
        quantity: 18,
        unit: 'paller',
      }),
      listing('li-truck-14', 'co-tomrer', 'offer', 'logistics', 'Plads til paller på trailer mod Hamborg', 'Vores trailer kører tom til Hamborg: 14 paller.', {
        quantity: 14,
        unit: 'paller',
      }),
      listing('li-van-2', 'co-plast', 'offer', 'logistics', 'Varebil med plads til paller', 'Lille varebil med plads til 2 paller, kører til Hamborg.', {
        quantity: 2,
        unit: 'paller',
      }),
    ],
  };
}

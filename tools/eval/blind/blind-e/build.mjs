// blind-e generator: node tools/eval/blind/blind-e/build.mjs [seed]
// Writes exchange.json and key.json next to this file. All content is authored below; refs,
// registration numbers, coordinates and the order of records are derived from the seed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SEED = Number(process.argv[2] ?? 20261207);
const DATA = ['/work/shared/data', path.join(HERE, '../../../../data')].find((d) => fs.existsSync(path.join(d, 'nace.csv')));

// ---------- seeded RNG ----------
function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(SEED);
const shuffle = (arr) => {
  const a = [...arr];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
};

// ---------- reference data ----------
const csv = (f) =>
  fs
    .readFileSync(path.join(DATA, f), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
const POST = { DK: new Map(), FI: new Map() };
for (const [pc, name, lat, lng] of csv('postcodes-dk.csv')) POST.DK.set(pc, { name, lat: +lat, lng: +lng });
for (const [pc, name, lat, lng] of csv('postcodes-fi.csv')) POST.FI.set(pc, { name, lat: +lat, lng: +lng });
const NACE = new Set(csv('nace.csv').map((r) => r[0]));

// ---------- registration numbers ----------
const usedReg = new Set();
function cvr() {
  for (;;) {
    const d = Array.from({ length: 7 }, (_, i) => (i === 0 ? 1 + Math.floor(rnd() * 9) : Math.floor(rnd() * 10)));
    const w = [2, 7, 6, 5, 4, 3, 2];
    const s = d.reduce((a, x, i) => a + x * w[i], 0);
    const c = (11 - (s % 11)) % 11; // weight of the last digit is 1
    if (c > 9) continue;
    const v = d.join('') + c;
    if (!usedReg.has(v)) return usedReg.add(v), v;
  }
}
function ytunnus() {
  for (;;) {
    const d = Array.from({ length: 7 }, (_, i) => (i === 0 ? 1 + Math.floor(rnd() * 3) : Math.floor(rnd() * 10)));
    const w = [7, 9, 10, 5, 8, 4, 2];
    const r = d.reduce((a, x, i) => a + x * w[i], 0) % 11;
    if (r === 1) continue;
    const v = `${d.join('')}-${r === 0 ? 0 : 11 - r}`;
    if (!usedReg.has(v)) return usedReg.add(v), v;
  }
}

// ---------- networks ----------
const NETWORKS = [
  { ref: 'vestsjaelland', name: 'Industrivej Vestsjælland', country: 'DK', locale: 'da', center: { lat: 55.665, lng: 11.6 }, radiusKm: 40 },
  { ref: 'etela-pohjanmaa', name: 'Industrivej Etelä-Pohjanmaa', country: 'FI', locale: 'fi', center: { lat: 62.78, lng: 22.84 }, radiusKm: 45 },
  { ref: 'salling', name: 'Industrivej Salling', country: 'DK', locale: 'da', center: { lat: 56.57, lng: 9.02 }, radiusKm: 30 },
];

// ---------- companies: [id, name, country, nace, employees, postcode, street, networks, languages] ----------
const V = ['vestsjaelland'];
const E = ['etela-pohjanmaa'];
const S = ['salling'];
const COMPANIES = [
  ['d01', 'Regstrup Smede- og Maskinværksted ApS', 'DK', ['25.62', '25.11'], 9, '4420', 'Industrivej 7', V, ['da', 'de']],
  ['d02', 'Tølløse Plast ApS', 'DK', ['22.29'], 7, '4340', 'Industrivej 4', V, ['da', 'de', 'ru']],
  ['d03', 'Holbæk Vognmandsforretning I/S', 'DK', ['49.41'], 6, '4300', 'Kalundborgvej 110', V, ['da']],
  ['d04', 'Mørkøv Bageri', 'DK', ['10.71'], 8, '4440', 'Hovedgaden 12', V, ['da']],
  ['d05', 'Jyderup Tryk & Etiket', 'DK', ['18.12'], 4, '4450', 'Industrivej 2', V, ['da', 'en']],
  ['d06', 'Vipperød IT', 'DK', ['62.01'], 1, '4390', 'Bakkevej 3', V, ['en', 'da']],
  ['d07', 'Svinninge Rengøringsservice', 'DK', ['81.21'], 11, '4520', 'Stationsvej 9', V, ['da', 'pl']],
  ['d08', 'Stenlille Landbrug I/S', 'DK', ['01.11'], 3, '4295', 'Åmosevej 40', V, ['da']],
  ['d09', 'Kalundborg El-service', 'DK', ['43.21'], 5, '4400', 'Møllebakken 6', V, ['da']],
  ['d10', 'Nyrup Møbelsnedkeri', 'DK', ['16.23', '31.09'], 4, '4296', 'Nyrupvej 21', V, ['da']],
  ['d11', 'Ugerløse Auto & Maskin', 'DK', ['45.20'], 3, '4350', 'Bygaden 5', V, ['da']],
  ['d12', 'Holbæk Revision & Bogføring', 'DK', ['69.20'], 5, '4300', 'Ahlgade 30', V, ['da', 'en']],
  ['d13', 'Hørve Maskinstation', 'DK', ['01.61'], 6, '4534', 'Skovvejen 88', V, ['da']],
  ['d14', 'Regstrup Lager & Logistik ApS', 'DK', ['52.10'], 5, '4420', 'Industrivej 15', V, ['da', 'en']],
  ['d15', 'Vig Laser & Bukketeknik', 'DK', ['25.99', '25.62'], 8, '4560', 'Industriparken 3', V, ['da', 'en']],
  ['d16', 'Asnæs Teknisk Tekstil', 'DK', ['13.92'], 4, '4550', 'Industrivej 11', V, ['da', 'de']],
  ['d17', 'Tølløse Bryghus', 'DK', ['11.05'], 3, '4340', 'Bryggervej 1', V, ['en', 'da']],
  ['d18', 'Gislinge Grønt', 'DK', ['01.13'], 4, '4532', 'Lammefjordsvej 60', V, ['da']],
  ['d19', 'Store Merløse Kloak & Spul', 'DK', ['37.00'], 4, '4370', 'Ringstedvej 14', V, ['da']],
  ['d20', 'Snertinge VVS', 'DK', ['43.22'], 3, '4460', 'Snertingevej 2', V, ['da']],
  ['d21', 'Jerslev Byg & Tømrer', 'DK', ['43.32', '41.20'], 7, '4490', 'Jerslev Hovedgade 40', V, ['da']],
  ['d22', 'Dianalund Pulverlak', 'DK', ['25.61'], 5, '4293', 'Industrivej 9', V, ['da']],
  ['d23', 'Holbæk Kommunikation', 'DK', ['73.11'], 2, '4300', 'Smedelundsgade 8', V, ['da', 'en']],
  ['d24', 'Regstrup Emballage', 'DK', ['17.21'], 6, '4420', 'Industrivej 21', V, ['da']],
  ['d25', 'Fårevejle Gårdbutik', 'DK', ['47.29', '01.47'], 2, '4540', 'Fårevejlevej 120', V, ['da']],
  ['d26', 'Mørkøv Kran & Lift', 'DK', ['77.32'], 3, '4440', 'Industrivej 3', V, ['da']],
  ['d27', 'Nykøbing Sj Translation', 'DK', ['74.30'], 1, '4500', 'Algade 18', V, ['en', 'da', 'de']],
  ['d28', 'Holbæk Arbejdsmiljø', 'DK', ['74.90'], 1, '4300', 'Tempovej 2', V, ['da']],
  ['d29', 'Kirke Eskilstrup Hestepension', 'DK', ['01.43'], 1, '4360', 'Eskilstrupvej 7', V, ['da']],
  ['d30', 'Svebølle Betonvarer', 'DK', ['23.61'], 9, '4470', 'Industrivej 6', V, ['da']],
  ['d31', 'Sorø Køleteknik', 'DK', ['33.12', '43.22'], 4, '4180', 'Frederiksberggade 4', V, ['da']],
  ['d32', 'Ringsted Taxa', 'DK', ['49.32'], 12, '4100', 'Nørregade 50', V, ['da']],
  ['d33', 'Holbæk Kursus & Førstehjælp', 'DK', ['85.59'], 2, '4300', 'Stenhusvej 20', V, ['da']],
  ['d34', 'Regstrup Metalgenbrug', 'DK', ['38.32'], 3, '4420', 'Industrivej 30', V, ['da']],
  ['d35', 'Slagelse Maskinhandel', 'DK', ['46.61'], 6, '4200', 'Korsørvej 70', V, ['da']],
  ['d36', 'Hvalsø Design Studio', 'DK', ['74.10'], 2, '4330', 'Hovedgaden 4', V, ['da', 'en']],
  ['d37', 'Vipperød Catering', 'DK', ['56.21'], 5, '4390', 'Holbækvej 3', V, ['da']],
  ['d38', 'Jyderup Vikarservice', 'DK', ['78.20'], 3, '4450', 'Jyderup Hovedgade 2', V, ['da']],
  ['d39', 'Kalundborg Spedition', 'DK', ['52.29'], 5, '4400', 'Havnegade 12', V, ['da', 'en', 'no']],
  ['d40', 'Tølløse Trælast', 'DK', ['46.73'], 6, '4340', 'Stationsvej 22', V, ['da']],
  ['d41', 'Roskilde Autolakering', 'DK', ['45.20'], 4, '4000', 'Københavnsvej 40', [], ['da']],
  ['s01', 'Skive Smedie', 'DK', ['25.62'], 5, '7800', 'Industrivej 10', S, ['da']],
  ['s02', 'Viborg Vognmand', 'DK', ['49.41'], 8, '8800', 'Industrivej 20', S, ['da']],
  ['s03', 'Skive Plastteknik', 'DK', ['22.29'], 6, '7800', 'Fabriksvej 5', S, ['da']],
  ['s04', 'Salling Træ og Snedker', 'DK', ['16.23'], 3, '7800', 'Nordre Boulevard 3', S, ['da']],
  ['f01', 'Nurmon Konepaja Oy', 'FI', ['25.62'], 8, '60550', 'Teollisuustie 4', E, ['fi', 'sv']],
  ['f02', 'Lapuan Muovi Oy', 'FI', ['22.29'], 6, '62100', 'Kiviristintie 7', E, ['fi', 'en']],
  ['f03', 'Kuljetus Mäkelä Oy', 'FI', ['49.41'], 5, '60320', 'Rengastie 2', E, ['fi']],
  ['f04', 'Ilmajoen Leipomo', 'FI', ['10.71'], 7, '60800', 'Ilmajoentie 12', E, ['fi']],
  ['f05', 'Seinäjoen Kirjapaino Oy', 'FI', ['18.12'], 5, '60100', 'Kauppakatu 10', E, ['fi']],
  ['f06', 'Hakala IT Services', 'FI', ['62.02'], 1, '60200', 'Koulukatu 20', E, ['en', 'fi']],
  ['f07', 'Siivous Kotila', 'FI', ['81.21'], 9, '60150', 'Puskantie 8', E, ['fi']],
  ['f08', 'Ylistaron Nurmen tila', 'FI', ['01.11'], 2, '61400', 'Kylänpääntie 50', E, ['fi']],
  ['f09', 'Sähkö-Rinne Oy', 'FI', ['43.21'], 6, '60120', 'Väinöntie 3', E, ['fi']],
  ['f10', 'Kuortaneen Puuseppä Koivisto', 'FI', ['16.23', '31.09'], 4, '63100', 'Kuortaneentie 30', E, ['fi']],
  ['f11', 'Kurikan Autokorjaamo', 'FI', ['45.20'], 3, '61300', 'Kauppatie 15', E, ['fi']],
  ['f12', 'Tilitoimisto Laine', 'FI', ['69.20'], 4, '60100', 'Valtionkatu 5', E, ['fi', 'sv']],
  ['f13', 'Kauhavan Metsäkone', 'FI', ['02.40'], 3, '62200', 'Metsätie 11', E, ['fi']],
  ['f14', 'Jalasjärven Varastopalvelu', 'FI', ['52.10'], 4, '61600', 'Teollisuustie 2', E, ['fi']],
  ['f15', 'Kuortaneen Teräsrakenne Oy', 'FI', ['25.11'], 12, '63100', 'Tehtaantie 6', E, ['fi']],
  ['f16', 'Pohjanmaan Lämpö ja Kylmä', 'FI', ['43.22'], 4, '60420', 'Kapernaumintie 9', E, ['fi']],
  ['f17', 'Peräseinäjoen Taksi ja Tilausajo', 'FI', ['49.32'], 4, '61100', 'Keskustie 2', E, ['fi']],
  ['f18', 'Ensiapukoulutus Rantala', 'FI', ['85.59'], 1, '60100', 'Koulukatu 4', E, ['fi']],
  ['f19', 'Käännöstoimisto Virta', 'FI', ['74.30'], 2, '60100', 'Kauppakatu 3', E, ['fi', 'sv', 'en']],
  ['f20', 'Kurikan Nosturipalvelu', 'FI', ['77.32'], 3, '61300', 'Teollisuustie 9', E, ['fi']],
  ['f21', 'Ilmajoen Saha', 'FI', ['16.10'], 6, '60800', 'Sahantie 1', E, ['fi']],
  ['f22', 'Kuortaneen Juustola', 'FI', ['10.51'], 5, '63100', 'Meijeritie 2', E, ['fi']],
  ['f23', 'Rakennus Hietala Oy', 'FI', ['41.20'], 10, '60550', 'Nurmontie 40', E, ['fi']],
  ['f24', 'Lapuan Jauhemaalaamo', 'FI', ['25.61'], 4, '62100', 'Patruunatie 3', E, ['fi']],
  ['f25', 'Mainostoimisto Pohjanpiste', 'FI', ['73.11'], 3, '60200', 'Koulukatu 30', E, ['fi', 'en']],
  ['f26', 'Kauhavan Lujitemuovi', 'FI', ['30.12', '22.29'], 5, '62200', 'Venetie 4', E, ['fi']],
  ['f27', 'Työturva Konsultointi Salo', 'FI', ['74.90'], 1, '60100', 'Vapaudentie 12', E, ['fi']],
  ['f28', 'Lapuan Kierrätys', 'FI', ['38.32'], 4, '62100', 'Romutie 1', E, ['fi']],
  ['f29', 'Ilmajoen Vihannes', 'FI', ['01.13'], 3, '60800', 'Peltotie 40', E, ['fi']],
  ['f30', 'Seinäjoen Pakkaus Oy', 'FI', ['17.21'], 7, '60280', 'Pakkaajantie 2', E, ['fi']],
  ['f31', 'Maaseudun Työpalvelu Rinta-Jaakkola', 'FI', ['78.20'], 2, '60800', 'Rintatie 1', E, ['fi']],
  ['f32', 'Oulun Konehalli Oy', 'FI', ['68.20'], 2, '90100', 'Satamatie 3', [], ['fi']],
];

// ---------- listings ----------
const LISTINGS = [];
const QUERIES = [];
const CAT = ['capacity', 'staff', 'purchasing', 'premises', 'equipment', 'competence', 'logistics', 'materials', 'collaboration'];
// L(id, company, kind 'o'|'n', category, language, title, description, extra)
function L(id, co, k, cat, lang, title, description, extra = {}) {
  if (!CAT.includes(cat)) throw new Error(`bad category ${cat} (${id})`);
  LISTINGS.push({ id, co, kind: k === 'o' ? 'offer' : 'need', category: cat, language: lang, title, description, ...extra });
  return id;
}
function Q(cls, need, grades) {
  QUERIES.push({ need, class: cls, grades });
}
const EXPIRED = { availableFrom: '2025-01-01', availableUntil: '2025-08-31' };
const CLOSED = { status: 'closed' };
const PAUSED = { status: 'paused' };

// ===== baseline =====
L('b1n', 'd02', 'n', 'capacity', 'da', 'Søger CNC-fræsetid', 'Vi mangler fræsetid på en CNC-fræser til værktøjsdele i alu, ca. 20 timer om måneden.', { quantity: 20, unit: 'timer/md' });
L('b1o', 'd01', 'o', 'capacity', 'da', 'Ledig kapacitet på CNC-fræser', 'Vores CNC-fræser (Haas VF-2) står stille om eftermiddagen. Ledig fræsetid ca. 25 timer om måneden.', { quantity: 25, unit: 'timer/md' });
Q('baseline', 'b1n', { b1o: 2 });

L('b2n', 'd17', 'n', 'premises', 'da', 'Kølelager søges', 'Vi mangler kølelager til øl på fustager og flasker, ca. 10 paller fra marts.', { quantity: 10, unit: 'paller' });
L('b2o', 'd14', 'o', 'premises', 'da', 'Ledigt kølelager – 12 pallepladser', 'Kølelager 2–5 grader, 12 pallepladser ledige. Adgang hverdage 6-18.', { quantity: 12, unit: 'pallepladser' });
Q('baseline', 'b2n', { b2o: 2, d5o: 1 });

L('b3n', 'd18', 'n', 'logistics', 'da', 'Kørsel af grøntsager til København', 'Vi skal have kørt kasser med grønt til Grønttorvet i Høje Taastrup 2 gange om ugen, 3-4 paller pr. tur.', { quantity: 2, unit: 'ture/uge' });
L('b3o', 'd03', 'o', 'logistics', 'da', 'Ledig plads på ture til København', 'Vi kører til Storkøbenhavn tirsdag og fredag og har ofte 4-6 ledige pallepladser. Ring til Jens.');
Q('baseline', 'b3n', { b3o: 2 });

L('b4n', 'f08', 'n', 'equipment', 'fi', 'Minikaivuri vuokralle', 'Etsitään minikaivuria vuokralle 1-2 viikoksi ojien kaivuuseen toukokuussa.');
L('b4o', 'f23', 'o', 'equipment', 'fi', 'Minikaivuri vuokrattavana', 'Meidän 2,5 tonnin minikaivuri on vuokrattavissa, myös kuljettajan kanssa. Kauhat 30, 60 ja luiskakauha.');
Q('baseline', 'b4n', { b4o: 2 });

L('b5n', 'f10', 'n', 'materials', 'fi', 'Kuivaa koivulautaa', 'Tarvitaan kuivattua koivulautaa huonekaluihin, noin 2 m3, paksuus 32 mm.', { quantity: 2, unit: 'm3' });
L('b5o', 'f21', 'o', 'materials', 'fi', 'Kuivattua koivulautaa myynnissä', 'Kamarikuivattua koivulautaa 25, 32 ja 50 mm, kosteus 8-10 %. Pienetkin erät.');
Q('baseline', 'b5n', { b5o: 2 });

L('b6n', 'f05', 'n', 'staff', 'fi', 'Osa-aikainen painaja', 'Tarvitaan osa-aikainen painaja / painokoneenkäyttäjä syyskuusta alkaen, 2-3 päivää viikossa.');
L('b6o', 'f30', 'o', 'staff', 'fi', 'Kokenut painokoneenkäyttäjä vapaana osa-aikaisesti', 'Meidän painokoneenkäyttäjällä on liian vähän töitä, voisi tehdä 2 päivää viikossa toisen firman painotöitä. Heidelberg tuttu.');
Q('baseline', 'b6n', { b6o: 2 });

L('b7n', 'd21', 'n', 'equipment', 'da', 'Stillads til leje 3 uger', 'Skal bruge stillads til facade på ca. 40 m2 i tre uger i april.');
L('b7o', 'd26', 'o', 'equipment', 'da', 'Stillads udlejes', 'Facadestillads (Haki) udlejes pr. uge, vi kan også stille op. Ca. 120 m2.');
Q('baseline', 'b7n', { b7o: 2 });

L('b8n', 'd09', 'n', 'competence', 'da', 'Hjælp til ny hjemmeside', 'Vores hjemmeside er fra 2012. Vi skal have en ny simpel side med kontaktformular og billeder af opgaver.');
L('b8o', 'd23', 'o', 'competence', 'da', 'Hjemmesider til små virksomheder', 'Vi laver enkle hjemmesider til håndværkere og små firmaer, inkl. tekster og billeder. Fast pris.');
Q('baseline', 'b8n', { b8o: 2 });

// ===== cross-category =====
L('c1n', 'd10', 'n', 'capacity', 'da', 'Pulverlakering af bordben', 'Vi har 40 sæt stålben til spiseborde der skal pulverlakeres sort mat. Hvem har kapacitet i februar?');
L('c1o', 'd22', 'o', 'equipment', 'da', 'Plads i ovnen', 'Vores ovn kører ikke fuld – vi tager gerne mindre serier ind, alle RAL-farver, emner op til 3 m.');
Q('cross-category', 'c1n', { c1o: 2, r4o: 1 });

L('c2n', 'd04', 'n', 'logistics', 'da', 'Udbringning af brød om morgenen', 'Vi skal have brød ud til 6 butikker i Holbæk og omegn hver morgen mellem kl. 5 og 7.');
L('c2o', 'd37', 'o', 'collaboration', 'da', 'Samkørsel om morgenen?', 'Vores kølebil kører ud med morgenmad til kantiner i Holbæk-området kl. 5-7 og har plads tilovers. Måske kan vi tage noget med for andre?');
Q('cross-category', 'c2n', { c2o: 2 });

L('c3n', 'd16', 'n', 'staff', 'da', 'Syerske 2 dage om ugen', 'Vi mangler en der kan sy på industrisymaskine (overlock og dobbeltnål) 2 dage om ugen til presenninger og dækkener.');
L('c3o', 'd24', 'o', 'capacity', 'da', 'Ledig sy-kapacitet', 'Vi har en syerske og 2 industrisymaskiner der ikke er fuldt udnyttet – ca. 15 timer om ugen til rådighed.', { quantity: 15, unit: 'timer/uge' });
Q('cross-category', 'c3n', { c3o: 2 });

L('c4n', 'd19', 'n', 'premises', 'da', 'Parkering til slamsuger + vask', 'Vi søger plads til at holde vores slamsuger om natten og et sted hvor vi må vaske den af (olieudskiller skal være der).');
L('c4o', 'd13', 'o', 'capacity', 'da', 'Vaskeplads og udendørs p-plads', 'Vores vaskeplads med olieudskiller står ubrugt om aftenen og i weekenden. Der er også gårdsplads til et par store køretøjer.');
Q('cross-category', 'c4n', { c4o: 2 });

L('c5n', 'd08', 'n', 'competence', 'da', 'Hjælp til tilskudsansøgning', 'Vil gerne have solceller på laden og søge tilskud, men har ikke tid til papirarbejdet. Hvem kan hjælpe med ansøgningen?');
L('c5o', 'd12', 'o', 'staff', 'da', 'Konsulent med ledige timer', 'Vores konsulent har ledige timer i foråret – tilskudsansøgninger, budgetter, bankpapirer. Timepris eller fast pris.');
L('c5o2', 'd09', 'o', 'collaboration', 'da', 'Solceller på landbrugets tage', 'Vi tilbyder solcelleanlæg på lader og stalde og kan sammen med jer regne på økonomien. Fælles projekt med flere gårde?');
Q('cross-category', 'c5n', { c5o: 2, c5o2: 1 });

L('c6n', 'f15', 'n', 'logistics', 'fi', 'Erikoiskuljetus teräspalkeille Vaasaan', 'Tarvitaan kuljetus 14 metrin teräspalkeille Vaasaan maaliskuussa, noin 18 tonnia. Purku nosturilla työmaalla.');
L('c6o', 'f20', 'o', 'equipment', 'fi', 'Nosturiauto ja lavetti', 'Nosturiauto 40 tm ja jatkettava lavetti, ajamme myös pitkiä kappaleita. Kysy hinta.');
L('c6x', 'f03', 'o', 'logistics', 'fi', 'Kappaletavarakuljetukset lähialueella', 'Pakettiauto ja pieni kuorma-auto, kappaletavarat Etelä-Pohjanmaalla päivittäin.');
Q('cross-category', 'c6n', { c6o: 2 });

L('c7n', 'f22', 'n', 'premises', 'fi', 'Kylmävarasto juustoille', 'Tarvitaan kylmätilaa (+2…+6) juustojen kypsytykseen ja varastointiin, noin 8 lavapaikkaa.', { quantity: 8, unit: 'lavapaikkaa' });
L('c7o', 'f14', 'o', 'logistics', 'fi', 'Varastointi ja lähetykset', 'Hoidamme varastoinnin ja lähetykset puolestasi. Tiloissa myös +4 asteen kylmähuone ja lämmin varasto.');
Q('cross-category', 'c7n', { c7o: 2 });

L('c8n', 'f24', 'n', 'competence', 'fi', 'Hiekkapuhalluslaitteen huolto', 'Puhalluslaitteen kompressori ja suuttimet reistailee. Tarvitaan joku joka osaa huoltaa ja korjata.');
L('c8o', 'f01', 'o', 'capacity', 'fi', 'Huoltoa tuotantolaitteille', 'Konepajalla vapaita asentajatunteja: tuotantolaitteiden huollot, korjaukset ja varaosien valmistus.');
Q('cross-category', 'c8n', { c8o: 2 });

L('c9n', 'd01', 'n', 'collaboration', 'da', 'Plastdele til vores stålkasser', 'En kunde vil have plastlåg og -hjørner på de stålkasser vi laver. Vi kan ikke selv – er der nogen i området der kan støbe plast og vil udvikle det med os?');
L('c9o', 'd02', 'o', 'capacity', 'da', 'Ledig tid på sprøjtestøbemaskine', 'Vi har ca. 80 timer om måneden på en Engel 150 t der står stille. Vi laver også gerne værktøj i samarbejde.', { quantity: 80, unit: 'timer/md' });
Q('cross-category', 'c9n', { c9o: 2 });

L('c10n', 'f08', 'n', 'staff', 'fi', 'Kuski viljankorjuuseen', 'Tarvitaan traktori- tai rekkakuski viljankorjuun ajaksi elokuu-syyskuu.');
L('c10o', 'f13', 'o', 'capacity', 'fi', 'Kuljettajalla vapaata loppukesästä', 'Metsäkoneen kuljettajallamme on hiljaista elo-syyskuussa. Kortit C ja CE, ajaa myös traktoria.');
Q('cross-category', 'c10n', { c10o: 2, p7o: 1 });

// ===== paraphrase =====
L('p1n', 'd11', 'n', 'equipment', 'da', 'Gaffeltruck en uges tid', 'Skal bruge en gaffeltruck i ca. en uge når vi flytter værkstedet rundt.');
L('p1o', 'd14', 'o', 'equipment', 'da', 'Udlåner vores Still', 'Vores Still RX20 (2 t, diesel) kan lejes på dags- eller ugebasis når vi ikke selv bruger den.');
L('p1o2', 'd26', 'o', 'equipment', 'da', 'Lift og teleskoplæsser udlejes', 'Saxlift 10 m og Manitou teleskoplæsser med gafler udlejes med eller uden fører.');
Q('paraphrase', 'p1n', { p1o: 2, p1o2: 1 });

L('p2n', 'd29', 'n', 'materials', 'da', 'wrap hø til hestene', 'soger ca 150 baller wrap, gerne leveret i Kirke Eskilstrup. Ikke for vaad');
L('p2o', 'd08', 'o', 'materials', 'da', 'Wrapballer af græs til salg', '1. slæt 2026, rundballer ca. 250 kg. Kan køre dem ud med vogn.');
Q('paraphrase', 'p2n', { p2o: 2 });

L('p3n', 'd17', 'n', 'capacity', 'en', 'Label printing, short runs', 'Looking for someone local to print our beer labels, 500-1000 pcs per brew, self-adhesive.');
L('p3o', 'd05', 'o', 'capacity', 'da', 'Etiketter i små oplag', 'Digitaltryk af selvklæbende etiketter på rulle fra 250 stk. Også til fødevarer og flasker.');
Q('paraphrase', 'p3n', { p3o: 2 });

L('p4n', 'f06', 'n', 'competence', 'en', 'Accountant for a one-man company', 'I need someone to do my monthly books and VAT. Small IT consultancy, maybe 30 receipts a month.');
L('p4o', 'f12', 'o', 'competence', 'fi', 'Kirjanpito ja palkat mikroyrityksille', 'Hoidamme kirjanpidon, alv-ilmoitukset ja palkanlaskennan kiinteään kuukausihintaan.');
Q('paraphrase', 'p4n', { p4o: 2 });

L('p5n', 'd20', 'n', 'equipment', 'da', 'Pressemaskine til Mapress', 'Mangler en presser til Geberit Mapress 15-54 i en uges tid, vores er til service.');
L('p5o', 'd31', 'o', 'equipment', 'da', 'Novopress pressetang kan lånes', 'Novopress ACO 202 med backer 15–54 mm (M-profil) kan lejes når vi ikke bruger den.');
Q('paraphrase', 'p5n', { p5o: 2 });

L('p6n', 'd15', 'n', 'capacity', 'da', 'Kantbukning 3 mm rustfri', 'Vi har en ordre på 200 stk konsoller i 3 mm rustfri, 1,5 m lange. Vores egen bukker er for lille.');
L('p6o', 'd01', 'o', 'capacity', 'da', 'Abkant 100 t ledig', 'Ledig tid på vores 100 tons abkant (3 m). Kan bukke op til 6 mm stål.');
Q('paraphrase', 'p6n', { p6o: 2 });

L('p7n', 'f29', 'n', 'staff', 'fi', 'Tyontekija kevaan istutuksiin', 'Tarvitaan 2 tyontekijaa huhti-toukokuuksi taimien istutukseen ja harsojen levitykseen.');
L('p7o', 'f31', 'o', 'staff', 'fi', 'Kausityöntekijöitä maatiloille', 'Välitämme kausityöntekijöitä keväällä ja syksyllä, myös lyhyiksi jaksoiksi.');
Q('paraphrase', 'p7n', { p7o: 2 });

L('p8n', 'd30', 'n', 'equipment', 'da', 'Højtryks renser lånes', 'Skal rengøre forskalling, gerne varmt vand. 2-3 dage.');
L('p8o', 'd11', 'o', 'equipment', 'da', 'Kärcher HDS til udlejning', 'Kärcher HDS varmtvandsrenser på trailer, kan lejes pr. dag.');
Q('paraphrase', 'p8n', { p8o: 2 });

L('p9n', 'd36', 'n', 'competence', 'da', 'Oversættelse af katalog til tysk og engelsk', 'Vi skal have oversat et produktkatalog på ca. 24 sider til tysk og engelsk inden messen.');
L('p9o', 'd27', 'o', 'competence', 'en', 'Translation DA/EN/DE', 'Technical and marketing translation between Danish, English and German. Brochures, manuals, websites.');
Q('paraphrase', 'p9n', { p9o: 2 });

L('p10n', 'f26', 'n', 'capacity', 'fi', 'CNC-jyrsintää muottimalleille', 'Tarvitaan jyrsintää veneen muottitulpille, materiaali polyuretaanilevy, koko n. 3 x 1,2 m.');
L('p10o', 'f10', 'o', 'capacity', 'fi', 'Viisiakselinen työstökeskus vapaana', '5-akselinen CNC-työstökeskus, pöytä 3,6 x 1,5 m. Työstämme puuta, levyjä ja muoveja alihankintana.');
Q('paraphrase', 'p10n', { p10o: 2 });

L('p11n', 'd13', 'n', 'staff', 'da', 'Chauffør til høsten', 'Mangler en mand med CE-kort fra 20/7 til 1/9, kørsel med korn og halm.');
L('p11o', 'd38', 'o', 'staff', 'da', 'Vikarer: lastbilførere', 'Vi har vikarer med kørekort kat. C og C/E, også til landbrug. Fra dag til dag.');
Q('paraphrase', 'p11n', { p11o: 2 });

L('p12n', 'f14', 'n', 'equipment', 'en', 'Pallet racking wanted', 'Looking for pallet racking for our warehouse, used is fine. About 10 bays, 3 levels.');
L('p12o', 'f28', 'o', 'materials', 'fi', 'Käytettyjä lavahyllyjä', 'Purettuja lavahyllyjä myydään, 12 väliä, palkit ja päädyt, korkeus 4,5 m.');
Q('paraphrase', 'p12n', { p12o: 2 });

// ===== generic =====
L('g1n', 'd15', 'n', 'logistics', 'da', 'Fragt af maskindele til Aarhus', '2 paller maskindele til en kunde i Aarhus hver uge, gerne fast aftale.');
L('g1o', 'd03', 'o', 'logistics', 'da', 'Stykgods og paller Sjælland–Jylland', 'Faste ture over Storebælt mandag og torsdag. Pallegods og stykgods, også mindre mængder.');
L('g1x', 'd32', 'o', 'logistics', 'da', 'Taxa og kørsel', 'Taxakørsel, lufthavnskørsel og siddende patientbefordring døgnet rundt.');
L('g1x2', 'd39', 'o', 'logistics', 'da', 'Søfragt og toldbehandling', 'Vi ordner containere, søfragt og tolddokumenter for import og eksport.');
Q('generic', 'g1n', { g1o: 2 });

L('g2n', 'd01', 'n', 'competence', 'da', 'Arbejdsmiljørådgiver', 'Skal have lavet APV og kemisk risikovurdering – vi har fået besøg af Arbejdstilsynet.');
L('g2o', 'd28', 'o', 'competence', 'da', 'Hjælp til APV og kemi', 'Autoriseret arbejdsmiljørådgiver. APV, kemisk risikovurdering, påbud fra Arbejdstilsynet.');
L('g2x', 'd33', 'o', 'competence', 'da', 'Førstehjælpskursus hos jer', 'Førstehjælp 1 dag for hele personalet, vi kommer ud til jer.');
L('g2x2', 'd12', 'o', 'competence', 'da', 'Løn og personaleadministration', 'Vi tager os af lønsedler, ferie og ansættelseskontrakter for små virksomheder.');
Q('generic', 'g2n', { g2o: 2 });

L('g3n', 'f01', 'n', 'premises', 'fi', 'Lämmin halli kokoonpanoon', 'Tarvitaan lämmin halli noin 200 m2 kokoonpanoon puoleksi vuodeksi. Nosturi olisi plussaa.');
L('g3o', 'f15', 'o', 'premises', 'fi', 'Tuotantohalli vuokralle', 'Vapaa tuotantohalli 250 m², lämmitys, siltanosturi 5 t, nosto-ovi.');
L('g3x', 'f25', 'o', 'premises', 'fi', 'Toimisto- ja kokoustilaa', 'Vuokrataan kaksi toimistohuonetta ja kokoushuone keskustassa.');
L('g3x2', 'f14', 'o', 'premises', 'fi', 'Kylmä varastohalli', 'Kylmää varastotilaa lavoille, 300 m², trukki käytettävissä.');
Q('generic', 'g3n', { g3o: 2 });

L('g4n', 'f09', 'n', 'competence', 'fi', 'SFS 6002 koulutus kahdelle', 'Kahdelle asentajalle sähköturvallisuuskoulutus ja kortti, mieluiten keväällä.');
L('g4o', 'f27', 'o', 'competence', 'fi', 'Sähkötyöturvallisuus ja työturvallisuuskortti', 'Pidämme SFS 6002 -koulutuksia ja työturvallisuuskorttikursseja pienryhmille.');
L('g4x', 'f18', 'o', 'competence', 'fi', 'Ensiapukurssit yrityksille', 'EA1 ja hätäensiapu yrityksen omissa tiloissa.');
Q('generic', 'g4n', { g4o: 2 });

L('g5n', 'd12', 'n', 'staff', 'da', 'Kontorassistent 10 t/uge', 'Vi mangler en til at tage telefonen og scanne bilag, ca. 10 timer om ugen.');
L('g5o', 'd38', 'o', 'staff', 'da', 'Vikarer til kontor og lager', 'Kontorvikarer, receptionister og lagermedarbejdere – også på deltid.');
L('g5x', 'd07', 'o', 'staff', 'da', 'Rengøringsmedarbejder kan lånes', 'Vi har en rengøringsdame med ledige timer formiddag, kan udlånes til andre firmaer.');
Q('generic', 'g5n', { g5o: 2 });

L('g6n', 'f02', 'n', 'equipment', 'en', 'Plastic shredder / granulator', 'We need to grind our own production scrap into regrind. Would rent a granulator for a few weeks to test.');
L('g6o', 'f28', 'o', 'equipment', 'fi', 'Granulaattori vuokralle', 'Muovin ja kaapelin rouhintaan sopiva granulaattori, vuokrataan viikoiksi.');
L('g6x', 'f20', 'o', 'equipment', 'fi', 'Koneita vuokralle', 'Henkilönostimet, saksinostin ja nostokori vuokralle päivä- tai viikkohintaan.');
Q('generic', 'g6n', { g6o: 2 });

L('g7n', 'd24', 'n', 'premises', 'da', 'Tørt lager til pap', 'Vi mangler tørt lager til flade papkasser, ca. 40 paller i 6 måneder.');
L('g7o', 'd14', 'o', 'premises', 'da', 'Tørlager med reoler', 'Opvarmet tørlager med pallereoler, 60 pladser ledige fra januar.');
L('g7x', 'd36', 'o', 'premises', 'da', 'Kontorplads i fællesskab', 'To skriveborde ledige i vores kontorfællesskab, kaffe og internet inkl.');
L('g7x2', 'd29', 'o', 'premises', 'da', 'Staldplads og ridehal', 'Bokse og ridehal til leje for heste.');
Q('generic', 'g7n', { g7o: 2 });

// ===== decoy =====
L('d1n', 'd30', 'n', 'staff', 'da', 'Svejser søges 2 dage/uge', 'Vi mangler en svejser til armeringskurve og rammer, 2 dage om ugen frem til sommer.');
L('d1o', 'd21', 'o', 'staff', 'da', 'Vores smed har ledige dage', 'Vores smed/svejser (MAG, certifikat) har ikke nok at lave i vinterhalvåret og kan lånes ud.');
L('d1x', 'd33', 'o', 'competence', 'da', 'Svejsekursus MAG', 'Grundkursus i MAG-svejsning, 3 dage, lær at svejse plader og rør.');
L('d1x2', 'd35', 'o', 'equipment', 'da', 'Brugt svejseanlæg sælges', 'Migatronic svejser 400 A, brugt men fin, sælges.');
Q('decoy', 'd1n', { d1o: 2 });

L('d2n', 'd21', 'n', 'equipment', 'da', 'Minigraver 1,5 t lejes 2 uger', 'Skal leje en minigraver til fundamenter og dræn i to uger i maj.');
L('d2o', 'd13', 'o', 'equipment', 'da', 'Gravemaskiner til udlejning', 'Kubota 1,8 t og 5 t gravemaskiner udlejes, med eller uden fører.');
L('d2x', 'd35', 'o', 'equipment', 'da', 'Minigraver sælges', 'Brugt minigraver Kubota KX016, 2900 timer, sælges til højestbydende.');
L('d2x2', 'd11', 'o', 'competence', 'da', 'Reparation af minigravere', 'Service og reparation af minigravere og andre entreprenørmaskiner.');
Q('decoy', 'd2n', { d2o: 2 });

L('d3n', 'f23', 'n', 'staff', 'fi', 'Kirvesmies 2 kuukaudeksi', 'Tarvitaan kirvesmies elo-syyskuuksi omakotitalotyömaalle.');
L('d3o', 'f10', 'o', 'staff', 'fi', 'Puuseppä vapaana syksyllä', 'Meidän puusepällä on syksyllä hiljaista, voi tehdä rakennustöitä toisen yrityksen kautta.');
L('d3x', 'f21', 'o', 'materials', 'fi', 'Kirvesmiehen lautaa ja rakennuspuuta', 'Höylättyä rakennuspuuta ja kirvesmiehen lankkua myynnissä.');
Q('decoy', 'd3n', { d3o: 2 });

L('d4n', 'f03', 'n', 'premises', 'fi', 'Lämmin halli kuorma-auton huoltoon', 'Tarvittaisiin lämmin halli, jossa voi huoltaa kuorma-autoa 1-2 iltaa viikossa.');
L('d4o', 'f11', 'o', 'capacity', 'fi', 'Korjaamohalli vapaana iltaisin', 'Korjaamon halli on iltaisin vapaana, nostin ja huoltokuoppa käytettävissä.');
L('d4x', 'f25', 'o', 'premises', 'fi', 'Kokoustila vapaana iltaisin', 'Kokoustila 12 hengelle vapaana iltaisin, videotykki ja kahvinkeitin.');
Q('decoy', 'd4n', { d4o: 2 });

L('d5n', 'd03', 'n', 'equipment', 'da', 'Kølesættevogn lejes i julen', 'Vi skal bruge en kølesættevogn fra 1/12 til 31/12 til en kunde.');
L('d5o', 'd39', 'o', 'equipment', 'da', 'Kølecontainere og kølesættevogne udlejes', 'Vi udlejer kølecontainere 20/40 fod og en kølesættevogn på måned.');
L('d5x', 'd31', 'o', 'competence', 'da', 'Service på køleaggregater', 'Reparation og service af køleaggregater på lastbiler og trailere (Thermo King, Carrier).');
Q('decoy', 'd5n', { d5o: 2 });

L('d6n', 'd06', 'n', 'equipment', 'en', 'Need a 3D printer for prototypes', 'Short term: I need to print some prototype enclosures in PETG. Can pay per hour.');
L('d6o', 'd36', 'o', 'equipment', 'da', 'Vores 3D-printer kan lejes', 'Prusa MK4 og en Bambu X1 kan bruges på timebasis, vi hjælper med opsætning.');
L('d6x', 'd33', 'o', 'competence', 'da', 'Kursus i 3D-print og CAD', 'Aftenkursus: lær at tegne i Fusion og printe på 3D-printer. 4 aftener.');
L('d6x2', 'd35', 'o', 'equipment', 'da', '3D printer sælges', 'Ny 3D-printer i kasse sælges, fejlkøb.');
Q('decoy', 'd6n', { d6o: 2 });

L('d7n', 'f07', 'n', 'equipment', 'fi', 'Yhdistelmäkone lainaan', 'Meidän lattianhoitokone on rikki, tarvitaan yhdistelmäkone lainaan tai vuokralle pariksi viikoksi.');
L('d7o', 'f22', 'o', 'equipment', 'fi', 'Nilfisk yhdistelmäkone vähällä käytöllä', 'Meillä on Nilfisk-yhdistelmäkone, jota käytetään vain kerran viikossa. Voidaan lainata.');
L('d7x', 'f28', 'o', 'equipment', 'fi', 'Käytetty lattianhoitokone myytävänä', 'Käytetty lattianhoitokone, toimii, myydään edullisesti.');
Q('decoy', 'd7n', { d7o: 2 });

L('d8n', 'd23', 'n', 'premises', 'da', 'Værksted til at bygge messestand', 'Skal bruge et værksted/hal i 2 uger til at bygge og teste en messestand, ca. 6 x 4 m.');
L('d8o', 'd10', 'o', 'premises', 'da', 'Ledig plads i værkstedet', 'Ca. 150 m² af vores snedkerværksted står tomt, kan lejes kortvarigt. Højt til loftet.');
L('d8x', 'd12', 'o', 'premises', 'da', 'Mødelokale udlejes', 'Mødelokale til 12 personer med skærm, pr. time eller dag.');
Q('decoy', 'd8n', { d8o: 2 });

// ===== direct-first =====
L('f1n', 'd16', 'n', 'logistics', 'da', 'Fragt til Oslo', '3 paller presenninger til kunde i Oslo, en gang om måneden.');
L('f1o', 'd39', 'o', 'logistics', 'da', 'Faste ture til Norge', 'Ugentlige ture til Oslo og Drammen via Frederikshavn. Vi ordner fortoldning.');
L('f1c', 'd24', 'n', 'logistics', 'da', 'Transport til Norge', 'Vi søger transport af 4-6 paller kasser til Norge hver måned.');
Q('direct-first', 'f1n', { f1o: 2, f1c: 1 });

L('f2n', 'f01', 'n', 'staff', 'fi', 'Hitsaaja kahdeksi viikoksi', 'Tarvitaan MIG/MAG-hitsaaja kahdeksi viikoksi maaliskuussa, kiireellinen tilaus.');
L('f2o', 'f15', 'o', 'staff', 'fi', 'Hitsaajamme voidaan lainata', 'Kaksi hitsaajaa vapaana viikoilla 10–14, vuokrataan toiselle konepajalle.');
L('f2c', 'f24', 'n', 'staff', 'fi', 'Hitsaajaa tarvitaan', 'Tarvitaan hitsaaja lyhyeksi ajaksi telineiden korjaukseen.');
Q('direct-first', 'f2n', { f2o: 2 });

L('f3n', 'd08', 'n', 'logistics', 'da', 'Transport af korn til Kalundborg', 'Ca. 30 t hvede skal køres til siloen i Kalundborg efter høst.');
L('f3o', 'd13', 'o', 'logistics', 'da', 'Kornkørsel med traktor og vogne', 'Vi kører korn og halm med traktor og to 20 t vogne, også for andre.');
L('f3c', 'd18', 'n', 'logistics', 'da', 'Kartofler skal til pakkeri', 'Søger kørsel af kartofler i storsække til pakkeri i efteråret.');
Q('direct-first', 'f3n', { f3o: 2 });

L('f4n', 'f05', 'n', 'capacity', 'fi', 'Stanssausta pakkauksiin', 'Tarvitaan stanssausta taitettaviin pakkauksiin, noin 5000 kpl, omat painoarkit.');
L('f4o', 'f30', 'o', 'capacity', 'fi', 'Stanssauskapasiteettia vapaana', 'Tasostanssi B1-koko, vapaata kapasiteettia arkipäivisin. Myös nuuttaus ja liimaus.');
L('f4c', 'f25', 'n', 'materials', 'fi', 'Stanssattuja esitetelineitä', 'Asiakas tarvitsee 200 kpl stanssattua pahviesitetelinettä.');
Q('direct-first', 'f4n', { f4o: 2 });

L('f5n', 'd06', 'n', 'competence', 'en', 'Bookkeeper, 5 hrs/month', 'One-man IT firm, need someone to do the books and VAT each quarter. English please.');
L('f5o', 'd12', 'o', 'competence', 'da', 'Bogføring for små firmaer', 'Bogføring, moms og årsregnskab til fast månedspris. Vi taler også engelsk.');
L('f5c', 'd36', 'n', 'competence', 'da', 'Søger bogholder', 'Søger en bogholder der kan tage bilagene hver måned og lave momsen.');
Q('direct-first', 'f5n', { f5o: 2 });

L('f6n', 'f29', 'n', 'logistics', 'fi', 'Kuljetus Helsinkiin tukkuun', '2 lavaa vihanneksia Helsingin tukkuun tiistaisin ja perjantaisin.');
L('f6o', 'f03', 'o', 'logistics', 'fi', 'Päivittäin Seinäjoki–Helsinki', 'Ajamme joka arkipäivä pääkaupunkiseudulle, vapaata lavatilaa, myös kylmäkuljetus.');
L('f6c', 'f04', 'n', 'logistics', 'fi', 'Kuljetusta pääkaupunkiseudulle', 'Leipomotuotteita 1–2 lavaa viikossa pääkaupunkiseudulle.');
Q('direct-first', 'f6n', { f6o: 2, f6c: 1 });

// ===== pooling =====
L('o1n', 'd01', 'n', 'purchasing', 'da', 'Fælles indkøb af stål', 'Vi køber ca. 40 t plader og profiler om året. Er der nogen der vil gå sammen om en rammeaftale med en stålgrossist?');
L('o1a', 'd15', 'n', 'purchasing', 'da', 'Samindkøb af plader', 'Vil gerne finde andre der køber rustfri og sort stål, så vi kan få bedre priser.');
L('o1b', 'd30', 'n', 'purchasing', 'da', 'Armeringsstål sammen med andre?', 'Vi bruger meget armeringsjern – kan vi købe ind sammen med andre?');
Q('pooling', 'o1n', { o1a: 2, o1b: 1 });

L('o2n', 'd05', 'n', 'purchasing', 'da', 'Elaftale sammen med andre virksomheder', 'Vores elregning er vokset voldsomt. Vi vil gerne forhandle en fælles elaftale med nogle naboer.');
L('o2a', 'd17', 'n', 'purchasing', 'da', 'Fælles strømindkøb – hvem er med?', 'Bryggeriet bruger meget strøm til køl. Giver det mening at købe strøm ind sammen?');
L('o2b', 'd10', 'n', 'purchasing', 'da', 'Billigere strøm i flok', 'Vi har CNC og udsugning der bruger meget. Kan vi forhandle sammen med andre?');
L('o2x', 'd09', 'o', 'competence', 'da', 'El-installationer og eftersyn', 'Autoriseret el-installatør: nye installationer, fejlfinding, eftersyn af tavler.');
Q('pooling', 'o2n', { o2a: 2, o2b: 2 });

L('o3n', 'd16', 'n', 'staff', 'da', 'Dele en eksportmedarbejder', 'Vi sælger mere og mere til Tyskland. Vil gerne dele en tysktalende sælger/eksportmedarbejder med 1-2 andre firmaer.');
L('o3a', 'd17', 'n', 'staff', 'en', 'German-speaking sales person, part time', 'We want to sell in Northern Germany. Happy to share a part-time sales person with other firms.');
L('o3b', 'd02', 'o', 'staff', 'da', 'Medarbejder taler russisk og tysk', 'Vores deltidsmedarbejder taler russisk og tysk og vil gerne på fuld tid. Vi kan ikke selv fylde stillingen ud – kan vi deles?');
Q('pooling', 'o3n', { o3a: 2, o3b: 2 });

L('o4n', 'f09', 'n', 'purchasing', 'fi', 'Yhteishankinta: työvaatteet ja turvakengät', 'Tilataanko työvaatteet ja turvakengät yhdessä? Meillä 6 asentajaa.');
L('o4a', 'f16', 'n', 'purchasing', 'fi', 'Työvaatteita yhdessä muiden kanssa', 'Haluaisimme tilata työvaatteet logolla isompana eränä muiden firmojen kanssa.');
L('o4b', 'f07', 'n', 'purchasing', 'fi', 'Työasut yhteistilauksena?', 'Siivoojille uudet työasut ja kengät syksyllä. Lähteekö joku mukaan?');
Q('pooling', 'o4n', { o4a: 2, o4b: 2 });

L('o5n', 'f26', 'n', 'purchasing', 'fi', 'Hartsia ja lasikuitumattoa yhteistilaukseen', 'Polyesterihartsia ja lasikuitumattoa menee paljon, haetaan kumppania isompaan tilaukseen.');
L('o5a', 'f02', 'n', 'purchasing', 'fi', 'Polyesterihartsi – kuka tilaisi kanssamme?', 'Tarvitsemme hartsia korjauksiin ja prototyyppeihin, pieniä määriä. Yhteistilaus kiinnostaa.');
Q('pooling', 'o5n', { o5a: 2 });

L('o6n', 'f06', 'n', 'staff', 'en', 'Share a part-time marketing person', 'Looking for 2-3 small firms to share one marketing person (social media, newsletters), one day a week each.');
L('o6a', 'f04', 'n', 'staff', 'fi', 'Markkinointihenkilö osa-aikaisesti', 'Leipomo tarvitsee somemarkkinointiin ihmisen pariksi päiväksi kuussa, voidaan jakaa toisen yrityksen kanssa.');
L('o6b', 'f22', 'n', 'staff', 'fi', 'Somemarkkinoija muutamaksi päiväksi kuussa', 'Juustolalle tarvitaan joku hoitamaan Instagramia ja Facebookia.');
L('o6p', 'f25', 'o', 'competence', 'fi', 'Markkinointiapua mikroyrityksille', 'Hoidamme somen ja uutiskirjeet pienyrityksille kuukausihintaan.');
Q('pooling', 'o6n', { o6a: 2, o6b: 2, o6p: 1 });

// ===== rules =====
L('r1n', 'd25', 'n', 'equipment', 'da', 'Vakuumpakker lånes', 'Skal pakke kød fra egne dyr til gårdbutikken, en weekend om måneden.');
L('r1x', 'd37', 'o', 'equipment', 'da', 'Vakuumpakkemaskine udlånes', 'Henkelman kammervakuum kan lånes når vi ikke bruger den.', CLOSED);
L('r1x2', 'd18', 'o', 'equipment', 'da', 'Vakuumpakker, lidt gammel', 'Gammel vakuumpakker, virker fint, kan lånes.', PAUSED);
L('r1o', 'd04', 'o', 'equipment', 'da', 'Poseforsegler kan lånes', 'Impulssvejser til plastposer op til 40 cm kan lånes.');
Q('rules', 'r1n', { r1o: 1 });

L('r2n', 'f16', 'n', 'equipment', 'fi', 'Lämpökamera lainaan', 'Tarvitaan lämpökamera lattialämmityksen vuotojen etsintään parin päivän ajaksi.');
L('r2x', 'f09', 'o', 'equipment', 'fi', 'Lämpökamera (FLIR) lainattavissa', 'FLIR E6 lämpökamera lainattavissa päiväksi kerrallaan.', EXPIRED);
L('r2o', 'f27', 'o', 'competence', 'fi', 'Lämpökuvaukset', 'Teemme lämpökuvauksia kiinteistöihin ja sähkökeskuksiin.');
Q('rules', 'r2n', { r2o: 1 });

L('r3n', 'd01', 'n', 'equipment', 'da', 'Plasmaskærer lånes', 'Vores plasmaskærer er brændt af, skal låne en i 14 dage.');
L('r3x', 'd01', 'o', 'equipment', 'da', 'Plasmaskærer udlånes', 'Hypertherm plasmaskærer 65 A udlånes.');
L('r3x2', 's01', 'o', 'equipment', 'da', 'Plasmaskærer udlejes', 'Håndholdt plasmaskærer udlejes pr. uge.', { visibility: 'public' });
L('r3o', 'd15', 'o', 'capacity', 'da', 'Laserskæring som lønarbejde', 'Fiberlaser 3 kW, vi skærer plader op til 15 mm for andre.');
Q('rules', 'r3n', { r3o: 1 });

L('r4n', 'd11', 'n', 'competence', 'da', 'Lakering af bildele', 'Søger nogen der kan lakere skærme og kofangere, spotreparation.');
L('r4x', 'd41', 'o', 'competence', 'da', 'Autolakering og spotreparation', 'Vi lakerer skærme, døre og kofangere. Hurtig levering.');
L('r4o', 'd22', 'o', 'competence', 'da', 'Pulverlakering af fælge', 'Fælge sandblæses og pulverlakeres i valgfri farve.');
Q('rules', 'r4n', { r4o: 1 });

L('r5n', 'f08', 'n', 'premises', 'fi', 'Konehalli talvisäilytykseen', 'Tarvitaan tilaa kolmelle koneelle talveksi (puimuri, traktori, kylvökone).');
L('r5x', 'f23', 'o', 'premises', 'fi', 'Kylmä konehalli vapaana talveksi', 'Kylmä konehalli 400 m² vapaana lokakuusta huhtikuuhun.', { visibility: 'facilitators' });
L('r5x2', 'f32', 'o', 'premises', 'fi', 'Konehalli vuokralle', 'Konehallitilaa vuokralle talveksi, korkeat ovet.', { visibility: 'public' });
L('r5o', 'f14', 'o', 'premises', 'fi', 'Aidattu ulkovarastoalue', 'Aidattu ja valaistu ulkovarastoalue koneille ja tavaralle, 2000 m².');
Q('rules', 'r5n', { g3x2: 2, r5o: 1, g3o: 1 });

// ===== background: the everyday listings of the areas (not answers to anything in particular) =====
const BG = [
  ['d02', 'n', 'materials', 'da', 'Pallerammer og paller', 'Vi mangler EUR-paller, gerne brugte, ca. 50 om måneden.'],
  ['d04', 'o', 'materials', 'da', 'Brødkrummer og restbrød', 'Restbrød til dyrefoder kan afhentes dagligt.'],
  ['d05', 'o', 'equipment', 'da', 'Falsemaskine står stille', 'Vores falsemaskine bruges kun få timer om ugen.'],
  ['d06', 'o', 'competence', 'en', 'IT support and network setup', 'Small office networks, Microsoft 365, backups, Wi-Fi. Hourly or monthly.'],
  ['d07', 'o', 'capacity', 'da', 'Vinduespudsning for erhverv', 'Vi har plads til flere erhvervskunder på vinduesruten i Odsherred.'],
  ['d08', 'n', 'equipment', 'da', 'Sprøjte til leje', 'Mangler en marksprøjte i maj, vores er til reparation.'],
  ['d09', 'o', 'staff', 'da', 'Elektrikerlærling søger læreplads del 2', 'Vores lærling skal bruge et andet firma i 3 måneder til industriinstallationer.'],
  ['d10', 'o', 'materials', 'da', 'Træspåner og afskær', 'Spåner og afskær af eg og bøg kan hentes gratis.'],
  ['d13', 'o', 'capacity', 'da', 'Snerydning og saltning', 'Vi har plads til flere pladser og veje på vinterberedskabet.'],
  ['d14', 'n', 'staff', 'da', 'Lagermedarbejder med truckcertifikat', 'Søger lagermand på deltid, 20 t/uge.'],
  ['d16', 'o', 'competence', 'da', 'Syning af presenninger på mål', 'Vi syr presenninger, overdækninger og tasker efter mål.'],
  ['d17', 'o', 'materials', 'da', 'Mask fra bryggeriet', 'Våd mask til foder, ca. 300 kg om ugen – gratis mod afhentning.'],
  ['d18', 'o', 'materials', 'da', 'Frasorterede gulerødder', 'Gulerødder der ikke kan sælges i butik, til foder eller juice.'],
  ['d19', 'o', 'competence', 'da', 'TV-inspektion af kloak', 'Kloakinspektion med kamera og rapport.'],
  ['d20', 'o', 'capacity', 'da', 'VVS-service til erhverv', 'Vi har tid til serviceaftaler på varmeanlæg og kedler.'],
  ['d21', 'n', 'materials', 'da', 'Konstruktionstræ', 'Søger C24 konstruktionstræ, 45x195, ca. 300 m.'],
  ['d23', 'n', 'collaboration', 'da', 'Fælles messestand på Agromek?', 'Vil nogen dele stand og udgifter på Agromek?'],
  ['d26', 'n', 'staff', 'da', 'Kranfører med certifikat', 'Søger mobilkranfører til weekendvagter.'],
  ['d27', 'n', 'competence', 'en', 'Help with SEO for my website', 'Translator looking for someone to improve Google ranking.'],
  ['d28', 'n', 'premises', 'da', 'Lille kontor i Holbæk', 'Søger et lille kontor med parkering, 15-20 m2.'],
  ['d30', 'o', 'materials', 'da', 'Knust beton til vejfyld', 'Knust beton 0-32 mm, kan afhentes med egen bil.'],
  ['d34', 'o', 'materials', 'da', 'Vi henter metalskrot', 'Vi henter jern, kobber og aluminium hos virksomheder, container stilles op.'],
  ['d34', 'n', 'equipment', 'da', 'Containerbil til leje', 'Mangler en liftdumper/kroghejs til containere et par dage om måneden.'],
  ['d35', 'o', 'competence', 'da', 'Service på landbrugsmaskiner', 'Værksted med service og reservedele til traktorer og redskaber.'],
  ['d37', 'n', 'staff', 'da', 'Køkkenhjælp i weekender', 'Søger køkkenhjælp til fester i weekender, maj-september.'],
  ['d38', 'n', 'premises', 'da', 'Kontor til vikarbureau', 'Mangler et mødelokale til samtaler et par gange om ugen.'],
  ['d40', 'o', 'materials', 'da', 'Restparti terrassebrædder', 'Restparti trykimprægnerede terrassebrædder 28x120 til nedsat pris.'],
  ['d40', 'o', 'logistics', 'da', 'Levering af trælast med kranbil', 'Vi leverer byggematerialer med kranbil i hele Vestsjælland.'],
  ['d03', 'n', 'staff', 'da', 'Chauffør weekend', 'Søger weekendchauffør til kørsel med kølevogn.'],
  ['d41', 'n', 'materials', 'da', 'Slibepapir', 'Søger billig leverandør af slibepapir.'],
  ['s02', 'o', 'logistics', 'da', 'Ture til Sjælland', 'Fragt fra Midtjylland til Sjælland, pallegods.', { visibility: 'public' }],
  ['s03', 'o', 'capacity', 'da', 'Ledig tid på sprøjtestøbning', 'Sprøjtestøbemaskiner 80-250 t med ledig kapacitet.'],
  ['s04', 'o', 'capacity', 'da', 'CNC-fræsning af træ', 'Ledig CNC-tid til træ og plader.'],
  ['f01', 'o', 'capacity', 'fi', 'Sorvaus ja jyrsintä alihankintana', 'CNC-sorvi ja -jyrsin, pienet sarjat.'],
  ['f02', 'o', 'capacity', 'fi', 'Ruiskuvalua pienille sarjoille', 'Ruiskuvalukoneissa vapaata kapasiteettia, 50-200 t.'],
  ['f04', 'o', 'materials', 'fi', 'Ylijäämäleipää', 'Päivän vanhaa leipää eläinten rehuksi.'],
  ['f05', 'o', 'capacity', 'fi', 'Digipainoa nopeasti', 'Esitteet, käyntikortit ja julisteet seuraavaksi päiväksi.'],
  ['f07', 'o', 'capacity', 'fi', 'Toimistosiivous', 'Vapaita vuoroja toimistojen ja hallien siivoukseen.'],
  ['f11', 'n', 'materials', 'fi', 'Jäteöljyn nouto', 'Tarvitaan jäteöljyn ja suodattimien säännöllinen nouto.'],
  ['f12', 'n', 'competence', 'fi', 'Kotisivujen päivitys', 'Tilitoimisto tarvitsee apua kotisivujen päivitykseen.'],
  ['f13', 'o', 'capacity', 'fi', 'Harvennushakkuut', 'Harvesterilla vapaata kapasiteettia talvella.'],
  ['f16', 'o', 'competence', 'fi', 'Ilmalämpöpumppujen huolto', 'Ilmalämpöpumppujen ja kylmälaitteiden huollot.'],
  ['f17', 'o', 'logistics', 'fi', 'Tilausajot ja taksi', 'Taksi ja tilausajot 8-16 hengelle, myös lentokenttäkuljetukset.'],
  ['f19', 'o', 'competence', 'fi', 'Käännökset ruotsiksi ja englanniksi', 'Tekniset käännökset ja asiakirjat ruotsi/englanti.'],
  ['f20', 'n', 'staff', 'fi', 'Nosturinkuljettaja viikonloppuihin', 'Tarvitaan ajokortillinen nosturinkuljettaja viikonloppuihin.'],
  ['f21', 'o', 'materials', 'fi', 'Purua ja kuorikatetta', 'Sahanpurua kuivikkeeksi ja kuorikatetta pihoihin.'],
  ['f23', 'n', 'materials', 'fi', 'Eristevilla yhteistoimitus', 'Tarvitaan mineraalivillaa 2 omakotitalon työmaalle syksyllä.'],
  ['f27', 'n', 'premises', 'fi', 'Koulutustila 15 hengelle', 'Tarvitaan koulutustila kursseille kerran kuussa.'],
  ['f28', 'o', 'logistics', 'fi', 'Romunkeräys yrityksiltä', 'Haemme metalliromun, akut ja kaapelit yrityksiltä.'],
  ['f30', 'n', 'materials', 'fi', 'Aaltopahvi', 'Tarvitaan aaltopahviarkkeja isompi erä edullisesti.'],
  ['f32', 'o', 'premises', 'fi', 'Varastotilaa Oulussa', 'Lämmintä varastotilaa Oulun satamassa.', { visibility: 'public' }],
];
BG.forEach(([co, k, cat, lang, title, desc, extra], i) => L(`bg${i + 1}`, co, k, cat, lang, title, desc, extra ?? {}));

// ---------- build ----------
const coIds = shuffle(COMPANIES.map((c) => c[0]));
const coRef = new Map(coIds.map((id, i) => [id, `co-${String(i + 1).padStart(3, '0')}`]));
const liIds = shuffle(LISTINGS.map((l) => l.id));
const liRef = new Map(liIds.map((id, i) => [id, `l-${String(i + 1).padStart(3, '0')}`]));
const jitter = () => (rnd() - 0.5) * 0.02;

const companies = COMPANIES.map(([id, name, country, nace, employees, postcode, street, networks, languages]) => {
  const pc = POST[country].get(postcode);
  if (!pc) throw new Error(`unknown postcode ${country} ${postcode}`);
  for (const n of nace) if (!NACE.has(n)) throw new Error(`unknown NACE ${n}`);
  return {
    ref: coRef.get(id),
    name,
    country,
    registrationNumber: country === 'DK' ? cvr() : ytunnus(),
    nace,
    employees,
    address: { street, postcode, city: pc.name },
    location: { lat: +(pc.lat + jitter()).toFixed(5), lng: +(pc.lng + jitter() * 2).toFixed(5) },
    languages,
    networks,
  };
}).sort((a, b) => a.ref.localeCompare(b.ref));
const coById = new Map(COMPANIES.map((c, i) => [c[0], { raw: c, out: companies.find((x) => x.ref === coRef.get(c[0])) }]));

const untilChoices = ['2028-06-30', '2028-12-31', '2029-03-31', undefined, undefined];
const listings = LISTINGS.map((l) => {
  const out = {
    ref: liRef.get(l.id),
    company: coRef.get(l.co),
    kind: l.kind,
    category: l.category,
    title: l.title,
    description: l.description,
  };
  if (l.quantity) (out.quantity = l.quantity), (out.unit = l.unit);
  if (l.availableFrom) out.availableFrom = l.availableFrom;
  const until = l.availableUntil ?? untilChoices[Math.floor(rnd() * untilChoices.length)];
  if (until) out.availableUntil = until;
  out.visibility = l.visibility ?? (rnd() < 0.3 ? 'public' : 'network');
  out.status = l.status ?? 'open';
  out.language = l.language;
  return out;
}).sort((a, b) => a.ref.localeCompare(b.ref));
const byId = new Map(LISTINGS.map((l) => [l.id, { raw: l, out: listings.find((x) => x.ref === liRef.get(l.id)) }]));

// ---------- checks ----------
const km = (a, b) => {
  const R = 6371, r = Math.PI / 180;
  const dLat = (b.lat - a.lat) * r, dLng = (b.lng - a.lng) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLng / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
};
const active = (o) => o.status === 'open' && (!o.availableUntil || o.availableUntil >= '2026-12-07');
const problems = [];
for (const q of QUERIES) {
  const n = byId.get(q.need);
  if (!n) problems.push(`unknown need ${q.need}`);
  else if (n.out.kind !== 'need' || !active(n.out)) problems.push(`need ${q.need} not an open active need`);
  const nco = coById.get(n.raw.co);
  for (const [g, grade] of Object.entries(q.grades)) {
    const p = byId.get(g);
    if (!p) { problems.push(`${q.need}: unknown graded ${g}`); continue; }
    const pco = coById.get(p.raw.co);
    const shared = nco.raw[7].filter((x) => pco.raw[7].includes(x));
    const inNet = shared.some((nw) => km(NETWORKS.find((x) => x.ref === nw).center, pco.out.location) <= NETWORKS.find((x) => x.ref === nw).radiusKm);
    const visible = p.out.visibility === 'public' || (p.out.visibility === 'network' && shared.length > 0);
    if (!active(p.out) || p.raw.co === n.raw.co || !visible || !inNet) problems.push(`${q.need}: graded ${g} (${grade}) breaks a rule`);
  }
}
for (const c of companies) for (const nw of c.networks) {
  const N = NETWORKS.find((x) => x.ref === nw);
  const d = km(N.center, c.location);
  if (d > N.radiusKm) problems.push(`${c.name} is ${d.toFixed(1)} km from ${nw}`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}

const exchange = { format: 'industrivej/v1', networks: NETWORKS, companies, listings };
const key = {
  set: 'blind-e',
  description:
    'Blind set written 2026-12-07 by a helper who has not seen the engine, its vocabulary or the other sets. Two active networks (Vestsjælland DK, Etelä-Pohjanmaa FI) plus a far Danish network; owner-style da/fi/en wording; distractors: closed, paused, expired, same firm, facilitators-only, outside-network and far listings, lookalike decoys, generic-overlap candidates and co-needers. Generated by build.mjs, seed ' +
    SEED +
    '.',
  queries: QUERIES.map((q) => ({
    need: liRef.get(q.need),
    class: q.class,
    grades: Object.fromEntries(Object.entries(q.grades).map(([k, v]) => [liRef.get(k), v])),
  })),
};
fs.writeFileSync(path.join(HERE, 'exchange.json'), JSON.stringify(exchange, null, 2) + '\n');
fs.writeFileSync(path.join(HERE, 'key.json'), JSON.stringify(key, null, 2) + '\n');
const per = {};
for (const q of QUERIES) per[q.class] = (per[q.class] ?? 0) + 1;
console.log(`seed ${SEED}: ${companies.length} companies, ${listings.length} listings, ${QUERIES.length} queries`, per);

// The domain thesaurus: concept groups of Danish, Finnish and English words that mean the same
// thing to a small industrial firm. Two listings that share a concept are about the same thing
// whatever language or inflection they are written in. Terms are written naturally (with æøå/äö)
// and folded once by the loader; a term matches a word that *starts* with it (so a stem such as
// "svejs" covers svejsning/svejser/svejse), except terms shorter than 4 letters, which must match
// a whole word ("el", "it", "cnc") because as prefixes they would match almost anything.
// Extend by adding a group or a term here (or pass extra groups to buildThesaurus).
import type { UiLocale } from '@/db/schema';
import { normalizeText } from '@/lib/search/normalize';

export interface ConceptGroup {
  id: string;
  labels: Record<UiLocale, string>;
  terms: string[];
}

const g = (id: string, en: string, da: string, fi: string, terms: string): ConceptGroup => ({
  id,
  labels: { en, da, fi },
  terms: terms.split(',').map((t) => t.trim()).filter(Boolean),
});

export const CONCEPT_GROUPS: ConceptGroup[] = [
  g('plastic', 'plastic', 'plast', 'muovi', 'plast, plastik, kunststof, muovi, plastic, polymer, polymeeri'),
  g('injection-moulding', 'injection moulding', 'sprøjtestøbning', 'ruiskuvalu', 'sprøjtestøb, sprøjtestøbning, ruiskuvalu, ruiskupuristus, injection mould, injection mold, moulding, molding'),
  g('welding', 'welding', 'svejsning', 'hitsaus', 'svejs, svejsning, svejser, hitsa, hitsaus, hitsaaja, weld, welding, welder, tig'),
  g('powder-coating', 'powder coating', 'pulverlakering', 'jauhemaalaus', 'pulverlak, pulverlakering, jauhemaala, jauhemaalaus, powder coat, powdercoat'),
  g('painting', 'painting', 'maling', 'maalaus', 'maling, male, lakering, overfladebehandling, maalaus, maalaa, pintakäsittely, paint, painting, surface treatment, finishing'),
  g('staff', 'staff', 'medarbejder', 'työntekijä', 'medarbejder, ansat, ansatte, personale, kollega, assistent, vikar, lærling, arbejdskraft, työntekijä, henkilöstö, henkilökunta, avustaja, harjoittelija, työvoima, staff, employee, assistant, worker, personnel, apprentice, temp'),
  g('export', 'export', 'eksport', 'vienti', 'eksport, udlandet, vienti, vientiassistentti, ulkomaankauppa, export, exporter, international sales'),
  g('german', 'German', 'tysk', 'saksa', 'tysk, tyskland, tysktalende, saksa, saksan, saksankiel, german, germany'),
  g('english-language', 'English', 'engelsk', 'englanti', 'engelsk, englanti, englannin, english'),
  g('transport', 'transport', 'transport', 'kuljetus', 'transport, fragt, kørsel, vognmand, levering, distribution, kuljetus, kuljet, rahti, logistiikka, toimitus, jakelu, haulage, freight, delivery, shipping, logistics, trucking, lorry'),
  g('storage', 'storage', 'lager', 'varasto', 'lager, lagerplads, opbevaring, pallepladser, palleplads, lagerhal, varasto, varastotila, säilytys, storage, warehouse, warehousing, store room'),
  g('forklift', 'forklift', 'gaffeltruck', 'trukki', 'truck, gaffeltruck, truckfører, trukki, haarukkatrukki, trukinkuljettaja, forklift, lift truck'),
  g('electricity', 'electricity', 'el', 'sähkö', 'el, strøm, elektricitet, elpris, energi, sähkö, sähkön, energia, electricity, power, energy'),
  g('electrician', 'electrical work', 'el-arbejde', 'sähkötyö', 'elektriker, elinstallation, sähköasentaja, sähkötyö, electrician, electrical installation'),
  g('steel', 'steel', 'stål', 'teräs', 'stål, rustfri, jern, teräs, teräks, rautaa, steel, stainless, iron'),
  g('aluminium', 'aluminium', 'aluminium', 'alumiini', 'aluminium, alu, alumiini, aluminum'),
  g('sheet-metal', 'sheet metal', 'pladearbejde', 'ohutlevy', 'plade, pladearbejde, kantbuk, bukning, laserskæring, ohutlevy, levyty, särmäys, laserleikkaus, sheet metal, bending, laser cutting'),
  g('machining', 'machining', 'bearbejdning', 'koneistus', 'cnc, fræs, fræsning, drejning, drejer, spåntagning, maskinbearbejdning, koneistus, koneista, jyrsin, jyrsintä, sorvaus, sorvi, machining, milling, turning, lathe'),
  g('wood', 'wood', 'træ', 'puu', 'træ, tømmer, snedker, tømrer, møbel, puu, puutavara, puusepp, sahatavara, wood, timber, lumber, carpentry, joinery'),
  g('pallets', 'pallets', 'paller', 'lavat', 'palle, paller, europalle, lava, lavat, kuormalava, pallet, pallets'),
  g('packaging', 'packaging', 'emballage', 'pakkaus', 'emballage, pakning, indpakning, karton, pap, pakkaus, pakkaa, pahvi, packaging, packing, carton, cardboard'),
  g('cleaning', 'cleaning', 'rengøring', 'siivous', 'rengøring, vask, siivous, siivo, puhdistus, cleaning, cleaner, janitorial'),
  g('accounting', 'accounting', 'regnskab', 'kirjanpito', 'regnskab, bogføring, bogholder, revisor, løn, kirjanpito, kirjanpitäjä, tilitoimisto, palkanlaskenta, accounting, bookkeeping, bookkeeper, payroll, accountant'),
  g('it', 'IT and software', 'it og software', 'IT ja ohjelmistot', 'it, software, edb, hjemmeside, ohjelmisto, tietotekniikka, verkkosivu, website, computer'),
  g('tender', 'tenders', 'udbud', 'tarjouskilpailu', 'tilbud, udbud, licitation, tarjous, tarjouskilpailu, hankinta, kilpailutus, tender, bid, procurement'),
  g('consortium', 'consortium', 'konsortium', 'konsortio', 'konsortium, samarbejde, partnerskab, fællesprojekt, konsortio, yhteistyö, kumppanuus, consortium, partnership, joint venture, collaboration'),
  g('joint-purchasing', 'joint purchasing', 'fælles indkøb', 'yhteishankinta', 'indkøb, fællesindkøb, samkøb, indkøbsfællesskab, yhteishankinta, hankinta, ostot, yhteisosto, purchasing, joint purchase, bulk buying, procurement'),
  g('marketing', 'marketing', 'markedsføring', 'markkinointi', 'markedsføring, salg, reklame, markkinointi, myynti, mainonta, marketing, sales, advertising'),
  g('laboratory', 'laboratory', 'laboratorium', 'laboratorio', 'laboratorium, testning, måling, kvalitetskontrol, laboratorio, testaus, mittaus, laadunvalvonta, laboratory, testing, measurement, quality control'),
  g('certification', 'certification', 'certificering', 'sertifiointi', 'certificering, iso, kvalitetsstyring, sertifiointi, laatujärjestelmä, certification, quality management'),
  g('premises', 'premises', 'lokaler', 'toimitilat', 'lokale, lokaler, hal, værksted, kontor, erhvervslokale, toimitila, halli, verstas, toimisto, premises, workshop, hall, office space'),
  g('machine', 'machinery', 'maskiner', 'koneet', 'maskine, maskiner, udstyr, værktøj, kone, koneet, laite, laitteet, työkalu, machine, machinery, equipment, tool'),
  g('crane', 'crane', 'kran', 'nosturi', 'kran, lift, hejs, nosturi, henkilönostin, crane, hoist, aerial platform'),
  g('van', 'van', 'varebil', 'pakettiauto', 'varebil, lastbil, trailer, kassevogn, pakettiauto, kuorma-auto, peräkärry, van, truck trailer, lorry'),
  g('food', 'food', 'fødevarer', 'elintarvikkeet', 'fødevare, fødevarer, levnedsmiddel, bageri, slagteri, elintarvike, ruoka, leipomo, food, bakery, catering'),
  g('cold-storage', 'cold storage', 'kølerum', 'kylmävarasto', 'køl, kølerum, frys, fryserum, kylmä, kylmävarasto, pakastin, cold storage, refrigerat, freezer'),
  g('textiles', 'textiles', 'tekstil', 'tekstiili', 'tekstil, stof, syning, tekstiili, kangas, ompelu, textile, fabric, sewing'),
  g('concrete', 'concrete', 'beton', 'betoni', 'beton, betoni, concrete, cement, sementti'),
  g('glass', 'glass', 'glas', 'lasi', 'glas, lasi, glass, glazing'),
  g('recycling', 'recycling and waste', 'genbrug og affald', 'kierrätys ja jäte', 'genbrug, affald, restprodukt, spild, skrot, overskud, kierrätys, jäte, ylijäämä, romu, recycling, waste, scrap, surplus, leftover'),
  g('design', 'design and drawing', 'design og tegning', 'suunnittelu', 'design, konstruktion, tegning, cad, suunnittelu, piirustus, drawing, engineering'),
  g('training', 'training', 'uddannelse', 'koulutus', 'uddannelse, kursus, oplæring, koulutus, kurssi, perehdytys, training, course'),
  g('assembly', 'assembly', 'montage', 'kokoonpano', 'montage, montering, samling, kokoonpano, asennus, assembly, installation, fitting'),
  g('3d-printing', '3D printing', '3D-print', '3D-tulostus', '3d, 3dprint, additiv, tulostus, additive manufacturing'),
  g('electronics', 'electronics', 'elektronik', 'elektroniikka', 'elektronik, print, elektroniikka, piirilevy, electronics, pcb'),
  g('hydraulics', 'hydraulics', 'hydraulik', 'hydrauliikka', 'hydraulik, pneumatik, hydrauliikka, pneumatiikka, hydraulics, pneumatics'),
  g('automation', 'automation', 'automation', 'automaatio', 'automation, automatisering, robot, plc, automaatio, robotti, automate, robotics'),
  g('legal', 'legal advice', 'juridisk rådgivning', 'lakipalvelut', 'advokat, jura, juridisk, kontrakt, asianajaja, lakimies, sopimus, lawyer, legal, contract'),
];

/** Parts of compound words that carry no concept of their own but must be recognised so that the
 * rest of the word can be found ("plastemner" = plast + emner, "…anlæg", "…assistent"). */
export const COMPOUND_PARTS = [
  'emne', 'emner', 'anlæg', 'plads', 'pladser', 'opgave', 'opgaver', 'arbejde', 'del', 'dele', 'firma', 'kunde', 'kunder',
  'talende', 'kyndig', 'service', 'leverandør', 'timer', 'kapacitet', 'linje', 'hal', 'rum', 'materiale', 'materialer', 'vare', 'varer',
  'kone', 'työ', 'tila', 'palvelu', 'osa', 'osat', 'linja', 'kapasiteetti', 'aine', 'tuote', 'tuotteet', 'puhuva', 'taitoinen',
  'assistent', 'assistentti', 'medarbejder', 'mand', 'folk',
];

export interface Thesaurus {
  groups: Map<string, ConceptGroup>;
  /** Folded term → concept ids (a term can belong to several groups, e.g. "hankinta"). */
  terms: Map<string, string[]>;
  /** Every folded vocabulary stem (terms and compound parts), longest first, for splitting. */
  stems: string[];
  /** The same stems by their first two letters: splitting a word looks only at stems that can
   * start at each position (~20 instead of ~700). */
  stemsByPrefix: Map<string, string[]>;
}

/** Folded form of a term: lower case, accents folded like the search (æ→ae, ø→o, ä→a),
 * spaces and hyphens removed so "powder coat" also matches the compound "powdercoating". */
export const foldTerm = (t: string) => normalizeText(t).replace(/[\s-]+/g, '');

export function buildThesaurus(groups: readonly ConceptGroup[] = CONCEPT_GROUPS, parts: readonly string[] = COMPOUND_PARTS): Thesaurus {
  const terms = new Map<string, string[]>();
  for (const group of groups) {
    for (const term of group.terms) {
      const f = foldTerm(term);
      const ids = terms.get(f) ?? [];
      if (!ids.includes(group.id)) ids.push(group.id);
      terms.set(f, ids);
    }
  }
  const stems = [...new Set([...terms.keys(), ...parts.map(foldTerm)])].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const stemsByPrefix = new Map<string, string[]>();
  for (const s of stems) {
    const key = s.slice(0, 2);
    stemsByPrefix.set(key, [...(stemsByPrefix.get(key) ?? []), s]);
  }
  return { groups: new Map(groups.map((gr) => [gr.id, gr])), terms, stems, stemsByPrefix };
}

let defaultThesaurus: Thesaurus | undefined;
export function thesaurus(): Thesaurus {
  return (defaultThesaurus ??= buildThesaurus());
}

export function conceptLabel(id: string, locale: UiLocale, th: Thesaurus = thesaurus()): string {
  return th.groups.get(id)?.labels[locale] ?? id;
}

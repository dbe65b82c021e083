// Offers and needs of the demo area, part A (metal, plastics, transport, food, building trades).
// Several are written as complementary pairs on purpose, so that the matching engine has real
// work to do (see the pairs noted in scripts/build-demo-area.ts).
import type { DemoListing } from './types';

export const LISTINGS_A: DemoListing[] = [
  // Regstrup Smede- og Maskinværksted
  {
    co: 'regstrup-smedje', kind: 'need', cat: 'capacity',
    title: 'Underleverandør til sprøjtestøbte plastdele',
    desc: 'Vores kunder vil have plastendestykker og håndlister i plast på gelændersystemerne. Vi søger en lokal plastvirksomhed, der kan sprøjtestøbe 3–4 forskellige emner, gerne med hjælp til værktøjet. Forventet ca. 5.000 stk. om året.',
    q: 5000, u: 'stk./år', from: '2027-01-01', until: '2027-12-31', vis: 'public',
  },
  {
    co: 'regstrup-smedje', kind: 'offer', cat: 'capacity',
    title: 'Ledig svejsekapacitet (MIG/MAG og TIG)',
    desc: 'To svejsere har ledige timer i de kommende måneder. Vi tager både enkeltstyk og serier i sort stål og rustfrit, gerne efter jeres tegning.',
    q: 20, u: 'timer/uge', from: '2026-12-01', until: '2027-04-30',
  },
  {
    co: 'regstrup-smedje', kind: 'need', cat: 'staff', themes: ['eksport-tyskland'],
    title: 'Tysktalende eksportassistent på deltid – gerne delt med en anden virksomhed',
    desc: 'Vi får flere henvendelser fra Nordtyskland, men har ikke arbejde nok til en fuldtidsstilling. Vi søger en medarbejder, der taler og skriver tysk, til tilbud, ordrebekræftelser og kundekontakt ca. 15 timer om ugen. Vi vil meget gerne dele en stilling med en anden virksomhed på Industrivej.',
    q: 15, u: 'timer/uge', from: '2027-01-01', until: '2027-12-31',
  },
  {
    co: 'regstrup-smedje', kind: 'need', cat: 'purchasing', themes: ['faelles-indkoeb'],
    title: 'Fælles indkøb af konstruktionsstål (S235/S355)',
    desc: 'Vi køber ca. 40 ton plader, profiler og rør om året. Sammen med andre smede og maskinværksteder kan vi få bedre priser og fælles levering fra grossisten.',
    q: 40, u: 'ton/år', from: '2027-01-01', until: '2027-12-31',
  },
  {
    co: 'regstrup-smedje', kind: 'offer', cat: 'equipment',
    title: 'Kantpresse 3 m (100 t) kan lejes med operatør',
    desc: 'Vores kantpresse står stille en del af ugen. I kan leje den med vores operatør til bukning af plader op til 3 meter og 8 mm stål.',
    q: 8, u: 'timer/uge', from: '2026-12-01', until: '2027-06-30', vis: 'public',
  },
  {
    co: 'regstrup-smedje', kind: 'need', cat: 'logistics',
    title: 'Ugentlig transport af færdige emner til København',
    desc: 'Vi leverer hver uge 3–4 paller gelændere og trappedele til kunder i Storkøbenhavn (Glostrup, Valby og Amager). Søger en fast vognmand eller samkørsel med andre.',
    q: 4, u: 'paller/uge', from: '2026-12-01', until: '2027-12-31', vis: 'public',
  },
  {
    co: 'regstrup-smedje', kind: 'need', cat: 'capacity',
    title: 'Pulverlakering af gelændere og trapper tæt på',
    desc: 'Vi kører i dag emner til lakering i Roskilde. En lakering i nærområdet vil spare os for mange kilometer. Emnerne er op til 4,5 meter lange.',
    q: 120, u: 'm²/måned', from: '2027-01-01', until: '2027-12-31',
  },

  // Regstrup Plast
  {
    co: 'regstrup-plast', kind: 'offer', cat: 'capacity',
    title: 'Ledig kapacitet på sprøjtestøbemaskiner (50–250 t)',
    desc: 'Vi har ledig maskintid på tre sprøjtestøbemaskiner fra januar, bl.a. fordi en stor ordre er flyttet ud af landet. Vi støber i PP, PE, ABS og PA og kan hjælpe med værktøj hos vores faste værktøjsmager.',
    q: 40, u: 'timer/uge', from: '2027-01-01', until: '2027-09-30', vis: 'public',
  },
  {
    co: 'regstrup-plast', kind: 'offer', cat: 'competence',
    title: 'Hjælp til design af plastdele – fra skitse til værktøj',
    desc: 'Har I en metaldel, der kunne laves lettere og billigere i plast? Vores konstruktør hjælper med materialevalg, udformning og prisoverslag.',
    from: '2026-12-01', until: '2027-12-31',
  },
  {
    co: 'regstrup-plast', kind: 'need', cat: 'staff', themes: ['eksport-tyskland'],
    title: 'Medarbejder med tysk til salg og kundeservice, ca. 15 timer om ugen',
    desc: 'Halvdelen af vores forespørgsler kommer nu fra Tyskland. Vi mangler en person, der kan tage telefonen, skrive tilbud og følge op på tysk. Vi er åbne for at dele medarbejderen med en anden virksomhed.',
    q: 15, u: 'timer/uge', from: '2027-02-01', until: '2027-12-31',
  },
  {
    co: 'regstrup-plast', kind: 'need', cat: 'purchasing', themes: ['faelles-indkoeb'],
    title: 'Fælles elaftale for virksomhederne på Industrivej',
    desc: 'Maskinerne bruger ca. 450 MWh om året. Vi vil gerne gå sammen med andre om en fælles elaftale og evt. et fælles solcelleanlæg.',
    q: 450, u: 'MWh/år', from: '2027-01-01', until: '2027-12-31',
  },
  {
    co: 'regstrup-plast', kind: 'offer', cat: 'materials', themes: ['groen-omstilling'],
    title: 'Overskydende plastgranulat (PP og ABS)',
    desc: 'Ca. 2 ton restpartier af granulat i originale sække, bl.a. sort PP og natur ABS. Sælges billigt eller byttes.',
    q: 2, u: 'ton', from: '2026-11-01', until: '2027-03-31',
  },
  {
    co: 'regstrup-plast', kind: 'need', cat: 'logistics', themes: ['eksport-tyskland'],
    title: 'Samlast til Hamborg-området hver måned',
    desc: 'Vi sender ca. 6 paller om måneden til kunder syd for Hamborg og søger samlast med andre virksomheder eller en vognmand, der kører fast derned.',
    q: 6, u: 'paller/måned', from: '2027-01-01', until: '2027-12-31',
  },

  // Holbæk Fragt & Logistik
  {
    co: 'holbaek-fragt', kind: 'offer', cat: 'logistics',
    title: 'Ledig plads på daglige ture Holbæk–Storkøbenhavn',
    desc: 'Vores biler kører hver morgen fra Holbæk til København og Vestegnen og har ofte plads til 10–12 paller. Vi henter hos jer i Regstrup, Holbæk og Tølløse.',
    q: 12, u: 'paller/dag', from: '2026-12-01', until: '2027-12-31', vis: 'public',
  },
  {
    co: 'holbaek-fragt', kind: 'offer', cat: 'logistics', themes: ['eksport-tyskland'],
    title: 'Returlæs fra og til Hamborg tirsdag og torsdag',
    desc: 'Vi kører fast til Hamborg to gange om ugen. Der er plads til gods begge veje, også enkelte paller.',
    q: 10, u: 'paller/tur', from: '2026-12-01', until: '2027-12-31',
  },
  {
    co: 'holbaek-fragt', kind: 'need', cat: 'premises',
    title: 'Parkering til sættevogne og trailere',
    desc: 'Vi mangler en indhegnet plads til 3 sættevogne og en trailer tæt på Holbæk eller Regstrup. Gerne med adgang døgnet rundt.',
    q: 600, u: 'm²', from: '2027-01-01', until: '2027-12-31', vis: 'public',
  },
  {
    co: 'holbaek-fragt', kind: 'need', cat: 'staff', status: 'closed',
    title: 'Chauffør med C/E-kørekort som afløser',
    desc: 'Afløser til ferie og spidsbelastning, ca. 2–3 dage om ugen.',
    q: 20, u: 'timer/uge', from: '2026-09-01', until: '2027-03-31',
  },
  {
    co: 'holbaek-fragt', kind: 'offer', cat: 'equipment',
    title: 'Lastbil med kran til tunge løft – med chauffør',
    desc: 'Kranbil med 20 tm kran til flytning af maskiner, containere og elementer. Kan bookes med en dags varsel.',
    from: '2026-12-01', until: '2027-12-31',
  },
  {
    co: 'holbaek-fragt', kind: 'need', cat: 'purchasing', themes: ['faelles-indkoeb', 'groen-omstilling'],
    title: 'Fælles indkøb af HVO-diesel',
    desc: 'Vi vil skifte til HVO, men prisen er høj ved små mængder. Er der andre med lastbiler, traktorer eller maskiner, der vil købe sammen?',
    q: 180, u: 'm³/år', from: '2027-01-01', until: '2027-12-31',
  },

  // Mørkøv Pulverlakering
  {
    co: 'moerkoev-pulverlak', kind: 'offer', cat: 'capacity',
    title: 'Ledig kapacitet i pulverlakeringsanlæg',
    desc: 'Vores ovn (6 × 2 × 2 m) har ledig kapacitet to dage om ugen. Vi sandblæser og pulverlakerer i alle RAL-farver, også små serier.',
    q: 25, u: 'timer/uge', from: '2026-12-01', until: '2027-12-31', vis: 'public',
  },
  {
    co: 'moerkoev-pulverlak', kind: 'need', cat: 'purchasing', themes: ['faelles-indkoeb'],
    title: 'Fælles elaftale – ovnen er vores største udgift',
    desc: 'Hærdeovnen bruger meget strøm. Vi er interesseret i at købe el sammen med andre og flytte forbruget til nattetimer.',
    q: 160, u: 'MWh/år', from: '2027-01-01', until: '2027-12-31',
  },
  {
    co: 'moerkoev-pulverlak', kind: 'need', cat: 'competence', themes: ['groen-omstilling'],
    title: 'Rådgivning om energioptimering af hærdeovn',
    desc: 'Vi vil gerne have en energigennemgang af ovn og kompressor og høre om varmegenvinding.',
    from: '2027-01-01', until: '2027-06-30',
  },
  {
    co: 'moerkoev-pulverlak', kind: 'need', cat: 'logistics',
    title: 'Afhentning af emner hos kunder i Holbæk og Regstrup',
    desc: 'Vi søger en vognmand, der to gange om ugen kan hente og bringe emner mellem kunderne og os.',
    q: 2, u: 'ture/uge', from: '2027-01-01', until: '2027-12-31',
  },

  // Jyderup CNC-Teknik
  {
    co: 'jyderup-cnc', kind: 'offer', cat: 'capacity',
    title: '5-akset CNC-fræsning – ledige timer om natten',
    desc: 'Vores 5-aksede fræser kører ubemandet om natten og har ledig kapacitet. Velegnet til serier i aluminium og stål op til 500 × 400 × 400 mm.',
    q: 30, u: 'timer/uge', from: '2026-12-01', until: '2027-08-31',
  },
  {
    co: 'jyderup-cnc', kind: 'need', cat: 'staff',
    title: 'CNC-operatør til aftenhold – kan deles med anden virksomhed',
    desc: 'Vi søger en erfaren operatør 20 timer om ugen. Hvis en nabovirksomhed også mangler, kan vi dele en fuldtidsstilling.',
    q: 20, u: 'timer/uge', from: '2027-01-01', until: '2027-12-31',
  },
  {
    co: 'jyderup-cnc', kind: 'need', cat: 'purchasing', themes: ['faelles-indkoeb'],
    title: 'Fælles indkøb af aluminium og rustfrit stål',
    desc: 'Rundstang og plader i aluminium 6082 og rustfrit 316L. Ca. 8 ton om året – vi søger nogen at købe sammen med.',
    q: 8, u: 'ton/år', from: '2027-01-01', until: '2027-12-31',
  },
  {
    co: 'jyderup-cnc', kind: 'offer', cat: 'competence',
    title: 'CAM-programmering og hjælp til tegninger',
    desc: 'Vi hjælper med at gøre jeres skitser produktionsklare, og med 3D-modeller og tolerancer.',
    from: '2026-12-01', until: '2027-12-31',
  },

  // Tølløse Landbrugsmaskiner
  {
    co: 'toelloese-landbrugsmaskiner', kind: 'need', cat: 'capacity',
    title: 'Pulverlakering af maskindele op til 5 meter',
    desc: 'Før sæsonen har vi brug for lakering af rammer og skærme, ca. 300 emner fra januar til marts. Søger en lakering i nærheden.',
    q: 300, u: 'emner', from: '2027-01-04', until: '2027-03-31', vis: 'public',
  },
  {
    co: 'toelloese-landbrugsmaskiner', kind: 'need', cat: 'capacity',
    title: 'Underleverandør til bukning og svejsning af beslag',
    desc: 'Vi søger en smed, der kan bukke og svejse beslag og holdere i små serier (50–200 stk.).',
    q: 15, u: 'timer/uge', from: '2027-01-01', until: '2027-06-30',
  },
  {
    co: 'toelloese-landbrugsmaskiner', kind: 'offer', cat: 'premises',
    title: 'Ledig lagerhal på 400 m² i Tølløse',
    desc: 'Uopvarmet hal med port til lastbil og betongulv. Kan lejes hele eller delvis, fra 100 m².',
    q: 400, u: 'm²', from: '2027-01-01', until: '2027-12-31', vis: 'public',
  },
  {
    co: 'toelloese-landbrugsmaskiner', kind: 'need', cat: 'collaboration', themes: ['eksport-tyskland'],
    title: 'Partnere til fælles stand på Agritechnica 2027 i Hannover',
    desc: 'En stand på messen er dyr for én virksomhed. Vi søger 2–3 virksomheder med produkter til landbruget, der vil dele stand, transport og overnatning.',
    from: '2027-03-01', until: '2027-11-30',
  },
  {
    co: 'toelloese-landbrugsmaskiner', kind: 'offer', cat: 'equipment',
    title: 'Teleskoplæsser kan lånes i weekender',
    desc: 'Vores teleskoplæsser (3,5 t, 9 m) står stille fra fredag til mandag. Lejes ud til naboer mod betaling.',
    from: '2026-12-01', until: '2027-12-31',
  },
  {
    co: 'toelloese-landbrugsmaskiner', kind: 'need', cat: 'premises', vis: 'facilitators',
    title: 'Overvejer større produktionshal i området (fortroligt)',
    desc: 'Vi er ved at vokse ud af vores nuværende lokaler og ser på en hal på 2.000–3.000 m² i Holbæk Kommune. Må ikke deles bredt endnu.',
    q: 2500, u: 'm²', from: '2027-06-01', until: '2027-12-31',
  },

  // Bageriet i Regstrup
  {
    co: 'regstrup-bageri', kind: 'need', cat: 'logistics',
    title: 'Udbringning til butikker i Holbæk kl. 5–7',
    desc: 'Vi søger en til at køre brød ud til 6 butikker og 2 kantiner tidligt om morgenen, evt. som samkørsel med en anden.',
    q: 6, u: 'ture/uge', from: '2026-08-01', until: '2026-10-31',
  },
  {
    co: 'regstrup-bageri', kind: 'offer', cat: 'materials', themes: ['groen-omstilling'],
    title: 'Overskudsbrød dagligt – til dyrefoder eller videre brug',
    desc: 'Hver dag har vi 20–40 kg brød fra dagen før. Vi giver det gerne til dyrefoder, et bryggeri eller en fødevarebank.',
    q: 30, u: 'kg/dag', from: '2026-12-01', until: '2027-12-31', vis: 'public',
  },
  {
    co: 'regstrup-bageri', kind: 'need', cat: 'premises',
    title: 'Kølerum på ca. 20 m² i nærheden',
    desc: 'Op til jul og påske mangler vi kølekapacitet til dej og råvarer. Gerne tæt på Regstrup.',
    q: 20, u: 'm²', from: '2026-12-01', until: '2027-04-30', vis: 'public',
  },
  {
    co: 'regstrup-bageri', kind: 'need', cat: 'purchasing',
    title: 'Fælles indkøb af fødevareemballage',
    desc: 'Poser, kageæsker og bakker i mindre mængder. Vi vil gerne købe sammen med andre fødevarevirksomheder og få lokalt trykt emballage.',
    from: '2027-01-01', until: '2027-12-31',
  },
];

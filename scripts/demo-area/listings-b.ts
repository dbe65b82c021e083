// Offers and needs of the demo area, part B (building trades, services, wood, food, green transition).
import type { DemoListing } from './types';

export const LISTINGS_B: DemoListing[] = [
  // Holbæk El-Service
  {
    co: 'holbaek-el', kind: 'offer', cat: 'competence', themes: ['groen-omstilling'],
    title: 'Energigennemgang og solceller på erhvervstage',
    desc: 'Vi gennemgår jeres elforbrug, finder de store forbrugere og regner på solceller og batteri. Fast pris for små virksomheder.',
    from: '2026-12-01', until: '2027-12-31', vis: 'public',
  },
  {
    co: 'holbaek-el', kind: 'need', cat: 'collaboration',
    title: 'Partnere til fælles tilbud på kommunalt udbud',
    desc: 'Holbæk Kommune sender renovering af daginstitutioner i udbud i foråret. Vi søger tømrer, VVS og tag til et lokalt konsortium, så vi kan byde samlet.',
    from: '2027-01-15', until: '2027-05-31', vis: 'public',
  },
  {
    co: 'holbaek-el', kind: 'need', cat: 'equipment',
    title: 'Lift (20–30 m) til lejlighedsvise opgaver',
    desc: 'Vi har brug for en lift til montage af belysning i haller nogle gange om måneden og vil hellere leje lokalt end købe.',
    q: 4, u: 'dage/måned', from: '2027-01-01', until: '2027-12-31',
  },
  {
    co: 'holbaek-el', kind: 'need', cat: 'staff',
    title: 'Praktikplads til elektrikerlærling – delt forløb',
    desc: 'Vi vil gerne tage en lærling mere, hvis en anden virksomhed kan tage en del af uddannelsen (automatik og tavlebygning).',
    from: '2027-08-01', until: '2027-12-31',
  },

  // Svinninge Tømrer & Snedker
  {
    co: 'svinninge-toemrer', kind: 'need', cat: 'collaboration',
    title: 'Konsortium til renovering af daginstitutioner',
    desc: 'Vi har kapacitet til tømrerdelen af kommunens kommende udbud, men ikke til hele opgaven alene. Søger el, VVS og tag.',
    from: '2027-01-15', until: '2027-05-31',
  },
  {
    co: 'svinninge-toemrer', kind: 'offer', cat: 'materials', themes: ['groen-omstilling'],
    title: 'Afskær af eg, ask og fyr – gratis ved afhentning',
    desc: 'Fra snedkerværkstedet har vi hver måned et par paller afskær i massivt træ. Velegnet til små møbler, opfyring eller hobby.',
    q: 2, u: 'paller/måned', from: '2026-12-01', until: '2027-12-31',
  },
  {
    co: 'svinninge-toemrer', kind: 'need', cat: 'premises',
    title: 'Overdækket oplag til træ, ca. 150 m²',
    desc: 'Vi mangler tør opbevaring af tømmer og plader i vinterhalvåret. Port til truck er et krav.',
    q: 150, u: 'm²', from: '2026-12-01', until: '2027-04-30',
  },
  {
    co: 'svinninge-toemrer', kind: 'need', cat: 'staff', status: 'closed',
    title: 'Tømrersvend i 3 måneder',
    desc: 'Ekstra hænder til en stor tagopgave i foråret.',
    from: '2027-03-01', until: '2027-05-31',
  },

  // VVS-Huset Regstrup
  {
    co: 'regstrup-vvs', kind: 'offer', cat: 'collaboration',
    title: 'Vi byder gerne med i lokale konsortier',
    desc: 'Autoriseret VVS med kloakmester. Vi indgår gerne i et konsortium på kommunale og større private opgaver.',
    from: '2026-12-01', until: '2027-12-31',
  },
  {
    co: 'regstrup-vvs', kind: 'need', cat: 'purchasing', themes: ['faelles-indkoeb', 'groen-omstilling'],
    title: 'Fælles leasing af el-varebiler',
    desc: 'Vi skal skifte 4 varebiler og vil gerne forhandle en fælles leasingaftale på el-varebiler og ladestandere med andre håndværkere.',
    q: 4, u: 'biler', from: '2027-03-01', until: '2027-09-30',
  },
  {
    co: 'regstrup-vvs', kind: 'offer', cat: 'capacity', status: 'paused',
    title: 'Service på varmepumper – ledige tider',
    desc: 'Vi har ledige servicetider på luft-vand-varmepumper hos virksomheder og landbrug.',
    q: 10, u: 'timer/uge', from: '2027-01-01', until: '2027-06-30',
  },

  // Autoværkstedet Mørkøv
  {
    co: 'moerkoev-auto', kind: 'offer', cat: 'capacity',
    title: 'Faste serviceaftaler på varebiler',
    desc: 'Vi servicerer jeres varebiler efter fast plan og henter og bringer inden for 15 km. Lånebil kan aftales.',
    from: '2026-12-01', until: '2027-12-31', vis: 'public',
  },
  {
    co: 'moerkoev-auto', kind: 'offer', cat: 'equipment', status: 'paused',
    title: 'Vaskehal til varebiler kan bookes',
    desc: 'Vaskehal med højtryk og børster, kan bookes efter kl. 16 og i weekenden.',
    from: '2027-01-01', until: '2027-12-31',
  },

  // Revisionsfirmaet Holbæk Fjord
  {
    co: 'holbaek-revision', kind: 'offer', cat: 'competence', themes: ['eksport-tyskland'],
    title: 'Moms, told og fakturering ved salg til Tyskland',
    desc: 'Vi gennemgår jeres eksportsalg, moms i EU, told efter Brexit og fakturering i euro – et kort forløb for små virksomheder.',
    from: '2026-12-01', until: '2027-12-31', vis: 'public',
  },
  {
    co: 'holbaek-revision', kind: 'offer', cat: 'competence', lang: 'en',
    title: 'Bookkeeping and payroll in English',
    desc: 'For owners and managers who prefer English: bookkeeping, payroll and annual accounts under Danish rules, explained in plain English.',
    from: '2026-12-01', until: '2027-12-31',
  },
  {
    co: 'holbaek-revision', kind: 'offer', cat: 'collaboration', themes: ['groen-omstilling'],
    title: 'Fælles ansøgning om tilskud til grøn omstilling',
    desc: 'Vi hjælper en gruppe virksomheder med at søge tilskud til energibesparelser og grønne investeringer sammen – det giver bedre chancer og mindre papirarbejde.',
    from: '2027-01-01', until: '2027-06-30',
  },

  // Nordvest IT
  {
    co: 'nordvest-it', kind: 'offer', cat: 'competence', lang: 'en',
    title: 'Web shop and ERP integration for small manufacturers',
    desc: 'We connect your web shop, e-conomic or Dinero and your shipping labels so that orders flow without retyping. Fixed-price starter package.',
    from: '2026-12-01', until: '2027-12-31', vis: 'public',
  },
  {
    co: 'nordvest-it', kind: 'offer', cat: 'purchasing', themes: ['faelles-indkoeb'],
    title: 'Fælles aftale om backup og IT-sikkerhed',
    desc: 'Jo flere virksomheder der er med, jo billigere bliver det: overvåget backup, opdateringer og to-faktor-login for 5–10 små virksomheder.',
    q: 10, u: 'virksomheder', from: '2027-01-01', until: '2027-12-31',
  },
  {
    co: 'nordvest-it', kind: 'need', cat: 'premises',
    title: 'Kontorplads til 2–3 personer tæt på produktion',
    desc: 'Vi vil gerne sidde tæt på vores kunder. Søger et lille kontor eller et par pladser i et fælleskontor på eller ved Industrivej.',
    q: 30, u: 'm²', from: '2027-02-01', until: '2027-12-31',
  },

  // Vestsjællands Emballage
  {
    co: 'vestsjaelland-emballage', kind: 'offer', cat: 'materials',
    title: 'Kasser og emballage i små serier – også til fødevarer',
    desc: 'Vi laver kasser, bakker og indlæg fra 100 stk., med eller uden tryk. Godkendt til fødevarekontakt.',
    from: '2026-12-01', until: '2027-12-31', vis: 'public',
  },
  {
    co: 'vestsjaelland-emballage', kind: 'offer', cat: 'capacity',
    title: 'Ledig kapacitet på stansemaskine og limning',
    desc: 'Vores flatbed-stanse og limmaskine har ledige timer. Velegnet til udstansning af pap, skum og tynde plastplader.',
    q: 16, u: 'timer/uge', from: '2027-01-01', until: '2027-06-30',
  },
  {
    co: 'vestsjaelland-emballage', kind: 'need', cat: 'logistics',
    title: 'Transport af paller til Storkøbenhavn 2–3 gange om ugen',
    desc: 'Vi leverer til kunder i Greve, Brøndby og København og søger faste ture med 6–10 paller ad gangen.',
    q: 8, u: 'paller/tur', from: '2026-12-01', until: '2027-12-31',
  },
  {
    co: 'vestsjaelland-emballage', kind: 'need', cat: 'materials', themes: ['groen-omstilling'],
    title: 'EUR-paller – gerne brugte og reparerede',
    desc: 'Vi bruger ca. 200 paller om måneden og vil hellere købe lokale genbrugspaller end nye.',
    q: 200, u: 'paller/måned', from: '2026-12-01', until: '2027-12-31', vis: 'public',
  },

  // Holbæk Bogtryk & Skilte
  {
    co: 'holbaek-tryk', kind: 'offer', cat: 'capacity',
    title: 'Storformatprint og skilte – ledig kapacitet i efteråret',
    desc: 'Bannere, skilte, folie og bilreklame. Vi har god plads i kalenderen i september og oktober.',
    from: '2026-09-01', until: '2026-11-15', vis: 'public',
  },
  {
    co: 'holbaek-tryk', kind: 'offer', cat: 'collaboration', themes: ['eksport-tyskland'],
    title: 'Fælles messemateriale på tysk – del udgiften',
    desc: 'Flere virksomheder kan dele layout, oversættelse og tryk af en fælles brochure om „Industrivej Vestsjælland“ til tyske messer.',
    from: '2027-01-01', until: '2027-10-31',
  },

  // Rent & Fint Vestsjælland
  {
    co: 'rent-og-fint', kind: 'offer', cat: 'capacity', lang: 'en',
    title: 'Cleaning of production halls and canteens',
    desc: 'English- and Polish-speaking teams for production halls, changing rooms and canteens, early morning or after the last shift.',
    from: '2026-12-01', until: '2027-12-31', vis: 'public',
  },
  {
    co: 'rent-og-fint', kind: 'need', cat: 'premises',
    title: 'Lager til rengøringsmidler og maskiner, ca. 50 m²',
    desc: 'Vi søger et aflåst rum med vand og afløb i Holbæk eller Regstrup.',
    q: 50, u: 'm²', from: '2027-01-01', until: '2027-12-31',
  },
  {
    co: 'rent-og-fint', kind: 'offer', cat: 'staff',
    title: 'Medarbejdere med ledige timer om formiddagen',
    desc: 'Nogle af vores faste medarbejdere vil gerne have flere timer. De kan hjælpe med pakning, oprydning eller kantine mellem kl. 9 og 14.',
    q: 60, u: 'timer/uge', from: '2026-12-01', until: '2027-12-31', vis: 'public',
  },

  // Kalundborg Maskinservice
  {
    co: 'kalundborg-maskinservice', kind: 'need', cat: 'staff', lang: 'en',
    title: 'English-speaking service technician for process industry',
    desc: 'Our customers in Kalundborg increasingly work in English. We are looking for a mechanic or industrial technician who is comfortable with English, full or part time.',
    q: 37, u: 'timer/uge', from: '2027-01-01', until: '2027-12-31', vis: 'public',
  },
  {
    co: 'kalundborg-maskinservice', kind: 'offer', cat: 'capacity',
    title: 'Reparation af hydraulik, pumper og gear',
    desc: 'Værksted med prøvebænk for hydraulik og gear. Vi kører også ud til landbrug og maskinstationer på Vestsjælland.',
    from: '2026-12-01', until: '2027-12-31', vis: 'public',
  },
  {
    co: 'kalundborg-maskinservice', kind: 'need', cat: 'logistics',
    title: 'Transport af maskindele mellem Kalundborg og Regstrup',
    desc: 'Vi sender dele til bearbejdning og lakering i Regstrup og Mørkøv et par gange om ugen og søger samkørsel.',
    q: 2, u: 'ture/uge', from: '2027-01-01', until: '2027-12-31',
  },

  // Jyderup Savværk & Paller
  {
    co: 'jyderup-savvaerk', kind: 'offer', cat: 'materials', themes: ['groen-omstilling'],
    title: 'Reparerede EUR-paller – løbende levering',
    desc: 'Vi opkøber, sorterer og reparerer brugte paller og kan levere 300 stk. om måneden i Vestsjælland.',
    q: 300, u: 'paller/måned', from: '2026-12-01', until: '2027-12-31', vis: 'public',
  },
  {
    co: 'jyderup-savvaerk', kind: 'offer', cat: 'materials', themes: ['groen-omstilling'],
    title: 'Savsmuld og flis – gratis ved afhentning',
    desc: 'Tør savsmuld og flis fra nåletræ. Velegnet til strøelse eller biobrændsel.',
    q: 10, u: 'm³/uge', from: '2026-12-01', until: '2027-12-31',
  },
  {
    co: 'jyderup-savvaerk', kind: 'need', cat: 'equipment',
    title: 'Deletruck – gaffeltruck 3 t et par dage om ugen',
    desc: 'Vi har kun brug for en ekstra truck tirsdag og torsdag. Er der en nabo, der vil dele en truck, eller en, der udlejer på faste dage?',
    q: 2, u: 'dage/uge', from: '2027-01-01', until: '2027-12-31',
  },

  // Regstrup Rustfri
  {
    co: 'regstrup-rustfri', kind: 'offer', cat: 'capacity',
    title: 'TIG-svejsning i rustfrit stål – ledige timer',
    desc: 'Certificeret TIG-svejsning af rør og plader i rustfrit stål til fødevare- og procesindustri.',
    q: 10, u: 'timer/uge', from: '2026-12-01', until: '2027-06-30',
  },
  {
    co: 'regstrup-rustfri', kind: 'need', cat: 'purchasing', themes: ['faelles-indkoeb'],
    title: 'Fælles indkøb af rustfrie plader og rør',
    desc: 'Vi køber 6–8 ton rustfrit om året i små partier og betaler tillæg for det. Søger andre at samle ordrer med.',
    q: 7, u: 'ton/år', from: '2027-01-01', until: '2027-12-31',
  },

  // Svinninge Betonvarer
  {
    co: 'svinninge-beton', kind: 'offer', cat: 'premises',
    title: 'Indhegnet udendørs plads på 1.500 m²',
    desc: 'Asfalteret og indhegnet areal med lys og port. Velegnet til parkering af lastbiler, containere eller oplag.',
    q: 1500, u: 'm²', from: '2027-01-01', until: '2027-12-31',
  },
  {
    co: 'svinninge-beton', kind: 'need', cat: 'purchasing', themes: ['faelles-indkoeb'],
    title: 'Fælles elaftale – stort forbrug om natten',
    desc: 'Vores hærdning kører om natten. Vi vil gerne indgå i en fælles elaftale og se på fleksibelt forbrug.',
    q: 300, u: 'MWh/år', from: '2027-01-01', until: '2027-12-31',
  },
  {
    co: 'svinninge-beton', kind: 'offer', cat: 'materials', themes: ['groen-omstilling'],
    title: 'Knust beton til bundsikring og stier',
    desc: 'Knust og sorteret beton fra vores egen produktion (0–32 mm). Kan afhentes eller leveres.',
    q: 200, u: 'ton', from: '2026-12-01', until: '2027-12-31', vis: 'public',
  },

  // Tølløse Materieludlejning
  {
    co: 'toelloese-udlejning', kind: 'offer', cat: 'equipment',
    title: 'Gaffeltruck 3,5 t – delt truck på faste ugedage',
    desc: 'Vi tilbyder en diesel-gaffeltruck på faste ugedage til en fast månedspris. Vi leverer og henter selv.',
    q: 2, u: 'dage/uge', from: '2026-12-01', until: '2027-12-31', vis: 'public',
  },
  {
    co: 'toelloese-udlejning', kind: 'offer', cat: 'equipment',
    title: 'Lifte 12–30 m og saksløftere',
    desc: 'Bomlifte og saksløftere til udlejning pr. dag eller uge. Levering i hele Holbæk Kommune.',
    from: '2026-12-01', until: '2027-12-31',
  },

  // Regstrup Lager & Logistik
  {
    co: 'regstrup-lager', kind: 'offer', cat: 'premises',
    title: 'Pallepladser på opvarmet lager – fra 10 pladser',
    desc: 'Reolpladser på opvarmet lager med adgang på hverdage kl. 7–16. Fleksibel månedlig leje.',
    q: 200, u: 'pallepladser', from: '2026-12-01', until: '2027-12-31', vis: 'public',
  },
  {
    co: 'regstrup-lager', kind: 'offer', cat: 'logistics',
    title: 'Pluk, pak og forsendelse af webshopordrer',
    desc: 'Vi plukker og pakker jeres ordrer og sender dem med GLS, PostNord eller DAO. Velegnet til små producenter.',
    from: '2026-12-01', until: '2027-12-31',
  },
  {
    co: 'regstrup-lager', kind: 'offer', cat: 'collaboration', themes: ['groen-omstilling'],
    title: 'Fælles solcelleanlæg på vores tag',
    desc: 'Vi har 1.200 m² sydvendt tag og vil gerne etablere et solcelleanlæg sammen med naboerne og dele strømmen.',
    q: 1200, u: 'm²', from: '2027-03-01', until: '2027-12-31',
  },

  // Holbæk Ingeniørrådgivning
  {
    co: 'holbaek-ingenioer', kind: 'offer', cat: 'competence', lang: 'en',
    title: 'CE marking and Machinery Regulation – shared expert',
    desc: 'Several small machine builders can share our CE specialist: risk assessments, technical files and the new EU Machinery Regulation from 2027.',
    from: '2026-12-01', until: '2027-12-31',
  },
  {
    co: 'holbaek-ingenioer', kind: 'offer', cat: 'competence', themes: ['groen-omstilling'],
    title: 'CO₂-regnskab og energiberegning for små virksomheder',
    desc: 'Kunderne spørger efter jeres CO₂-aftryk. Vi laver et enkelt CO₂-regnskab og en plan for de billigste besparelser.',
    from: '2026-12-01', until: '2027-12-31', vis: 'public',
  },

  // Vestsjælland Design & Reklame
  {
    co: 'vestsjaelland-design', kind: 'offer', cat: 'competence', themes: ['eksport-tyskland'],
    title: 'Tyske hjemmesider og salgsmateriale',
    desc: 'Oversættelse, tekst og layout på tysk med en indfødt tekstforfatter. Fast pris for en produktside eller brochure.',
    from: '2026-12-01', until: '2027-12-31', vis: 'public',
  },
  {
    co: 'vestsjaelland-design', kind: 'need', cat: 'premises',
    title: 'Værksted eller hal at låne til fotooptagelser',
    desc: 'Vi skal fotografere maskiner og produkter og søger en ryddelig hal med godt lys en dag ad gangen.',
    q: 2, u: 'dage/måned', from: '2027-01-01', until: '2027-12-31',
  },

  // Jyderup Procesudstyr
  {
    co: 'jyderup-procesudstyr', kind: 'need', cat: 'collaboration', lang: 'en', themes: ['eksport-tyskland'],
    title: 'Partner for a joint stand at Anuga FoodTec 2027 (Cologne)',
    desc: 'We are looking for one or two suppliers to the food industry to share a stand, logistics and a German-speaking booth assistant at the fair.',
    from: '2027-01-01', until: '2027-03-31',
  },
  {
    co: 'jyderup-procesudstyr', kind: 'need', cat: 'capacity',
    title: 'Bejdsning og elektropolering af rustfrie emner',
    desc: 'Søger en underleverandør til overfladebehandling af rustfrie rammer og rørdele, ca. 2 paller om måneden.',
    q: 2, u: 'paller/måned', from: '2027-01-01', until: '2027-12-31',
  },
  {
    co: 'jyderup-procesudstyr', kind: 'offer', cat: 'staff', vis: 'facilitators', themes: ['eksport-tyskland'],
    title: 'Tysktalende sælger har ledige timer – kan deles',
    desc: 'Vores eksportsælger (tysk og russisk) arbejder 25 timer om ugen og vil gerne på fuld tid. Vi har ikke arbejde nok og vil gerne dele hende med en eller to andre virksomheder. Deles kun med facilitator, indtil vi har talt med medarbejderen.',
    q: 12, u: 'timer/uge', from: '2027-01-01', until: '2027-12-31',
  },

  // Mørkøv Pølser & Pålæg
  {
    co: 'moerkoev-poelser', kind: 'need', cat: 'logistics',
    title: 'Køletransport til København tre gange om ugen',
    desc: 'Vi søger plads på en kølebil til 2–4 rullebure til butikker i København og på Vestegnen.',
    q: 3, u: 'ture/uge', from: '2027-01-01', until: '2027-12-31',
  },
  {
    co: 'moerkoev-poelser', kind: 'offer', cat: 'premises',
    title: 'Kølerum på 25 m² til leje',
    desc: 'Et af vores kølerum (2–4 °C) er ledigt. Fødevaregodkendt og med adgang fra kl. 5.',
    q: 25, u: 'm²', from: '2026-12-01', until: '2027-06-30',
  },
  {
    co: 'moerkoev-poelser', kind: 'need', cat: 'purchasing', themes: ['faelles-indkoeb'],
    title: 'Fælles indkøb af strøm til køl og frost',
    desc: 'Vores kølerum og frysere kører døgnet rundt. Vi vil gerne være med i en fælles elaftale.',
    q: 220, u: 'MWh/år', from: '2027-01-01', until: '2027-12-31',
  },

  // Tølløse Tavleteknik
  {
    co: 'toelloese-tavler', kind: 'need', cat: 'capacity',
    title: 'CNC-bearbejdning af frontplader i aluminium',
    desc: 'Vi mangler en fast leverandør af frontplader med udskæringer til betjeningspaneler, 20–50 stk. om måneden.',
    q: 40, u: 'stk./måned', from: '2027-01-01', until: '2027-12-31',
  },
  {
    co: 'toelloese-tavler', kind: 'need', cat: 'capacity',
    title: 'Pulverlakering af tavleskabe',
    desc: 'Tavleskabe i stål skal lakeres i RAL 7035. Ca. 15 skabe om måneden.',
    q: 15, u: 'skabe/måned', from: '2027-01-01', until: '2027-12-31',
  },
  {
    co: 'toelloese-tavler', kind: 'offer', cat: 'competence',
    title: 'Automatik og PLC-programmering for maskinbyggere',
    desc: 'Vi programmerer styringer, laver el-diagrammer og hjælper med CE-dokumentation af el-delen.',
    from: '2026-12-01', until: '2027-12-31',
  },

  // Holbæk Tag & Facade
  {
    co: 'holbaek-tag', kind: 'need', cat: 'equipment',
    title: 'Lift til facadearbejde på faste dage',
    desc: 'Vi har brug for en bomlift på 20 m et par dage om ugen fra marts.',
    q: 2, u: 'dage/uge', from: '2027-03-01', until: '2027-10-31', vis: 'public',
  },
  {
    co: 'holbaek-tag', kind: 'offer', cat: 'collaboration',
    title: 'Med i konsortium til kommunale renoveringer',
    desc: 'Vi tager gerne tag og facade i et fælles tilbud med andre lokale håndværkere.',
    from: '2027-01-01', until: '2027-12-31',
  },

  // Regstrup Møbelsnedkeri
  {
    co: 'regstrup-moebler', kind: 'need', cat: 'materials', themes: ['groen-omstilling'],
    title: 'Afskær af eg og ask til små møbler',
    desc: 'Vi laver skærebrætter og små møbler af resttræ og søger afskær af massivt løvtræ, gerne løbende.',
    q: 1, u: 'palle/måned', from: '2026-12-01', until: '2027-12-31',
  },
  {
    co: 'regstrup-moebler', kind: 'offer', cat: 'capacity',
    title: 'CNC-router til træ og plader – ledige timer',
    desc: 'Vores CNC-router (2.500 × 1.250 mm) kan skære træ, MDF, plast og aluminiumsplader.',
    q: 10, u: 'timer/uge', from: '2026-09-01', until: '2026-11-01',
  },
  {
    co: 'regstrup-moebler', kind: 'need', cat: 'collaboration', vis: 'facilitators',
    title: 'Søger medejer eller efterfølger (fortroligt)',
    desc: 'Jeg fylder 64 og vil gerne finde en medejer eller en virksomhed, der kan overtage værkstedet inden for 2–3 år. Må kun ses af facilitator.',
    from: '2027-01-01', until: '2027-12-31',
  },

  // Vestsjællands Genbrug & Affald
  {
    co: 'vestsjaelland-genbrug', kind: 'offer', cat: 'logistics', themes: ['groen-omstilling'],
    title: 'Fælles afhentning af metalskrot og pap på Industrivej',
    desc: 'Hvis flere virksomheder går sammen, kan vi tømme containere med metal og pap på en fast rute og give bedre priser for skrot.',
    from: '2026-12-01', until: '2027-12-31', vis: 'public',
  },
  {
    co: 'vestsjaelland-genbrug', kind: 'offer', cat: 'collaboration', themes: ['groen-omstilling'],
    title: 'Kortlægning af restmaterialer – hvem kan bruge hvad?',
    desc: 'Vi tilbyder at kortlægge affald og restmaterialer hos 10 virksomheder og finde, hvad én virksomheds rest kan blive til en andens råvare.',
    q: 10, u: 'virksomheder', from: '2027-01-01', until: '2027-06-30', vis: 'public',
  },

  // Kursuscenter Vestsjælland
  {
    co: 'kursuscenter-vestsjaelland', kind: 'offer', cat: 'competence',
    title: 'Truckcertifikat og kranbevis på fælles hold',
    desc: 'Samlede hold for medarbejdere fra flere virksomheder i Regstrup og Holbæk. Billigere pr. deltager, og vi kommer ud til jer.',
    q: 8, u: 'deltagere/hold', from: '2027-01-01', until: '2027-12-31', vis: 'public',
  },
  {
    co: 'kursuscenter-vestsjaelland', kind: 'offer', cat: 'competence', themes: ['eksport-tyskland'],
    title: 'Tysk for håndværkere og sælgere – aftenkursus',
    desc: 'Praktisk tysk til telefonen, tilbud og messer. Ti aftener i Holbæk, med materiale fra jeres egen branche.',
    q: 12, u: 'deltagere', from: '2027-02-01', until: '2027-04-30',
  },

  // Jyderup Svejseteknik
  {
    co: 'jyderup-svejs', kind: 'offer', cat: 'capacity',
    title: 'Mobil svejser – reparationer på stedet',
    desc: 'Fuldt udstyret servicebil med MIG og TIG. Reparation af maskiner, trailere og konstruktioner hos jer.',
    q: 15, u: 'timer/uge', from: '2026-12-01', until: '2027-12-31',
  },
  {
    co: 'jyderup-svejs', kind: 'need', cat: 'premises',
    title: 'Værkstedsplads på ca. 80 m² med port',
    desc: 'Jeg søger et lille værksted eller en del af en hal med 3-faset strøm og port til varebil.',
    q: 80, u: 'm²', from: '2027-01-01', until: '2027-12-31', vis: 'public',
  },

  // Ugerløse Maskinstation
  {
    co: 'ugerloese-maskinstation', kind: 'offer', cat: 'equipment',
    title: 'Traktor med vogn til flytning af materialer',
    desc: 'Traktor med 14 t tipvogn eller blokvogn udenfor højsæsonen. Kan lejes med fører.',
    from: '2026-12-01', until: '2027-03-31',
  },
  {
    co: 'ugerloese-maskinstation', kind: 'need', cat: 'capacity',
    title: 'Hurtig reparation af redskaber i højsæsonen',
    desc: 'I høst og såsæson søger vi værksteder, der kan rykke hurtigt ud ved nedbrud på hydraulik og svejsninger.',
    from: '2027-04-01', until: '2027-10-31',
  },

  // Mørkøv Maskinhandel
  {
    co: 'moerkoev-maskinhandel', kind: 'offer', cat: 'purchasing', themes: ['faelles-indkoeb'],
    title: 'Samlet indkøb af slid- og reservedele',
    desc: 'Vi samler ordrer på skæreværktøj, slibeskiver og svejsetråd hver måned, så små værksteder får storkunderabat.',
    from: '2026-12-01', until: '2027-12-31', vis: 'public',
  },
];

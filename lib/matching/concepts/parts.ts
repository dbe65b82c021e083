// Words the compound splitter must know but that carry no concept of their own.

/** Parts of compound words ("plastemner" = plast + emner, "hitsaus|palvelu", "svejse|kapacitet"):
 * recognising them lets the rest of the word be found. */
export const COMPOUND_PARTS = [
  // da
  'emne', 'emner', 'anlæg', 'plads', 'pladser', 'opgave', 'opgaver', 'arbejde', 'arbejder', 'del', 'dele', 'delen', 'firma', 'firmaer', 'virksomhed',
  'kunde', 'kunder', 'talende', 'kyndig', 'service', 'leverandør', 'leverandører', 'timer', 'kapacitet', 'linje', 'linjer', 'rum', 'materiale', 'materialer',
  'vare', 'varer', 'mand', 'folk', 'hjælp', 'løsning', 'løsninger', 'system', 'systemer', 'aftale', 'aftaler', 'ordning', 'pris', 'priser', 'hold', 'vogn',
  'produkt', 'produkter', 'produktion', 'fabrik', 'værk', 'center', 'afdeling', 'tid', 'dage', 'uge', 'måned', 'type', 'størrelse', 'mester', 'tekniker',
  'teknik', 'ansvarlig', 'koordinator', 'leder', 'chef', 'ekspert', 'partner', 'hus', 'huse', 'maskiner', 'serie', 'serier', 'ordre', 'ordrer', 'opstilling',
  'montør', 'reparatør', 'udlejning', 'behandling', 'bearbejdning', 'kursus', 'stof', 'plade', 'plader', 'rør', 'profil', 'profiler', 'dele', 'kasse',
  // fi
  'työ', 'työt', 'töitä', 'tila', 'tilaa', 'tilat', 'palvelu', 'palvelut', 'palvelua', 'osa', 'osat', 'osia', 'linja', 'linjan', 'kapasiteetti',
  'kapasiteettia', 'aine', 'aineet', 'tuote', 'tuotteet', 'tuotteita', 'puhuva', 'taitoinen', 'assistentti', 'yritys', 'yrityksen', 'yhtiö', 'asentaja',
  'järjestelmä', 'ratkaisu', 'hinta', 'tarjous', 'paikka', 'paikat', 'paikkaa', 'keskus', 'aika', 'päivä', 'viikko', 'kausi', 'vuoro', 'sarja', 'sarjat',
  'erä', 'erät', 'määrä', 'koko', 'malli', 'tehdas', 'urakka', 'urakointi', 'urakoitsija', 'asennus', 'asennukset', 'huolto', 'kuljettaja', 'laitos',
  'toimittaja', 'alusta', 'alustat', 'runko', 'rungot', 'kone', 'levy', 'levyt', 'profiili', 'profiilit', 'putki', 'putket', 'kehikko', 'sopimus',
  // en
  'service', 'services', 'parts', 'work', 'works', 'shop',
];

/** Known words that mean nothing here but would otherwise be read as a shorter concept term:
 * "automatisk" is not a car ("auto"), "trækker" (pulls) not wood ("træ"), "hallinto"
 * (administration) not a hall, "dække behovet" (cover the need) not tyres. */
export const NEUTRAL_WORDS = [
  // da
  'automatisk', 'automatiske', 'dække', 'dækker', 'dækning', 'dækket', 'træk', 'trække', 'træffe', 'træt', 'tilbage', 'fliserne', 'flisen',
  'lokal', 'lokalt', 'lokalområdet', 'lokalområde', 'lejlighed', 'lejlighedsvis', 'stand', 'standard', 'lagkage', 'kontakt', 'kontakte',
  'målrettet', 'mulighed', 'muligheder', 'bordet', 'hentet', 'strømlinet', 'testamente', 'kontingent', 'tagetes', 'energisk',
  'formand', 'formål', 'formidling', 'ombord', 'elegant', 'element', 'elementer', 'elevator', 'eller', 'elsker', 'mellem', 'spildevand',
  // fi
  'automaattinen', 'automaattisesti', 'hallinto', 'hallinnon', 'hallinnoi', 'hallitus', 'hallituksen', 'esitellä', 'esittely', 'esittelemme',
  'tammikuu', 'tammikuussa', 'kesäkuu', 'kesäkuussa', 'lavastus', 'karjala', 'paineessa', 'painoa', 'painon', 'painava', 'sahata', 'hakemus',
  'hakee', 'hakea', 'haemme', 'puute', 'puutteita', 'kuluttaa', 'kuluttavat', 'kuluttajat', 'kulutus', 'kuluttaja',
  // en
  'automatic', 'automatically', 'feedback', 'carefully', 'caring', 'lifetime', 'sheet', 'busy', 'business',
  'contact', 'contacts', 'standard', 'standards', 'coursework', 'testimonial', 'pestle',
];

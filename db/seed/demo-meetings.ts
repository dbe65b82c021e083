// The network's fortnightly meetings (not part of the exchange format): the last one with notes and
// the next one, with the theme the facilitator put on its agenda. Dates are relative to the seed
// time so that the demo always has an upcoming meeting.
export const DEMO_MEETINGS = [
  {
    offsetWeeks: -2,
    host: 'co-regstrup-smedje',
    title: 'Netværksmøde hos Regstrup Smede- og Maskinværksted',
    place: 'Regstrup Smede- og Maskinværksted ApS, Industrivej 12, 4420 Regstrup',
    challenge: 'Kan vi købe stål og el sammen?',
    notes:
      'Rundvisning i værkstedet. Seks virksomheder vil gerne være med i en fælles elaftale; facilitatoren samler forbrugstal til næste møde. Smedjen og Regstrup Plast aftalte at se på plastdele til gelændere.',
    theme: 'faelles-indkoeb',
  },
  {
    offsetWeeks: 0,
    host: 'co-regstrup-plast',
    title: 'Netværksmøde hos Regstrup Plast',
    place: 'Regstrup Plast ApS, Industrivej 4, 4420 Regstrup',
    challenge: 'Kan vi dele en tysktalende medarbejder til eksport?',
    notes: null,
    theme: 'eksport-tyskland',
  },
] as const;

/** 16:00 Danish time on the first Tuesday at least three days after `now`, shifted by whole weeks. */
export function meetingStart(now: Date, offsetWeeks: number): Date {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 3));
  while (day.getUTCDay() !== 2) day.setUTCDate(day.getUTCDate() + 1);
  day.setUTCDate(day.getUTCDate() + offsetWeeks * 7);
  // Copenhagen is UTC+1 in winter and UTC+2 in summer: read the offset for that day.
  const offset = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Copenhagen', timeZoneName: 'shortOffset' })
    .formatToParts(day)
    .find((p) => p.type === 'timeZoneName')?.value;
  const hours = Number(/GMT([+-]\d+)/.exec(offset ?? '')?.[1] ?? 1);
  day.setUTCHours(16 - hours, 0, 0, 0);
  return day;
}

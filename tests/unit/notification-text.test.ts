import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/i18n/config';
import { loadMessages } from '@/lib/i18n/messages';
import { notificationTexts } from '@/lib/notifications/text';

// Every type written somewhere in the app, with the data its writer stores.
const WRITTEN: Record<string, Record<string, string>> = {
  membership_requested: { networkName: 'Industrivej Vestsjælland', companyName: 'Regstrup Plast ApS' },
  membership_approved: { networkName: 'Industrivej Vestsjælland', companyName: 'Regstrup Plast ApS' },
  membership_declined: { networkName: 'Industrivej Vestsjælland', companyName: 'Regstrup Plast ApS' },
  introduction_received: { companyName: 'Regstrup Smedie', listingTitle: 'Ledig kapacitet' },
  introduction_accepted: { companyName: 'Regstrup Plast ApS', listingTitle: '' },
  introduction_declined: { companyName: 'Regstrup Plast ApS', listingTitle: '' },
  introduction_withdrawn: { companyName: 'Regstrup Smedie', listingTitle: 'Ledig kapacitet' },
  introduction_proposed: { companyName: 'Regstrup Plast ApS', networkName: 'X', facilitatorName: 'Lise Holm' },
  introduction_partner_accepted: { companyName: 'Regstrup Plast ApS', listingTitle: '' },
  introduction_proposal_accepted: { fromName: 'A ApS', toName: 'B ApS' },
  introduction_proposal_declined: { fromName: 'A ApS', toName: 'B ApS', companyName: 'B ApS' },
  introduction_proposal_withdrawn: { companyName: 'B ApS' },
  introduction_unreachable: { fromName: 'A ApS', toName: 'B ApS', listingTitle: 'Ledig lagerplads' },
};

// Carried for other uses (links, future filters) but not part of the sentence.
const NOT_SHOWN: Record<string, string[]> = { introduction_proposed: ['networkName'] };

describe('notification texts', () => {
  it.each(LOCALES)('renders every written type in %s with its data, never the fallback', (locale) => {
    const texts = notificationTexts(locale, loadMessages(locale));
    const fallback = texts.text('no_such_type', {});
    for (const [type, data] of Object.entries(WRITTEN)) {
      expect(texts.known(type), type).toBe(true);
      const line = texts.text(type, data);
      expect(line, type).not.toBe(fallback);
      for (const [key, value] of Object.entries(data)) {
        if (value && !NOT_SHOWN[type]?.includes(key)) expect(line, `${locale} ${type} shows ${key}`).toContain(value);
      }
      const mail = texts.mail(type, data);
      expect(mail.subject).not.toMatch(/notifications\.|\{|\}/);
      expect(mail.paragraphs[0]).toBe(line);
    }
  });

  it('falls back to a generic line for an unknown type, a malformed type, or data missing a value', () => {
    const texts = notificationTexts('da', loadMessages('da'));
    expect(texts.text('theme_follow_new', { themeTitle: 'Eksport' })).toBe('Der er nyt til dig på Industrivej.');
    expect(texts.known('theme_follow_new')).toBe(false);
    expect(texts.text('types.fallback', {})).toBe('Der er nyt til dig på Industrivej.');
    expect(texts.text('../x', {})).toBe('Der er nyt til dig på Industrivej.');
    // An old row without listingTitle: generic, not "{listingTitle}" or a catalog key.
    expect(texts.text('introduction_received', { companyName: 'A' })).toBe('Der er nyt til dig på Industrivej.');
    expect(texts.text('introduction_received', { companyName: 'A', listingTitle: null })).toBe('A har vist interesse for jeres opslag »«.');
  });

  it('puts a quote and the type’s own body in the mail, and says why the mail came', () => {
    const texts = notificationTexts('en', loadMessages('en'));
    const mail = texts.mail('introduction_received', WRITTEN.introduction_received!, 'Can we talk?');
    expect(mail.subject).toBe('Regstrup Smedie would like to get in touch');
    expect(mail.paragraphs).toEqual([
      'Regstrup Smedie is interested in your listing “Ledig kapacitet”.',
      'Message: “Can we talk?”',
      'Your contact details are not shared until you say yes. Answer under Contacts on Industrivej.',
      'You receive this email because you have an account on Industrivej. All your notifications are under Notifications.',
    ]);
    expect(mail.actionLabel).toBe('Open Industrivej');
    expect(texts.mail('mystery', {}).subject).toBe('New on Industrivej: There is something new for you on Industrivej.');
  });

  it('does not let values be read as message syntax', () => {
    const texts = notificationTexts('da', loadMessages('da'));
    expect(texts.text('introduction_declined', { companyName: '{evil} <b>ApS</b>' })).toBe('{evil} <b>ApS</b> har takket nej til kontakt.');
  });
});

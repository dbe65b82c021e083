// Demo accounts for the Regstrup/Holbæk demo area (documented in README.md → "Demo logins").
// One shared password so that anyone trying the demo can switch role; never used outside the demo
// data, and only loaded into an empty database.
import type { UiLocale } from '../schema';

export const DEMO_PASSWORD = 'industrivej-demo';
export const DEMO_NETWORK = 'vestsjaelland';

export interface DemoUser {
  email: string;
  name: string;
  locale: UiLocale;
  /** What the account is for, shown in the README table. */
  role: string;
  isPlatformAdmin?: boolean;
  /** Ref of the firm the user belongs to (as owner). */
  company?: string;
  /** A per-person role in the demo network. */
  networkRole?: 'facilitator' | 'municipality';
}

export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@demo.industrivej.dk', name: 'Mette Kjær', locale: 'da', role: 'Platform administrator', isPlatformAdmin: true },
  {
    email: 'facilitator@demo.industrivej.dk',
    name: 'Lise Holm (Erhvervshus Sjælland)',
    locale: 'da',
    role: 'Facilitator of Industrivej Vestsjælland',
    networkRole: 'facilitator',
  },
  {
    email: 'kommune@demo.industrivej.dk',
    name: 'Jens Bech (Holbæk Kommune)',
    locale: 'da',
    role: 'Municipality (Holbæk Kommune), aggregates',
    networkRole: 'municipality',
  },
  {
    email: 'smed@demo.industrivej.dk',
    name: 'Henrik Sørensen',
    locale: 'da',
    role: 'Member: Regstrup Smede- og Maskinværksted',
    company: 'co-regstrup-smedje',
  },
  { email: 'plast@demo.industrivej.dk', name: 'Karina Nielsen', locale: 'da', role: 'Member: Regstrup Plast', company: 'co-regstrup-plast' },
  { email: 'vognmand@demo.industrivej.dk', name: 'Brian Madsen', locale: 'da', role: 'Member: Holbæk Fragt & Logistik', company: 'co-holbaek-fragt' },
  {
    email: 'procesudstyr@demo.industrivej.dk',
    name: 'Anja Weber',
    locale: 'en',
    role: 'Member: Jyderup Procesudstyr (English UI)',
    company: 'co-jyderup-procesudstyr',
  },
  {
    email: 'pakkeri@demo.industrivej.dk',
    name: 'Sofie Larsen',
    locale: 'da',
    role: 'Vipperød Pakkeri: membership request pending',
    company: 'co-vipperoed-pakkeri',
  },
];

/** Membership requests that the facilitator still has to decide. */
export const DEMO_PENDING_REQUESTS = [
  {
    company: 'co-vipperoed-pakkeri',
    network: DEMO_NETWORK,
    requestedBy: 'pakkeri@demo.industrivej.dk',
    message: 'Vi er et nyt pakkeri i Vipperød og vil gerne i kontakt med producenterne på Industrivej – vi har ledig kapacitet til pakning og etikettering.',
  },
];

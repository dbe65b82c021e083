import 'server-only';
import { getDb, type Db, type Tx } from '@/db/client';
import {
  insertCompanyWithOwner,
  registrationTaken as registrationTakenBy,
  selectApprovedNetworksOf,
  selectCompanyByRef,
  selectCompanyPeople,
  selectFirstCompanyRef,
  updateCompanyRow,
} from '@/db/queries/companies';
import type { Company, Country } from '@/db/schema';
import { AppError, notFound, unauthorized, type IssueDetail } from '@/lib/errors';
import { lookupPostcode } from '@/lib/geo/postcodes';
import { isSelectableNace } from '@/lib/nace';
import { newRef } from '@/lib/refs';
import { employeeBand, type CompanyInput, type EmployeeBand } from '@/lib/validations/companies';
import { canManageFirm, canSeeContact, companyVisibleSql } from '@/lib/policy/companies';
import type { Viewer } from '@/lib/policy/viewer';

// Company profiles: read (public and private shapes), create (with the owner), update.

export interface CompanyNetworkDto {
  ref: string;
  name: string;
}

/** What anyone allowed to see the firm gets: no contact details, no exact head count. */
export interface CompanyPublicDto {
  ref: string;
  name: string;
  country: Country;
  registrationNumber: string | null;
  nace: string[];
  employeesBand: EmployeeBand | null;
  postcode: string | null;
  city: string | null;
  languages: string[];
  description: string | null;
  website: string | null;
  networks: CompanyNetworkDto[];
}

export interface CompanyContactDto {
  email: string | null;
  phone: string | null;
  street: string | null;
}

/** The firm's contact details plus the people who act for it: what an accepted introduction reveals. */
export interface CompanyContactDetails extends CompanyContactDto {
  people: { name: string | null; email: string }[];
}

export interface CompanyProfile {
  company: CompanyPublicDto;
  /** Present only when the viewer may see it (see canSeeContact in company-access.ts). */
  contact: CompanyContactDetails | null;
  canEdit: boolean;
}

/** Everything the edit form needs; only for the firm's own users and admins. */
export interface CompanyEditDto extends CompanyPublicDto, CompanyContactDto {
  id: string;
  employees: number | null;
  lat: number | null;
  lng: number | null;
}

export function toPublicDto(row: Company, networkRows: CompanyNetworkDto[]): CompanyPublicDto {
  return {
    ref: row.ref,
    name: row.name,
    country: row.country,
    registrationNumber: row.registrationNumber,
    nace: row.nace,
    employeesBand: employeeBand(row.employees),
    postcode: row.postcode,
    city: row.city,
    languages: row.languages,
    description: row.description,
    website: row.website,
    networks: networkRows,
  };
}

async function approvedNetworksOf(db: Db | Tx, companyId: string): Promise<CompanyNetworkDto[]> {
  return selectApprovedNetworksOf(db, { companyId });
}

/** Loads what `contact` shows. Only call it after canSeeContact (lib/policy/companies.ts) said yes. */
export async function loadCompanyContact(db: Db | Tx, row: Pick<Company, 'id' | 'email' | 'phone' | 'street'>): Promise<CompanyContactDetails> {
  const people = await selectCompanyPeople(db, { companyId: row.id }); // owners first
  return { email: row.email, phone: row.phone, street: row.street, people };
}

/** The profile page: the firm if the viewer may see it, else not_found (no hint that it exists). */
export async function getCompanyProfile(viewer: Viewer | null, ref: string): Promise<CompanyProfile> {
  const db = getDb();
  const row = await selectCompanyByRef(db, { ref, where: companyVisibleSql(viewer) });
  if (!row) throw notFound('company');
  const showContact = await canSeeContact(db, viewer, row.id);
  return {
    company: toPublicDto(row, await approvedNetworksOf(db, row.id)),
    contact: showContact ? await loadCompanyContact(db, row) : null,
    canEdit: canManageFirm(viewer, row.id),
  };
}

/** The edit form's data: another firm's ref gives not_found, exactly like a ref that does not exist. */
export async function getCompanyForEdit(viewer: Viewer | null, ref: string): Promise<CompanyEditDto> {
  if (!viewer) throw unauthorized();
  const db = getDb();
  const row = await selectCompanyByRef(db, { ref });
  if (!row || !canManageFirm(viewer, row.id)) throw notFound('company');
  return {
    ...toPublicDto(row, await approvedNetworksOf(db, row.id)),
    id: row.id,
    employees: row.employees,
    street: row.street,
    lat: row.lat,
    lng: row.lng,
    email: row.email,
    phone: row.phone,
  };
}

// ------------------------------------------------------------------ writes

const validation = (issues: IssueDetail[]) => new AppError('validation', 'invalid company', { issues });

/**
 * Checks against reference data and fills what the postcode tells us: every NACE code must exist
 * (and be a class or group), the postcode must be a real one, the town defaults to the postcode's,
 * and a firm without an exact location is placed at the postcode's point.
 */
function resolveAgainstReferenceData(input: CompanyInput, previous?: Company) {
  const issues: IssueDetail[] = [];
  const unknown = input.nace.filter((c) => !isSelectableNace(c));
  if (unknown.length) issues.push({ path: 'nace', message: 'companies.validation.naceUnknown' });
  const place = lookupPostcode(input.country, input.postcode);
  if (!place) issues.push({ path: 'postcode', message: 'companies.validation.postcodeUnknown' });
  if (issues.length || !place) throw validation(issues);

  // A location the user did not touch follows a changed postcode; one they set themselves stays.
  const postcodeChanged = !!previous && previous.postcode !== input.postcode;
  const untouched = !!previous && input.lat === (previous.lat ?? undefined) && input.lng === (previous.lng ?? undefined);
  const useSuggested = input.lat === undefined || input.lng === undefined || (postcodeChanged && untouched);
  return {
    city: input.city ?? place.name,
    lat: useSuggested ? place.lat : input.lat!,
    lng: useSuggested ? place.lng : input.lng!,
  };
}

async function assertRegistrationFree(db: Db | Tx, country: Country, registrationNumber: string, exceptId?: string) {
  if (await registrationTakenBy(db, { country, registrationNumber, exceptId })) throw registrationTaken();
}

const registrationTaken = () => validation([{ path: 'registrationNumber', message: 'companies.validation.registrationTaken' }]);

/** A unique-index violation on (country, registration_number): two people registered the same
 * firm at the same moment. Drivers nest the PostgreSQL error differently, so walk the causes. */
function isRegistrationConflict(error: unknown): boolean {
  for (let e = error as { code?: string; constraint?: string; message?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505' && (e.constraint === 'companies_registration_idx' || e.message?.includes('companies_registration_idx'))) return true;
  }
  return false;
}

function columnsFrom(input: CompanyInput, resolved: ReturnType<typeof resolveAgainstReferenceData>) {
  return {
    name: input.name,
    country: input.country,
    registrationNumber: input.registrationNumber,
    nace: input.nace,
    employees: input.employees,
    street: input.street ?? null,
    postcode: input.postcode,
    city: resolved.city,
    lat: resolved.lat,
    lng: resolved.lng,
    description: input.description ?? null,
    languages: input.languages,
    website: input.website ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
  };
}

/** Creates the firm and makes the viewer its owner, in one transaction. */
export async function createCompany(viewer: Viewer | null, input: CompanyInput): Promise<{ ref: string }> {
  if (!viewer) throw unauthorized();
  // The UI is built around one firm per person; admins may set up firms on others' behalf.
  if (viewer.companyIds.length && !viewer.isAdmin) {
    throw new AppError('conflict', 'already in a company', { issues: [{ path: '_form', message: 'companies.onboarding.alreadyHasFirm' }] });
  }
  const resolved = resolveAgainstReferenceData(input);
  const db = getDb();
  await assertRegistrationFree(db, input.country, input.registrationNumber);
  const ref = newRef('co');
  try {
    await insertCompanyWithOwner(db, { values: { ref, ...columnsFrom(input, resolved) }, ownerId: viewer.userId });
  } catch (error) {
    if (isRegistrationConflict(error)) throw registrationTaken();
    throw error;
  }
  return { ref };
}

export async function updateCompany(viewer: Viewer | null, ref: string, input: CompanyInput): Promise<{ ref: string }> {
  if (!viewer) throw unauthorized();
  const db = getDb();
  const row = await selectCompanyByRef(db, { ref });
  if (!row || !canManageFirm(viewer, row.id)) throw notFound('company');
  const resolved = resolveAgainstReferenceData(input, row);
  await assertRegistrationFree(db, input.country, input.registrationNumber, row.id);
  try {
    await updateCompanyRow(db, { companyId: row.id, set: columnsFrom(input, resolved) });
  } catch (error) {
    if (isRegistrationConflict(error)) throw registrationTaken();
    throw error;
  }
  return { ref };
}

/** The viewer's firm (the UI shows one), or null before onboarding. */
export async function getViewerCompanyRef(viewer: Viewer | null): Promise<string | null> {
  if (!viewer?.companyIds.length) return null;
  return selectFirstCompanyRef(getDb(), { companyIds: viewer.companyIds });
}

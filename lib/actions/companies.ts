'use server';
// Company profile and onboarding actions (the team's are in ./team.ts): thin — authenticate, parse, DAL, revalidate.
// The DAL decides who may do what; each action reaches it only through memberAction.
import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { COUNTRIES } from '@/db/schema';
import { memberAction, publicQuery } from '@/lib/actions/form-action';
import { createCompany, updateCompany } from '@/lib/dal/companies';
import { lookupPostcode } from '@/lib/geo/postcodes';
import { companyInputSchema, updateCompanySchema } from '@/lib/validations/companies';

export const createCompanyAction = memberAction(companyInputSchema, async ({ viewer, data }) => {
  await createCompany(viewer, data);
  // The header and every page that depends on "has a firm" change.
  revalidatePath('/', 'layout');
  redirect('/onboarding/done');
});

export const updateCompanyAction = memberAction(updateCompanySchema, async ({ viewer, data }) => {
  const { ref, ...input } = data;
  await updateCompany(viewer, ref, input);
  revalidatePath(`/companies/${ref}`);
  revalidatePath('/companies');
  revalidatePath('/dashboard');
  const t = await getTranslations('companies.form');
  return { ok: true, message: t('saved') };
});

const lookupSchema = z.object({ country: z.enum(COUNTRIES), postcode: z.string().trim().max(12) });

/** Public reference data (postcode → town and point) for the form's live town and location. */
export const lookupPostcodeAction = publicQuery(lookupSchema, ({ country, postcode }) => lookupPostcode(country, postcode) ?? null);

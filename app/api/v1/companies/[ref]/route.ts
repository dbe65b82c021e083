// GET /api/v1/companies/:ref — a firm's public profile; contact details only when the caller may
// see them (own firm, its facilitators, an accepted introduction). 404 when not visible.
import { apiHandler } from '@/lib/api/handler';
import { getCompanyProfile } from '@/lib/dal/companies';
import { apiRefParams } from '@/lib/validations/api';

export const dynamic = 'force-dynamic';

export const GET = apiHandler({ params: apiRefParams }, async ({ viewer, params }) => {
  const profile = await getCompanyProfile(viewer, params.ref);
  return { ...profile.company, contact: profile.contact, canEdit: profile.canEdit, url: `/companies/${profile.company.ref}` };
});

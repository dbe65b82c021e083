// Database fields the `industrivej/v1` format has no place for travel under the top-level
// `extensions.industrivej` key, keyed by the record's ref. The format itself stays as documented;
// other tools may ignore this block, and a file without it imports fine.
//   networks.<ref>.description        the network's public description
//   companies.<ref>.email / .phone    contact details (shown to other firms only after an accepted
//                                     introduction — an export is therefore confidential)
//   listings.<ref>.expiresAt          when the listing stops being shown (ISO timestamp or null)
//   listings.<ref>.createdAt          when it was posted (keeps "newest first" across deployments)
//   themes.<ref>.status               open | archived
// On re-import a record *without* an entry keeps its stored value for these fields (a third-party
// file must not wipe contact details it never knew about); an entry with null clears the value.
import { z } from 'zod';
import { plainText } from '@/lib/validations/text';
import { THEME_STATUSES } from '@/db/schema';

export const EXTENSION_KEY = 'industrivej';

const timestamp = z.iso.datetime({
  offset: true,
  message: 'expected an ISO timestamp such as 2027-06-30T22:59:59Z',
});
const nullableText = (max: number) => plainText({ max, message: 'HTML is not allowed here' }).nullable();

export const industrivejExtensionSchema = z.strictObject({
  networks: z.record(z.string(), z.strictObject({ description: nullableText(5000) })).optional(),
  companies: z
    .record(
      z.string(),
      z.strictObject({
        email: z.email('expected an e-mail address').max(254).nullable(),
        phone: z
          .string()
          .trim()
          .regex(/^\+?[0-9][0-9 ()-]{5,24}$/, 'expected a phone number such as "+45 59 18 00 00"')
          .nullable(),
      }),
    )
    .optional(),
  listings: z
    .record(
      z.string(),
      z.strictObject({
        expiresAt: timestamp.nullable(),
        createdAt: timestamp.optional(),
      }),
    )
    .optional(),
  themes: z.record(z.string(), z.strictObject({ status: z.enum(THEME_STATUSES) })).optional(),
});

export type IndustrivejExtension = z.infer<typeof industrivejExtensionSchema>;
export type CompanyContact = NonNullable<IndustrivejExtension['companies']>[string];

// Finding (Low): API tokens survived "sign out everywhere" and a password change. Both end every
// session and every API token of the user now.
import { describe, expect, it } from 'vitest';
import { createSessionRow, findSessionUserId } from '@/lib/auth/sessions';
import { createApiToken, listApiTokens, viewerForApiToken } from '@/lib/dal/api-tokens';
import { changePassword, signOutEverywhere } from '@/lib/dal/auth';
import { hashPassword } from '@/lib/auth/password';
import { setupTestDb } from '../integration/helpers/db';
import { makeUser, viewerFor } from '../integration/helpers/factories';

const db = setupTestDb();

describe('API tokens end with the sessions', () => {
  it('"sign out everywhere" revokes every API token', async () => {
    const user = await makeUser(db(), { emailVerified: new Date(0) });
    const viewer = await viewerFor(db(), user.id);
    const { token } = await createApiToken(viewer, 'Regneark');
    const { token: second } = await createApiToken(viewer, 'ERP');
    expect((await viewerForApiToken(token))?.userId).toBe(user.id);
    const session = await createSessionRow(db(), { userId: user.id });
    await signOutEverywhere(viewer);
    expect(await findSessionUserId(db(), session)).toBeNull();
    expect(await viewerForApiToken(token)).toBeNull();
    expect(await viewerForApiToken(second)).toBeNull();
    expect(await listApiTokens(viewer)).toEqual([]);
  });

  it("a password change revokes every API token (and only that user's)", async () => {
    const user = await makeUser(db(), { emailVerified: new Date(0), passwordHash: await hashPassword('gammel lang kode') });
    const other = await makeUser(db());
    const viewer = await viewerFor(db(), user.id);
    const { token } = await createApiToken(viewer, 'Regneark');
    const { token: othersToken } = await createApiToken(await viewerFor(db(), other.id), 'Andens');
    await changePassword(viewer, { currentPassword: 'gammel lang kode', newPassword: 'ny og længere kode' });
    expect(await viewerForApiToken(token)).toBeNull();
    expect((await viewerForApiToken(othersToken))?.userId).toBe(other.id);
  });
});

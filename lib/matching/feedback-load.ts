import 'server-only';
// A network's feedback counts from the database, as feedback.ts works on them.
import type { Db } from '@/db/client';
import { selectNetworkFeedback } from '@/db/queries/feedback';
import { feedbackFromRows, type NetworkFeedback } from './feedback';

/** For the given networks, or every network (a full refresh loads them once). */
export async function loadNetworkFeedback(db: Db, networkIds?: readonly string[]): Promise<NetworkFeedback> {
  return feedbackFromRows(await selectNetworkFeedback(db, networkIds ? { networkIds } : {}));
}

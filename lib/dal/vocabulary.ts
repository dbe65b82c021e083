import 'server-only';
// A network's vocabulary page (/facilitator/vocabulary): what its facilitator taught the engine,
// the audit of who taught what, and the frequent words the engine does not understand.
//
// Rules decided here: only the network's facilitators and a platform admin may read or change it;
// to anyone else the network's vocabulary does not exist (not_found, so a member cannot even learn
// that a network ref is real). The unknown-word list carries words and counts only, never which
// listing or firm wrote them. A change queues a recomputation of the network's listings, so it takes
// effect on the next refresh.
import { getDb } from '@/db/client';
import { selectNetworkByRef } from '@/db/queries/networks';
import { deleteVocabularyEntry, insertVocabularyEntry, selectNetworkListingTexts, selectVocabulary, selectVocabularyAudit } from '@/db/queries/vocabulary';
import type { VocabularyKind } from '@/db/schema';
import { AppError, notFound, unauthorized } from '@/lib/errors';
import { enqueueJob } from '@/lib/jobs/queue';
import { forgetNetworkLearning } from '@/lib/matching/learning';
import { unknownWords, type UnknownWord } from '@/lib/matching/vocabulary';
import { isFacilitatorOf, type Viewer } from './viewer';

export interface VocabularyEntry {
  id: string;
  kind: VocabularyKind;
  terms: string[];
  byName: string | null;
  createdAt: string;
}

export interface VocabularyAuditLine {
  id: string;
  action: 'add' | 'remove';
  kind: VocabularyKind;
  terms: string[];
  byName: string | null;
  createdAt: string;
}

export interface VocabularyPage {
  network: { ref: string; name: string };
  entries: VocabularyEntry[];
  audit: VocabularyAuditLine[];
  unknown: UnknownWord[];
}

export const canManageVocabulary = (viewer: Viewer | null, networkId: string) => isFacilitatorOf(viewer, networkId);

/** The network by ref, if the viewer may manage its vocabulary; not_found otherwise. */
async function managedNetwork(viewer: Viewer | null, networkRef: string) {
  if (!viewer) throw unauthorized();
  const net = await selectNetworkByRef(getDb(), { ref: networkRef });
  if (!net || !canManageVocabulary(viewer, net.id)) throw notFound();
  return net;
}

export async function getVocabularyPage(viewer: Viewer | null, networkRef: string): Promise<VocabularyPage> {
  const net = await managedNetwork(viewer, networkRef);
  const db = getDb();
  const [rows, audit, texts] = await Promise.all([
    selectVocabulary(db, { networkIds: [net.id] }),
    selectVocabularyAudit(db, { networkId: net.id }),
    selectNetworkListingTexts(db, { networkId: net.id }),
  ]);
  const vocab = {
    synonyms: rows.filter((r) => r.kind === 'synonym').map((r) => r.terms),
    stopWords: rows.filter((r) => r.kind === 'stop').flatMap((r) => r.terms),
  };
  return {
    network: { ref: net.ref, name: net.name },
    entries: rows.map((r) => ({ id: r.id, kind: r.kind, terms: r.terms, byName: r.byName, createdAt: r.createdAt.toISOString() })),
    audit: audit.map((a) => ({ id: a.id, action: a.action, kind: a.kind, terms: a.terms, byName: a.byName, createdAt: a.createdAt.toISOString() })),
    unknown: unknownWords(texts, vocab),
  };
}

/** A word already taught cannot be taught again (one meaning per word in a network). */
async function assertNew(networkId: string, words: string[], field: string) {
  const taught = new Set((await selectVocabulary(getDb(), { networkIds: [networkId] })).flatMap((r) => r.terms));
  const dup = words.find((w) => taught.has(w));
  if (dup) throw new AppError('validation', 'already taught', { issues: [{ path: field, message: 'vocabulary.errors.alreadyTaught' }] });
}

async function refreshNetwork(networkId: string) {
  forgetNetworkLearning(getDb());
  await enqueueJob(getDb(), 'matches.network', { networkId });
}

export async function addStopWord(viewer: Viewer | null, input: { networkRef: string; word: string }): Promise<void> {
  const net = await managedNetwork(viewer, input.networkRef);
  await assertNew(net.id, [input.word], 'word');
  await insertVocabularyEntry(getDb(), { networkId: net.id, kind: 'stop', terms: [input.word], actorId: viewer!.userId });
  await refreshNetwork(net.id);
}

export async function addSynonymGroup(viewer: Viewer | null, input: { networkRef: string; words: string[] }): Promise<void> {
  const net = await managedNetwork(viewer, input.networkRef);
  await assertNew(net.id, input.words, 'words');
  await insertVocabularyEntry(getDb(), { networkId: net.id, kind: 'synonym', terms: input.words, actorId: viewer!.userId });
  await refreshNetwork(net.id);
}

export async function removeVocabularyEntry(viewer: Viewer | null, input: { networkRef: string; id: string }): Promise<void> {
  const net = await managedNetwork(viewer, input.networkRef);
  if (!(await deleteVocabularyEntry(getDb(), { networkId: net.id, id: input.id, actorId: viewer!.userId }))) throw notFound();
  await refreshNetwork(net.id);
}

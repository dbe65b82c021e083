// What scripts/forwarded-headers.mjs does in the real server, for tests that call handlers
// directly: marks the process as checked and stamps a request's headers with its peer's address.
import { afterAll, beforeAll } from 'vitest';
import { PEER_HEADER } from '@/lib/rate-limit';

const CHECKED = Symbol.for('industrivej.forwardedHeadersChecked');

/** For the current test file: requests carry their peer in PEER_HEADER, as under `npm start`. */
export function simulateForwardedHeaderCheck() {
  beforeAll(() => {
    (globalThis as Record<symbol, unknown>)[CHECKED] = true;
  });
  afterAll(() => {
    delete (globalThis as Record<symbol, unknown>)[CHECKED];
  });
}

/** Headers of a request whose TCP peer is `peer` (plus whatever the client sent). */
export function fromPeer(peer: string, headers: Record<string, string> = {}): Record<string, string> {
  return { ...headers, [PEER_HEADER]: peer };
}

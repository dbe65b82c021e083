// Installed before Next.js starts (`node --import ./scripts/forwarded-headers-register.mjs …`, which
// scripts/start.mjs does): the one place that sees each request's TCP peer. Next.js does not pass
// the peer on, and copies a client's own X-Forwarded-For untouched, so without this any client
// could claim any address (unlimited sign-ups, password spraying) or host.
//
// For every request, before Next.js sees it:
// - the peer's address goes into x-industrivej-peer (a client's copy of that header is replaced);
// - unless the peer is one of TRUSTED_PROXIES, the forwarding headers (X-Forwarded-For, -Host,
//   -Proto, -Port, X-Real-IP, Forwarded) are removed: only a trusted proxy may speak for a client.
// lib/rate-limit.ts (clientIp) then reads the client's address from these, and only when this
// script marked the process as checked.
import diagnosticsChannel from 'node:diagnostics_channel';
import { BlockList, isIP } from 'node:net';

export const PEER_HEADER = 'x-industrivej-peer';
const CHECKED = Symbol.for('industrivej.forwardedHeadersChecked');
const FORWARDING_HEADERS = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-real-ip', 'forwarded'];

/** TRUSTED_PROXIES (addresses or CIDR ranges, comma-separated) → a BlockList; throws on a bad entry.
 * lib/env.ts validates the same format for the app. */
export function parseTrustedProxies(value = '') {
  const list = new BlockList();
  for (const entry of value.split(/[\s,]+/).filter(Boolean)) {
    const [address = '', bits, extra] = entry.split('/');
    const family = isIP(address);
    const max = family === 4 ? 32 : 128;
    const prefix = bits === undefined ? max : /^\d{1,3}$/.test(bits) ? Number(bits) : NaN;
    if (family === 0 || extra !== undefined || !(prefix >= 0 && prefix <= max)) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (e.g. 127.0.0.1,10.0.0.0/8)`);
    }
    list.addSubnet(address, prefix, family === 4 ? 'ipv4' : 'ipv6');
  }
  return list;
}

export function normalizeAddress(address = '') {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1] : address;
}

/** Rewrites one request's headers (an IncomingMessage's `headers` object) in place. */
export function checkForwardedHeaders(headers, remoteAddress, trusted) {
  const peer = normalizeAddress(remoteAddress);
  const family = isIP(peer);
  const fromTrustedProxy = family !== 0 && trusted.check(peer, family === 4 ? 'ipv4' : 'ipv6');
  if (!fromTrustedProxy) for (const name of FORWARDING_HEADERS) delete headers[name];
  headers[PEER_HEADER] = peer || 'unknown';
}

/** Subscribes to every HTTP request of this process; returns the unsubscribe function. */
export function installForwardedHeaderCheck(trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES)) {
  const onRequest = ({ request, socket }) => checkForwardedHeaders(request.headers, socket?.remoteAddress, trusted);
  diagnosticsChannel.subscribe('http.server.request.start', onRequest);
  globalThis[CHECKED] = true;
  return () => {
    diagnosticsChannel.unsubscribe('http.server.request.start', onRequest);
    delete globalThis[CHECKED];
  };
}

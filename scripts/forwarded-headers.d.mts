// Types of scripts/forwarded-headers.mjs (plain JavaScript: it runs before the app is loaded).
import type { BlockList } from 'node:net';

export declare const PEER_HEADER: string;
export declare function parseTrustedProxies(value?: string): BlockList;
export declare function normalizeAddress(address?: string): string;
export declare function checkForwardedHeaders(
  headers: Record<string, string | string[] | undefined>,
  remoteAddress: string | undefined,
  trusted: BlockList,
): void;
export declare function installForwardedHeaderCheck(trusted?: BlockList): () => void;

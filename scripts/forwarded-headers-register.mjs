// `node --import ./scripts/forwarded-headers-register.mjs` — checks the forwarding headers of every
// request this process serves (scripts/forwarded-headers.mjs); a bad TRUSTED_PROXIES stops the start.
import { installForwardedHeaderCheck } from './forwarded-headers.mjs';

installForwardedHeaderCheck();

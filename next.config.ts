import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { PERMISSIONS_POLICY } from './lib/http/security-headers';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder, and argon2 is a
  // native addon: both must be required at run time, not bundled.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'pg', 'nodemailer'],
  poweredByHeader: false,
  experimental: {
    // Above Next's 1 MB default: the facilitator's import page uploads files of up to 10 MB
    // (lib/dal/imports.ts) through a server action, and an oversized field (a pasted description
    // of some MB) must reach the zod schema and get a localized error next to the field. Signed-in
    // only: proxy.ts refuses bodies over 64 KB from anyone else (lib/http/body-limit.ts, which
    // keeps SIGNED_IN_BODY_LIMIT equal to this).
    serverActions: { bodySizeLimit: '12mb' },
  },
  typedRoutes: false,
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);

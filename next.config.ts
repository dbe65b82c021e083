import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder, and argon2 is a
  // native addon: both must be required at run time, not bundled.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'pg', 'nodemailer'],
  poweredByHeader: false,
  experimental: {
    // Above Next's 1 MB default: an oversized field (a pasted 20 MB description) must reach the
    // zod schema and get a localized error next to the field, and the facilitator's import page
    // uploads files of up to 10 MB (lib/dal/imports.ts) through a server action.
    serverActions: { bodySizeLimit: '25mb' },
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
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);

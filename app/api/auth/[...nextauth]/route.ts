// GET|POST /api/auth/* — Auth.js endpoints; POSTs that try a password or ask for a sign-in link
// are rate limited first (lib/auth/guard.ts).
import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth';
import { guardAuthPost } from '@/lib/auth/guard';

export const { GET } = handlers;

export function POST(request: NextRequest) {
  return guardAuthPost(request, (r) => handlers.POST(r as NextRequest));
}

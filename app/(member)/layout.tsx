import type { ReactNode } from 'react';
import { requireMember } from '@/lib/dal/viewer-page';

// (member): every page here needs a signed-in user; a visitor goes to sign-in and comes back.
export default async function MemberLayout({ children }: { children: ReactNode }) {
  await requireMember();
  return children;
}

import type { ReactNode } from 'react';
import { requireFacilitator } from '@/lib/dal/viewer-page';

// (facilitator): a network's facilitators and admins; signed out → sign-in, anyone else → 404.
export default async function FacilitatorLayout({ children }: { children: ReactNode }) {
  await requireFacilitator();
  return children;
}

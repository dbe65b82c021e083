import type { ReactNode } from 'react';
import { requireAreaStaff } from '@/lib/dal/viewer-page';

// (municipality): municipality staff, the facilitators who report to them, and admins; signed out →
// sign-in, anyone else → 404. Which network's figures they see is the DAL's decision.
export default async function MunicipalityLayout({ children }: { children: ReactNode }) {
  await requireAreaStaff();
  return children;
}

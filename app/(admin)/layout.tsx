import type { ReactNode } from 'react';
import { requireAdmin } from '@/lib/dal/viewer-page';

// (admin): platform administrators only; signed out → sign-in, anyone else → 404.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireAdmin();
  return children;
}

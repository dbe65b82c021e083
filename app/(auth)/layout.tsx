import type { ReactNode } from 'react';

// Sign-in and sign-up are short, focused pages: one narrow column that reads well on a phone.
export default function AuthLayout({ children }: { children: ReactNode }) {
  return <div className="mx-auto w-full max-w-md">{children}</div>;
}

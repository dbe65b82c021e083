import Link from 'next/link';
import { signOutAction } from '@/lib/actions/auth';

export function SignOutButton({ label, name }: { label: string; name: string }) {
  return (
    <form action={signOutAction} className="flex items-center gap-2">
      {/* The user's name leads to the account page (name, language, password, devices). */}
      <Link href="/account" className="hidden text-sm text-slate-700 sm:inline">
        {name}
      </Link>
      <button type="submit" className="min-h-11 rounded px-2 text-sm font-semibold text-teal-800 hover:bg-slate-100">
        {label}
      </button>
    </form>
  );
}

'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** The admin area's sections; scrolls sideways on a phone rather than wrapping into a block. */
export function AdminTabsClient({ tabs, label }: { tabs: { href: string; label: string }[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="-mx-4 mb-6 overflow-x-auto border-b border-slate-200 px-4">
      <ul className="flex gap-1 text-sm font-medium whitespace-nowrap">
        {tabs.map((tab) => {
          const current = tab.href === '/admin' ? pathname === '/admin' : pathname === tab.href || pathname.startsWith(`${tab.href}/`);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={current ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center border-b-2 px-3 ${current ? 'border-teal-800 font-bold text-teal-900' : 'border-transparent text-slate-700 hover:text-slate-900'}`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

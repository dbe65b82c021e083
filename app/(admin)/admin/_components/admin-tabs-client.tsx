'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** The admin area's sections (on a narrow phone they wrap onto a second line). */
export function AdminTabsClient({ tabs, label }: { tabs: { href: string; label: string }[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="mb-6 border-b border-slate-200">
      <ul className="flex flex-wrap text-sm font-medium whitespace-nowrap">
        {tabs.map((tab) => {
          const current = tab.href === '/admin' ? pathname === '/admin' : pathname === tab.href || pathname.startsWith(`${tab.href}/`);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={current ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center border-b-2 px-2 sm:px-3 ${current ? 'border-teal-800 font-bold text-teal-900' : 'border-transparent text-slate-700 hover:text-slate-900'}`}
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

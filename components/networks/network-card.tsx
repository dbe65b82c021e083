import Link from 'next/link';
import type { ReactNode } from 'react';

export interface NetworkCardProps {
  href: string;
  name: string;
  description: string | null;
  membersLabel: string;
  areaLabel: string;
  linkLabel: string;
  children?: ReactNode;
}

export function NetworkCard({ href, name, description, membersLabel, areaLabel, linkLabel, children }: NetworkCardProps) {
  return (
    <article className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="text-lg font-semibold text-slate-900">
        <Link href={href} className="text-teal-900">
          {name}
        </Link>
      </h2>
      {description ? <p className="text-sm text-slate-700">{description}</p> : null}
      <p className="text-sm text-slate-700">
        {membersLabel} · {areaLabel}
      </p>
      {children}
      <Link href={href} className="mt-auto self-start text-sm font-semibold" aria-label={`${linkLabel}: ${name}`}>
        {linkLabel}
      </Link>
    </article>
  );
}

export function StatusBadge({ status, label }: { status: 'pending' | 'approved' | 'declined'; label: string }) {
  const colours = {
    approved: 'bg-emerald-100 text-emerald-900',
    pending: 'bg-amber-100 text-amber-900',
    declined: 'bg-slate-200 text-slate-800',
  } as const;
  return <span className={`inline-block shrink-0 rounded px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${colours[status]}`}>{label}</span>;
}

import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { countUnread } from '@/lib/dal/notifications';
import { getViewer } from '@/lib/dal/viewer';
import { NotificationBell } from '@/components/notifications/notification-bell';
import { LocaleSwitch } from './locale-switch';
import { NavLinks } from './nav-links';
import { SignOutButton } from './sign-out-button';

export async function SiteHeader() {
  const [t, tn, viewer] = await Promise.all([getTranslations('nav'), getTranslations('notifications'), getViewer()]);
  const unread = await countUnread(viewer);
  const links: { href: string; label: string }[] = [
    { href: '/listings', label: t('listings') },
    { href: '/map', label: t('map') },
    { href: '/companies', label: t('companies') },
    { href: '/networks', label: t('networks') },
  ];
  if (viewer) {
    links.push(
      { href: '/themes', label: t('themes') },
      { href: '/dashboard', label: t('dashboard') },
      { href: '/introductions', label: t('introductions') },
      { href: '/account', label: t('account') },
    );
    if (viewer.facilitatorNetworkIds.length || viewer.isAdmin) links.push({ href: '/facilitator', label: t('facilitator') });
    // The area view is for the municipality, and for the facilitators who report to it.
    if (viewer.municipalityNetworkIds.length || viewer.facilitatorNetworkIds.length || viewer.isAdmin)
      links.push({ href: '/municipality', label: t('municipality') });
    if (viewer.isAdmin) links.push({ href: '/admin', label: t('admin') });
  }
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 px-4 py-2">
        <Link href="/" className="inline-flex min-h-11 items-center text-lg font-bold text-teal-900 no-underline">
          Industrivej
        </Link>
        <NavLinks links={links} label={t('main')} />
        <div className="ml-auto flex items-center gap-3">
          <LocaleSwitch />
          {viewer ? <NotificationBell count={unread} label={tn('bell', { count: unread })} /> : null}
          {viewer ? (
            <SignOutButton label={t('signOut')} name={viewer.name ?? viewer.email} />
          ) : (
            <Link href="/signin" className="inline-flex min-h-11 items-center text-sm font-semibold">
              {t('signIn')}
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}

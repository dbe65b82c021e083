import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { countUnread } from '@/lib/dal/notifications';
import { getViewer } from '@/lib/dal/viewer';
import { NotificationBell } from '@/components/notifications/notification-bell';
import { LocaleSwitch } from './locale-switch';
import { MobileMenu } from './menu-client';
import { NavLinks } from './nav-links';
import { SignOutButton } from './sign-out-button';

export async function SiteHeader() {
  const [t, tn, viewer] = await Promise.all([getTranslations('nav'), getTranslations('notifications'), getViewer()]);
  const unread = await countUnread(viewer);
  // Most used first: a member's own firm and the market, then contacts; the rarer ones after.
  const links: { href: string; label: string }[] = viewer
    ? [
        { href: '/dashboard', label: t('dashboard') },
        { href: '/listings', label: t('listings') },
        { href: '/map', label: t('map') },
        { href: '/introductions', label: t('introductions') },
        { href: '/companies', label: t('companies') },
        { href: '/themes', label: t('themes') },
        { href: '/networks', label: t('networks') },
      ]
    : [
        { href: '/listings', label: t('listings') },
        { href: '/map', label: t('map') },
        { href: '/companies', label: t('companies') },
        { href: '/networks', label: t('networks') },
      ];
  if (viewer) {
    if (viewer.facilitatorNetworkIds.length || viewer.isAdmin) links.push({ href: '/facilitator', label: t('facilitator') });
    // The area view is for the municipality, and for the facilitators who report to it.
    if (viewer.municipalityNetworkIds.length || viewer.facilitatorNetworkIds.length || viewer.isAdmin)
      links.push({ href: '/municipality', label: t('municipality') });
    if (viewer.isAdmin) links.push({ href: '/admin', label: t('admin') });
    links.push({ href: '/account', label: t('account') });
  }
  const signIn = (
    <Link href="/signin" className="inline-flex min-h-11 items-center text-sm font-semibold">
      {t('signIn')}
    </Link>
  );
  const signOut = viewer ? <SignOutButton label={t('signOut')} name={viewer.name ?? viewer.email} /> : null;
  // Phones and tablets (below lg) get one row: the name, the bell, sign-in, and a menu button for
  // the rest; from lg the destinations are in the header itself.
  return (
    <header className="relative border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center gap-x-3 px-4 py-2 lg:flex-wrap lg:gap-x-6">
        <Link href="/" className="inline-flex min-h-11 items-center text-lg font-bold text-teal-900 no-underline">
          Industrivej
        </Link>
        <div className="hidden lg:block">
          <NavLinks links={links} label={t('main')} />
        </div>
        <div className="ml-auto flex items-center gap-3">
          <div className="hidden lg:block">
            <LocaleSwitch />
          </div>
          {viewer ? <NotificationBell count={unread} label={tn('bell', { count: unread })} /> : null}
          <div className="hidden lg:block">{viewer ? signOut : signIn}</div>
          {viewer ? null : <div className="lg:hidden">{signIn}</div>}
          <div className="lg:hidden">
            <MobileMenu links={links} label={t('main')} openLabel={t('menu')} closeLabel={t('closeMenu')}>
              <LocaleSwitch />
              {signOut}
            </MobileMenu>
          </div>
        </div>
      </div>
    </header>
  );
}

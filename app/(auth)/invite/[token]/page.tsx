import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AcceptInvitationClient, InvitationLinkClient, InvitationSignUpClient } from '@/components/team/invitation-forms-client';
import { buttonClass } from '@/components/ui/button-class';
import { PageHeader } from '@/components/ui/page-header';
import { getInvitation } from '@/lib/dal/company-team';
import { getViewer } from '@/lib/dal/viewer';

// The page behind the e-mailed invitation link. The token is in the path: no referrer leaves the
// page, and search engines are kept out.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('team.accept');
  return { title: t('title'), referrer: 'no-referrer', robots: { index: false, follow: false } };
}

type Params = Promise<{ token: string }>;

export default async function InvitationPage({ params }: { params: Params }) {
  const { token: raw } = await params;
  let token = '';
  try {
    token = decodeURIComponent(raw);
  } catch {
    // A mangled link is simply not a valid invitation.
  }
  const [t, viewer] = await Promise.all([getTranslations('team.accept'), getViewer()]);
  const invitation = token.length >= 20 && token.length <= 100 ? await getInvitation(viewer, token) : ({ state: 'invalid' } as const);
  const here = `/invite/${encodeURIComponent(token)}`;

  if (invitation.state === 'invalid') {
    return (
      <>
        <PageHeader title={t('invalidTitle')} />
        <p className="text-slate-800">{t('invalidBody')}</p>
        <Link href={viewer ? '/dashboard' : '/'} className={`${buttonClass('secondary')} mt-6 no-underline`}>
          {t('toStart')}
        </Link>
      </>
    );
  }

  const firm = invitation.city ? `${invitation.companyName}, ${invitation.city}` : invitation.companyName;
  const who = invitation.inviterName ? t('fromPerson', { inviter: invitation.inviterName, firm }) : t('fromFirm', { firm });

  if (invitation.state === 'expired') {
    return (
      <>
        <PageHeader title={t('expiredTitle')} />
        <p className="text-slate-800">{who}</p>
        <p className="mt-3 text-slate-800">{t('expiredBody')}</p>
      </>
    );
  }

  const body = (() => {
    switch (invitation.state) {
      case 'ready':
        return (
          <>
            <p className="text-slate-800">{t('readyBody', { email: invitation.email })}</p>
            <AcceptInvitationClient token={token} firm={invitation.companyName} canAccept />
          </>
        );
      case 'signedOutNewAddress':
        return (
          <>
            <h2 className="text-lg font-semibold text-slate-900">{t('newTitle')}</h2>
            <p className="text-slate-800">{t('newBody')}</p>
            <InvitationSignUpClient token={token} email={invitation.email} />
            <div className="border-t border-slate-200 pt-4">
              <AcceptInvitationClient token={token} firm={invitation.companyName} canAccept={false} />
            </div>
          </>
        );
      case 'signedOutHasAccount':
        return (
          <>
            <p className="text-slate-800">{t('hasAccountBody', { email: invitation.email })}</p>
            <InvitationLinkClient email={invitation.email} callbackUrl={here} label={t('sendLink')} />
            <p className="text-sm text-slate-700">
              {t('orPassword')} <Link href={`/signin?callbackUrl=${encodeURIComponent(here)}`}>{t('signInPassword')}</Link>
            </p>
            <p className="text-sm text-slate-700">{t('linkResetsUnconfirmed')}</p>
          </>
        );
      case 'unverified':
        return (
          <>
            <p className="text-slate-800">{t('unverifiedBody', { email: invitation.email })}</p>
            <InvitationLinkClient email={invitation.email} callbackUrl={here} label={t('sendLink')} />
            <p className="text-sm text-slate-700">{t('linkResetsUnconfirmed')}</p>
          </>
        );
      case 'wrongAccount':
        return <p className="text-slate-800">{t('wrongAccountBody', { email: invitation.email, viewerEmail: invitation.viewerEmail ?? '' })}</p>;
      case 'inOtherFirm':
        return (
          <>
            <p className="text-slate-800">{t('inOtherFirmBody')}</p>
            <Link href="/account#firm-heading" className={`${buttonClass('secondary')} no-underline`}>
              {t('toAccount')}
            </Link>
          </>
        );
      case 'alreadyMember':
        return (
          <>
            <p className="text-slate-800">{t('alreadyMemberBody', { firm: invitation.companyName })}</p>
            <Link href="/dashboard" className={`${buttonClass()} no-underline`}>
              {t('toDashboard')}
            </Link>
          </>
        );
    }
  })();

  return (
    <>
      <PageHeader title={t('heading', { firm: invitation.companyName })} subtitle={who} />
      <div className="flex flex-col gap-4">{body}</div>
      <p className="mt-6 text-xs text-slate-600">{t('consent')}</p>
    </>
  );
}

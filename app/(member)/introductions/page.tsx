import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { IntroductionCard } from '@/components/introductions/introduction-card';
import { buttonClass } from '@/components/ui/button-class';
import { PageHeader } from '@/components/ui/page-header';
import { listMyIntroductions, type IntroductionDto } from '@/lib/dal/introduction-list';
import { requireMember } from '@/lib/dal/viewer-page';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('introductions');
  return { title: t('title') };
}

type Group = 'received' | 'proposals' | 'accepted' | 'sent' | 'history';

/** Which list an introduction belongs in: what needs the viewer's answer comes first. */
function groupOf(i: IntroductionDto): Group {
  if (i.status === 'accepted') return 'accepted';
  if (i.status !== 'pending') return 'history';
  if (i.direction === 'proposed') return i.canAnswer ? 'proposals' : 'sent';
  return i.direction === 'received' ? 'received' : 'sent';
}

const ORDER: Group[] = ['received', 'proposals', 'accepted', 'sent', 'history'];

const DONE = { accepted: 'answer.acceptedDone', declined: 'answer.declinedDone', waiting: 'answer.acceptedWaiting', withdrawn: 'withdraw.done' } as const;

export default async function IntroductionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireMember();
  const [t, intros, params] = await Promise.all([getTranslations('introductions'), listMyIntroductions(viewer), searchParams]);
  const done = typeof params.done === 'string' && params.done in DONE ? DONE[params.done as keyof typeof DONE] : null;

  if (!viewer.companyIds.length) {
    return (
      <div className="mx-auto flex max-w-2xl flex-col gap-4">
        <PageHeader title={t('title')} subtitle={t('noFirm')} />
        <div>
          <Link href="/onboarding" className={buttonClass()}>
            {t('createFirm')}
          </Link>
        </div>
      </div>
    );
  }

  const groups = new Map<Group, IntroductionDto[]>(ORDER.map((g) => [g, []]));
  for (const i of intros) groups.get(groupOf(i))!.push(i);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      {done ? (
        <p role="status" className="-mt-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {t(done)}
        </p>
      ) : null}
      {intros.length === 0 ? (
        <div className="flex flex-col gap-3 rounded-lg border border-dashed border-slate-400 bg-white p-6">
          <p className="text-slate-800">{t('empty')}</p>
          <div>
            <Link href="/listings" className={buttonClass()}>
              {t('browse')}
            </Link>
          </div>
        </div>
      ) : null}
      {ORDER.map((g) => {
        const items = groups.get(g)!;
        if (!items.length) return null;
        return (
          <section key={g} aria-labelledby={`${g}-heading`} className="flex flex-col gap-3">
            <h2 id={`${g}-heading`} className="text-xl font-semibold text-slate-900">
              {t(`sections.${g}`)} <span className="font-normal text-slate-600">({items.length})</span>
            </h2>
            {g === 'accepted' ? <p className="text-sm text-slate-700">{t('sections.acceptedHint')}</p> : null}
            <ul className="grid gap-4 lg:grid-cols-2">
              {items.map((i) => (
                <li key={i.id}>
                  <IntroductionCard intro={i} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { IntroductionDto } from '@/lib/dal/introduction-list';
import { AnswerFormClient } from './answer-form-client';
import { ContactDetails } from './contact-details';
import { OutcomeFormClient } from './outcome-form-client';
import { StatusBadge } from './status-badge';
import { WithdrawFormClient } from './withdraw-form-client';

/** One introduction as the viewer's firm sees it, with what they can do next. */
export async function IntroductionCard({ intro }: { intro: IntroductionDto }) {
  const [t, format] = await Promise.all([getTranslations('introductions'), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium' });
  const headingId = `intro-${intro.id}`;
  const company = intro.other.name;
  const headline =
    intro.direction === 'received'
      ? t('card.received', { company })
      : intro.direction === 'sent'
        ? t('card.sent', { company })
        : t('card.proposed', { company, facilitator: intro.proposedByName ?? t('card.facilitator') });

  return (
    <article aria-labelledby={headingId} className="flex flex-col gap-3 rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <StatusBadge status={intro.status} label={t(`status.${intro.status}`)} />
        <span className="text-xs font-medium text-slate-700">{t(`kinds.${intro.kind}`)}</span>
      </div>
      <h3 id={headingId} className="text-base leading-snug font-semibold text-slate-900">
        <Link href={`/companies/${intro.other.ref}`}>{company}</Link>
        {intro.other.city ? <span className="font-normal text-slate-700">, {intro.other.city}</span> : null}
      </h3>
      <p className="text-sm text-slate-800">{headline}</p>

      {intro.otherListing || intro.myListing ? (
        <dl className="grid gap-1 text-sm">
          {intro.otherListing ? (
            <div className="flex flex-wrap gap-x-2">
              <dt className="text-slate-600">{t('card.theirListing')}</dt>
              <dd>
                <Link href={`/listings/${intro.otherListing.ref}`}>{intro.otherListing.title}</Link>
              </dd>
            </div>
          ) : null}
          {intro.myListing ? (
            <div className="flex flex-wrap gap-x-2">
              <dt className="text-slate-600">{t('card.yourListing')}</dt>
              <dd>
                <Link href={`/listings/${intro.myListing.ref}`}>{intro.myListing.title}</Link>
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}

      {intro.message ? (
        <figure className="rounded-md bg-slate-50 px-3 py-2 text-sm">
          <figcaption className="text-xs font-semibold text-slate-600">
            {intro.direction === 'proposed' ? t('card.facilitatorMessage') : intro.direction === 'sent' ? t('card.yourMessage') : t('card.theirMessage')}
          </figcaption>
          <blockquote className="whitespace-pre-line text-slate-900">{intro.message}</blockquote>
        </figure>
      ) : null}
      {intro.otherReply ? (
        <figure className="rounded-md bg-slate-50 px-3 py-2 text-sm">
          <figcaption className="text-xs font-semibold text-slate-600">{t('card.theirReply', { company })}</figcaption>
          <blockquote className="whitespace-pre-line text-slate-900">{intro.otherReply}</blockquote>
        </figure>
      ) : null}
      {intro.myReply ? (
        <figure className="rounded-md bg-slate-50 px-3 py-2 text-sm">
          <figcaption className="text-xs font-semibold text-slate-600">{t('card.yourReply')}</figcaption>
          <blockquote className="whitespace-pre-line text-slate-900">{intro.myReply}</blockquote>
        </figure>
      ) : null}

      {intro.kind === 'facilitator' && intro.status === 'pending' ? (
        <ul className="text-sm text-slate-800">
          <li>{intro.iAccepted ? t('card.youSaidYes') : t('card.youHaveNotAnswered')}</li>
          <li>{intro.otherAccepted ? t('card.theySaidYes', { company }) : t('card.theyHaveNotAnswered', { company })}</li>
        </ul>
      ) : null}
      {intro.status === 'pending' && intro.direction === 'sent' ? <p className="text-sm text-slate-700">{t('card.noContactYet')}</p> : null}

      {intro.canAnswer ? <AnswerFormClient introductionId={intro.id} companyName={company} /> : null}
      {intro.canWithdraw ? <WithdrawFormClient introductionId={intro.id} label={t('withdraw.button')} ariaLabel={t('withdraw.label', { company })} /> : null}

      {intro.contact ? <ContactDetails contact={intro.contact} company={intro.other} headingId={`${headingId}-contact`} /> : null}

      {intro.canRecordOutcome ? (
        <div className="flex flex-col gap-2">
          {intro.outcomes.length ? (
            <div className="text-sm">
              <h4 className="font-semibold text-slate-900">{t('outcome.recorded')}</h4>
              <ul className="list-disc pl-5">
                {intro.outcomes.map((o) => (
                  <li key={o.kind}>
                    {t(`outcome.kinds.${o.kind}`)}
                    {o.occurredOn ? ` (${date(new Date(o.occurredOn))})` : ''}
                    {o.summary ? `: ${o.summary}` : ''}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <details className="group rounded-md border border-slate-300 p-3">
            <summary className="flex min-h-11 cursor-pointer items-center font-semibold text-teal-900">
              <span aria-hidden="true" className="mr-2 inline-block transition-transform group-open:rotate-90">
                ▸
              </span>
              {intro.outcomes.length ? t('outcome.addAnother') : t('outcome.title')}
            </summary>
            <p className="mb-3 text-sm text-slate-700">{t('outcome.hint')}</p>
            <OutcomeFormClient introductionId={intro.id} />
          </details>
        </div>
      ) : null}

      <p className="text-xs text-slate-600">
        {[
          t('card.sentAt', { date: date(intro.createdAt) }),
          intro.respondedAt ? t('card.answeredAt', { date: date(intro.respondedAt) }) : null,
          intro.networkName,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
    </article>
  );
}

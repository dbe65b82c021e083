import { getTranslations } from 'next-intl/server';

const STEPS = ['post', 'match', 'contact', 'meeting'] as const;

export async function HowItWorks() {
  const t = await getTranslations('home');
  return (
    <section aria-labelledby="how-heading">
      <h2 id="how-heading" className="text-xl font-bold text-slate-900">
        {t('howHeading')}
      </h2>
      <ol className="mt-4 grid gap-4 sm:grid-cols-2">
        {STEPS.map((step, i) => (
          <li key={step} className="flex gap-3 rounded-lg border border-slate-200 bg-white p-4">
            <span aria-hidden="true" className="flex size-8 shrink-0 items-center justify-center rounded-full bg-teal-800 font-bold text-white">
              {i + 1}
            </span>
            <div>
              <h3 className="font-semibold text-slate-900">{t(`steps.${step}.title`)}</h3>
              <p className="mt-1 text-sm text-slate-700">{t(`steps.${step}.text`)}</p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

import { getTranslations } from 'next-intl/server';

export async function SiteFooter() {
  const t = await getTranslations('common');
  return (
    <footer className="border-t border-slate-200 bg-white text-xs text-slate-600">
      <div className="mx-auto max-w-6xl px-4 py-4">
        <p>{t('footer')}</p>
        <p>
          {t('dataCredits')} <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0) · NACE Rev. 2 (Eurostat, Danmarks Statistik DB07)
        </p>
      </div>
    </footer>
  );
}

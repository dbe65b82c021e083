'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { TextField } from '@/components/ui/field';
import type { Country } from '@/lib/validations/companies';
import { lookupPostcodeAction } from '@/lib/actions/companies';

interface Props {
  country: Country;
  initial: { street: string; postcode: string; city: string; lat: string; lng: string };
  errors: Record<string, string[] | undefined>;
}

type Place = { name: string; lat: number; lng: number };

const POSTCODE = { DK: /^\d{4}$/, FI: /^\d{5}$/ } as const;
const same = (a: string, b: number) => a !== '' && Math.abs(Number(a.replace(',', '.')) - b) < 1e-6;

/**
 * Address with the town and the map point filled in from the postcode. The town and the point
 * follow the postcode until the user changes them; "adjust" reveals the coordinates (the map
 * picker comes later). Without JavaScript the server does the same from the postcode.
 */
export function LocationFields({ country, initial, errors }: Props) {
  const t = useTranslations('companies');
  const [postcode, setPostcode] = useState(initial.postcode);
  const [city, setCity] = useState(initial.city);
  const [lat, setLat] = useState(initial.lat);
  const [lng, setLng] = useState(initial.lng);
  const [place, setPlace] = useState<Place | null>(null);
  // Whether town and point still follow the postcode (true until the user edits them).
  const [cityAuto, setCityAuto] = useState(initial.city === '');
  const [pointAuto, setPointAuto] = useState(initial.lat === '' && initial.lng === '');
  const [firstLookup, setFirstLookup] = useState(true);

  useEffect(() => {
    const code = postcode.trim();
    if (!POSTCODE[country].test(code)) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      void lookupPostcodeAction({ country, postcode: code }).then((found) => {
        if (cancelled) return;
        setPlace(found);
        if (!found) return;
        // On first load an edited profile keeps its own town and point unless they equal the
        // postcode's (then they keep following it).
        if (firstLookup) {
          setFirstLookup(false);
          if (code === initial.postcode.trim() && (initial.city !== '' || initial.lat !== '')) {
            if (initial.city === found.name) setCityAuto(true);
            if (same(initial.lat, found.lat) && same(initial.lng, found.lng)) setPointAuto(true);
            return;
          }
        }
        if (cityAuto) setCity(found.name);
        if (pointAuto) {
          setLat(String(found.lat));
          setLng(String(found.lng));
        }
      });
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // Re-run only when the postcode or the country changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [postcode, country]);

  const usingPostcodePoint = pointAuto || (place && same(lat, place.lat) && same(lng, place.lng));
  const summary =
    lat && lng && !usingPostcodePoint
      ? t('form.locationCustom', { lat, lng })
      : place
        ? t('form.locationFromPostcode', { place: place.name, lat: String(place.lat), lng: String(place.lng) })
        : t('form.locationUnknown');

  return (
    <div className="grid gap-4">
      <TextField name="street" label={t('fields.street')} defaultValue={initial.street} errors={errors.street} autoComplete="street-address" maxLength={120} />
      <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
        <TextField
          name="postcode"
          label={t('fields.postcode')}
          value={postcode}
          onChange={(e) => setPostcode(e.target.value)}
          errors={errors.postcode}
          required
          inputMode="numeric"
          autoComplete="postal-code"
          maxLength={10}
        />
        <TextField
          name="city"
          label={t('fields.city')}
          hint={t('fields.cityHint')}
          value={city}
          onChange={(e) => {
            setCity(e.target.value);
            setCityAuto(e.target.value === '');
          }}
          errors={errors.city}
          autoComplete="address-level2"
          maxLength={80}
        />
      </div>
      <div className="rounded-md border border-slate-200 bg-slate-50 p-3">
        <p className="text-sm font-medium text-slate-800">{t('form.location')}</p>
        <p className="text-sm text-slate-700" aria-live="polite">
          {summary}
        </p>
        <details className="mt-2" open={!!(errors.lat ?? errors.lng)}>
          <summary className="min-h-11 cursor-pointer py-3 text-sm font-semibold text-teal-800">{t('form.adjustLocation')}</summary>
          <div className="mt-2 grid gap-3 sm:grid-cols-2">
            <TextField
              name="lat"
              label={t('fields.lat')}
              value={lat}
              onChange={(e) => {
                setLat(e.target.value);
                setPointAuto(false);
              }}
              errors={errors.lat}
              inputMode="decimal"
              hint={t('form.adjustHint')}
            />
            <TextField
              name="lng"
              label={t('fields.lng')}
              value={lng}
              onChange={(e) => {
                setLng(e.target.value);
                setPointAuto(false);
              }}
              errors={errors.lng}
              inputMode="decimal"
            />
          </div>
          {place ? (
            <button
              type="button"
              className="mt-2 min-h-11 text-sm font-semibold text-teal-800 underline"
              onClick={() => {
                setLat(String(place.lat));
                setLng(String(place.lng));
                setPointAuto(true);
              }}
            >
              {t('form.resetLocation')}
            </button>
          ) : null}
        </details>
      </div>
    </div>
  );
}

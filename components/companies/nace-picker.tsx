'use client';
import { useTranslations } from 'next-intl';
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { inputClass } from '@/components/ui/field';
import { rankNace } from '@/lib/nace/search';

export interface NaceOptionItem {
  code: string;
  /** The name in the UI language, without the code. */
  label: string;
}

interface Props {
  /** Field name; `nace[]` reaches the action as an array. */
  name?: string;
  label: string;
  hint?: string;
  errors?: string[] | undefined;
  options: NaceOptionItem[];
  initial: string[];
  max: number;
  required?: boolean;
}

/**
 * A searchable multi-select for NACE codes, following the ARIA combobox pattern: the text box
 * owns a listbox (arrows move, Enter picks, Escape closes), the active option is announced via
 * aria-activedescendant, and additions/removals are announced in a polite live region.
 */
export function NacePicker({ name = 'nace[]', label, hint, errors, options, initial, max, required }: Props) {
  const t = useTranslations('companies.picker');
  const uid = useId();
  const inputId = `${uid}-input`;
  const listId = `${uid}-list`;
  const hintId = `${uid}-hint`;
  const errorId = `${uid}-error`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [selected, setSelected] = useState<string[]>(initial);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [announcement, setAnnouncement] = useState('');

  const byCode = useMemo(() => new Map(options.map((o) => [o.code, o])), [options]);
  const results = useMemo(
    () =>
      rankNace(
        options.filter((o) => !selected.includes(o.code)),
        query,
        50,
      ),
    [options, selected, query],
  );
  const full = selected.length >= max;
  const text = (code: string) => `${code} ${byCode.get(code)?.label ?? ''}`.trim();
  const optionId = (code: string) => `${uid}-opt-${code.replace('.', '-')}`;
  const activeOption = open && !full ? results[Math.min(active, results.length - 1)] : undefined;

  function pick(code: string) {
    if (full) {
      setAnnouncement(t('max', { max }));
      return;
    }
    setSelected((s) => [...s, code]);
    setQuery('');
    setActive(0);
    setAnnouncement(t('added', { label: text(code) }));
  }

  function remove(code: string) {
    setSelected((s) => s.filter((c) => c !== code));
    setAnnouncement(t('removed', { label: text(code) }));
    inputRef.current?.focus();
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) setOpen(true);
      else setActive((a) => Math.min(a + 1, results.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      // Enter in the search box picks; it must never submit the whole form.
      e.preventDefault();
      if (activeOption) pick(activeOption.code);
    } else if (e.key === 'Escape') {
      if (open) e.preventDefault();
      setOpen(false);
    } else if (e.key === 'Backspace' && query === '' && selected.length) {
      remove(selected[selected.length - 1]!);
    }
  }

  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null, full ? `${uid}-full` : null].filter(Boolean).join(' ') || undefined;

  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={inputId} className="text-sm font-medium text-slate-800">
        {label}
        {required ? (
          <span aria-hidden="true" className="text-red-700">
            {' '}
            *
          </span>
        ) : null}
      </label>

      {selected.length ? (
        <ul aria-label={t('selected')} className="flex flex-wrap gap-2">
          {selected.map((code) => (
            <li key={code} className="flex items-center gap-1 rounded-full bg-teal-50 py-1 pr-1 pl-3 text-sm text-teal-950 ring-1 ring-teal-700/30">
              <span>{text(code)}</span>
              <button
                type="button"
                onClick={() => remove(code)}
                className="inline-flex min-h-9 min-w-9 items-center justify-center rounded-full text-lg leading-none text-teal-900 hover:bg-teal-100 focus-visible:ring-2 focus-visible:ring-teal-700 focus-visible:outline-none"
                aria-label={t('remove', { label: text(code) })}
              >
                <span aria-hidden="true">×</span>
              </button>
              <input type="hidden" name={name} value={code} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">{t('noneSelected')}</p>
      )}

      <div className="relative">
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          className={inputClass}
          placeholder={t('placeholder')}
          value={query}
          aria-expanded={open && !full}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeOption ? optionId(activeOption.code) : undefined}
          aria-describedby={describedBy}
          aria-invalid={errors?.length ? true : undefined}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          hidden={!open || full}
          className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-slate-300 bg-white py-1 shadow-lg"
        >
          {results.length === 0 ? (
            <li role="presentation" className="px-3 py-2 text-sm text-slate-600">
              {t('noMatches')}
            </li>
          ) : (
            results.map((o) => {
              const isActive = activeOption?.code === o.code;
              return (
                <li
                  key={o.code}
                  id={optionId(o.code)}
                  role="option"
                  aria-selected={isActive}
                  // Keep focus in the text box so the listbox does not close before the click lands.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => pick(o.code)}
                  className={`flex min-h-11 cursor-pointer items-center gap-2 px-3 py-2 text-sm ${isActive ? 'bg-teal-800 text-white' : 'text-slate-900 hover:bg-slate-100'}`}
                >
                  <span className="font-mono tabular-nums">{o.code}</span> <span>{o.label}</span>
                </li>
              );
            })
          )}
        </ul>
      </div>

      {full ? (
        <p id={`${uid}-full`} className="text-xs text-slate-600">
          {t('max', { max })}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={errorId} className="text-sm text-red-700" role="alert">
          {errors.join(' ')}
        </p>
      ) : null}
      <p aria-live="polite" className="sr-only">
        {announcement || (open && query ? t('results', { count: results.length }) : '')}
      </p>
    </div>
  );
}

import { buttonClass } from '@/components/ui/button-class';
import { inputClass } from '@/components/ui/field';

/** A plain GET search (works without JavaScript, and the URL can be shared or bookmarked). */
export function SearchForm({ action, q, label, placeholder, button }: { action: string; q?: string; label: string; placeholder: string; button: string }) {
  return (
    <form action={action} method="get" role="search" className="mb-4 flex flex-col gap-2 sm:flex-row sm:items-end">
      <div className="flex flex-1 flex-col gap-1">
        <label htmlFor="admin-q" className="text-sm font-medium text-slate-800">
          {label}
        </label>
        <input id="admin-q" name="q" type="search" defaultValue={q} placeholder={placeholder} maxLength={200} className={inputClass} />
      </div>
      <button type="submit" className={buttonClass('primary')}>
        {button}
      </button>
    </form>
  );
}

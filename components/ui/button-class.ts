const base =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-semibold focus:outline-none focus-visible:ring-2 focus-visible:ring-offset-2 focus-visible:ring-teal-700 disabled:opacity-60';

const variants = {
  primary: 'bg-teal-800 text-white hover:bg-teal-900',
  secondary: 'border border-slate-400 bg-white text-slate-900 hover:bg-slate-100',
  danger: 'bg-red-700 text-white hover:bg-red-800',
} as const;

export function buttonClass(variant: keyof typeof variants = 'primary') {
  return `${base} ${variants[variant]}`;
}

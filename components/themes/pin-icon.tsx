/** A push-pin, decorative (the text next to it says "pinned"). */
export function PinIcon({ className = 'h-4 w-4' }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className={className} fill="currentColor">
      <path d="M16 3a1 1 0 0 1 .7 1.7L15.4 6l2.6 4.4 1.3-.6a1 1 0 0 1 1.1 1.6l-3.9 3.9 3.2 3.2a1 1 0 0 1-1.4 1.4l-3.2-3.2-3.9 3.9a1 1 0 0 1-1.6-1.1l.6-1.3L5.8 15.6l-1.1 1.1A1 1 0 0 1 3 16V3h13Zm-3.3 3.1L6 7.3v5.9l4.8 2.9 5-5-3.1-5Z" />
    </svg>
  );
}

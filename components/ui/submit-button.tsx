'use client';
import { useFormStatus } from 'react-dom';
import type { ButtonHTMLAttributes } from 'react';
import { buttonClass } from './button-class';

export function SubmitButton({
  children,
  pendingLabel,
  variant = 'primary',
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { pendingLabel?: string; variant?: 'primary' | 'secondary' | 'danger' }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={buttonClass(variant)} disabled={pending} aria-disabled={pending} {...rest}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}

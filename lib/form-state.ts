// Shared by server actions and the forms that render their result.
import type { FieldErrors } from '@/lib/validations/issues';

export interface FormState {
  ok: boolean;
  /** A form-level message (success or failure), already localized. */
  message?: string;
  fieldErrors?: FieldErrors;
  /** The submitted values, so a failed form keeps what the user typed. */
  values?: Record<string, string | string[]>;
}

export const initialFormState: FormState = { ok: false };

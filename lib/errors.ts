// The one error catalogue: every error code the app answers with, its HTTP status, the plain English
// message of the JSON API and the key of its localized message in messages/<locale>/errors.json.
// The DAL throws AppErrors; actions (lib/actions/form-action.ts) show the localized message, route
// handlers (lib/api/handler.ts) answer with the status and the API message. docs/api.md's error
// table is checked against this catalogue (tests/unit/error-catalogue.test.ts).
export const ERROR_CATALOGUE = {
  unauthorized: { status: 401, api: 'Authentication required or the token is not valid.', messageKey: 'errors.unauthorized' },
  forbidden: { status: 403, api: 'Not allowed.', messageKey: 'errors.forbidden' },
  not_found: { status: 404, api: 'Not found.', messageKey: 'errors.not_found' },
  conflict: { status: 409, api: 'Conflict.', messageKey: 'errors.conflict' },
  payload_too_large: { status: 413, api: 'Request too large.', messageKey: 'errors.payload_too_large' },
  validation: { status: 422, api: 'Invalid request.', messageKey: 'errors.validation' },
  rate_limited: { status: 429, api: 'Too many requests.', messageKey: 'errors.rate_limited' },
  internal: { status: 500, api: 'Unexpected error.', messageKey: 'errors.unexpected' },
} as const satisfies Record<string, { status: number; api: string; messageKey: `errors.${string}` }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
/** The codes the app throws on purpose; `internal` is what an unexpected exception becomes. */
export type AppErrorCode = Exclude<ErrorCode, 'internal'>;

export interface IssueDetail {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly issues: IssueDetail[];
  readonly retryAfterSeconds: number | undefined;

  constructor(code: AppErrorCode, message?: string, options: { issues?: IssueDetail[]; retryAfterSeconds?: number } = {}) {
    super(message ?? code);
    this.name = 'AppError';
    this.code = code;
    this.issues = options.issues ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get status(): number {
    return ERROR_CATALOGUE[this.code].status;
  }
}

export const notFound = (what = 'not_found') => new AppError('not_found', what);
export const forbidden = (what = 'forbidden') => new AppError('forbidden', what);
export const unauthorized = () => new AppError('unauthorized', 'sign-in required');

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

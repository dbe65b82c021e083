// Typed application errors: the DAL throws them, actions and route handlers map them to a form
// message or an HTTP status.
export type AppErrorCode =
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'validation'
  | 'conflict'
  | 'rate_limited'
  | 'payload_too_large';

const STATUS: Record<AppErrorCode, number> = {
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  validation: 422,
  conflict: 409,
  rate_limited: 429,
  payload_too_large: 413,
};

export interface IssueDetail {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly issues: IssueDetail[];
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: AppErrorCode,
    message?: string,
    options: { issues?: IssueDetail[]; retryAfterSeconds?: number } = {},
  ) {
    super(message ?? code);
    this.name = 'AppError';
    this.code = code;
    this.issues = options.issues ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get status() {
    return STATUS[this.code];
  }
}

export const notFound = (what = 'not_found') => new AppError('not_found', what);
export const forbidden = (what = 'forbidden') => new AppError('forbidden', what);
export const unauthorized = () => new AppError('unauthorized', 'sign-in required');

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

import 'server-only';
import type { z } from 'zod';
import type { Viewer } from '@/lib/dal/viewer';
import { isAppError, type IssueDetail } from '@/lib/errors';
import { describeIssues } from '@/lib/validations/issues';
import { viewerFromRequest } from './auth';

// The one wrapper of every /api/v1 route handler: authenticate (token or session) → parse path
// params and query with zod → call the DAL → JSON. AppErrors map to their HTTP status; validation
// issues carry a path prefixed with where the value came from ("query.limit", "params.ref").

export interface ApiErrorBody {
  error: { code: string; message: string; issues?: IssueDetail[] };
}

const MESSAGES: Record<string, string> = {
  unauthorized: 'Authentication required or the token is not valid.',
  forbidden: 'Not allowed.',
  not_found: 'Not found.',
  validation: 'Invalid request.',
  conflict: 'Conflict.',
  rate_limited: 'Too many requests.',
  payload_too_large: 'Request too large.',
};

export function apiError(status: number, code: string, message: string, issues?: IssueDetail[]): Response {
  const body: ApiErrorBody = { error: { code, message, ...(issues?.length ? { issues } : {}) } };
  return Response.json(body, { status, headers: { 'cache-control': 'no-store' } });
}

/** URLSearchParams → object; a repeated parameter keeps its first value. */
function queryObject(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of url.searchParams) if (!(k in out)) out[k] = v;
  return out;
}

type RouteContext = { params: Promise<Record<string, string | string[]>> };

export function apiHandler<Q extends z.ZodType = z.ZodObject, P extends z.ZodType = z.ZodObject>(
  spec: { query?: Q; params?: P },
  run: (args: { viewer: Viewer | null; query: z.output<Q>; params: z.output<P>; request: Request }) => Promise<unknown>,
) {
  return async (request: Request, context?: RouteContext): Promise<Response> => {
    try {
      const viewer = await viewerFromRequest(request);
      const issues: IssueDetail[] = [];
      const parse = <S extends z.ZodType>(schema: S | undefined, input: unknown, where: string): z.output<S> => {
        if (!schema) return {} as z.output<S>;
        const parsed = schema.safeParse(input);
        if (parsed.success) return parsed.data;
        for (const i of describeIssues(parsed.error.issues)) issues.push({ path: i.path ? `${where}.${i.path}` : where, message: i.message });
        return undefined as z.output<S>;
      };
      const query = parse(spec.query, queryObject(new URL(request.url)), 'query');
      const params = parse(spec.params, context ? await context.params : {}, 'params');
      if (issues.length) return apiError(422, 'validation', MESSAGES.validation!, issues);
      const data = await run({ viewer, query, params, request });
      return Response.json(data, { headers: { 'cache-control': 'private, no-store', vary: 'authorization, cookie' } });
    } catch (error) {
      if (isAppError(error)) {
        // Messages of not_found/forbidden are catalog keys meant for the UI: the API says it plainly.
        const message = error.code === 'unauthorized' ? error.message : (MESSAGES[error.code] ?? error.code);
        const response = apiError(error.status, error.code, message, error.issues);
        if (error.retryAfterSeconds) response.headers.set('retry-after', String(error.retryAfterSeconds));
        return response;
      }
      console.error(error);
      return apiError(500, 'internal', 'Unexpected error.');
    }
  };
}

import 'server-only';
import type { z } from 'zod';
import { recordActionOf } from '@/lib/dal/audit';
import { getViewer, type Viewer } from '@/lib/dal/viewer';
import { AppError, ERROR_CATALOGUE, isAppError, type ErrorCode, type IssueDetail } from '@/lib/errors';
import { ACTIVITY_LIMITS, enforceRateLimit } from '@/lib/rate-limit';
import { NO_NUL, nulPaths } from '@/lib/validations/control-characters';
import { describeIssues } from '@/lib/validations/issues';
import { bearerToken, viewerFromRequest } from './auth';

// The one wrapper of every route handler (app/api/v1/** and the few routes beside the pages):
// (optional) limit → authenticate → parse path params, query and JSON body with zod → run (the DAL
// decides) → JSON. AppErrors map to their status and message in lib/errors.ts; validation issues
// carry a path prefixed with where the value came from ("query.limit", "params.ref", "body.email").

export interface ApiErrorBody {
  error: { code: ErrorCode; message: string; issues?: IssueDetail[] };
}

export function apiError(code: ErrorCode, issues?: IssueDetail[], message: string = ERROR_CATALOGUE[code].api): Response {
  const body: ApiErrorBody = { error: { code, message, ...(issues?.length ? { issues } : {}) } };
  return Response.json(body, { status: ERROR_CATALOGUE[code].status, headers: { 'cache-control': 'no-store' } });
}

/** URLSearchParams → object; a repeated parameter keeps its first value. */
function queryObject(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of url.searchParams) if (!(k in out)) out[k] = v;
  return out;
}

/** A relative redirect: behind a proxy the request's own origin can differ from the browser's. */
export function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path, 'Cache-Control': 'no-store' } });
}

const DEFAULT_MAX_BODY_BYTES = 100_000;

type RouteContext = { params: Promise<Record<string, string | string[]>> };
type Auth = 'api' | 'session' | 'none';
type ViewerFor<A extends Auth, R extends boolean> = A extends 'none' ? null : R extends true ? Viewer : Viewer | null;

export interface HandlerSpec<Q, P, B, A extends Auth, R extends boolean> {
  query?: Q;
  params?: P;
  /** A JSON body (POST, PUT, PATCH); its issues are reported under `body.`. */
  body?: B;
  maxBodyBytes?: number;
  /** `api` (default): a bearer token or the session cookie; `session`: the cookie only (routes beside
   * the pages); `none`: the caller is not looked up at all (sign-up). */
  auth?: A;
  /** Without a viewer: 401, or (routes that browsers open) the response of `signedOut`. */
  requireViewer?: R;
  signedOut?: (request: Request) => Response;
  /** Runs before anything is parsed (rate limits): throw an AppError to refuse. */
  before?: (request: Request) => Promise<void>;
  /** A route that browsers open may answer an AppError its own way (undefined: the JSON error). */
  onError?: (error: AppError) => Response | undefined;
}

export function apiHandler<
  Q extends z.ZodType = z.ZodObject,
  P extends z.ZodType = z.ZodObject,
  B extends z.ZodType = z.ZodObject,
  A extends Auth = 'api',
  R extends boolean = false,
>(
  spec: HandlerSpec<Q, P, B, A, R>,
  run: (args: { viewer: ViewerFor<A, R>; query: z.output<Q>; params: z.output<P>; body: z.output<B>; request: Request }) => Promise<unknown>,
) {
  return async (request: Request, context?: RouteContext): Promise<Response> => {
    let viewer: Viewer | null = null;
    try {
      await spec.before?.(request);
      const auth: Auth = spec.auth ?? 'api';
      viewer = auth === 'none' ? null : auth === 'session' ? await getViewer() : await viewerFromRequest(request);
      // A valid token is limited per token (a script in a loop, a leaked token): 429 + Retry-After.
      const token = auth === 'api' && viewer ? bearerToken(request) : null;
      if (token) await enforceRateLimit([{ rule: ACTIVITY_LIMITS.apiPerToken, subject: token }]);
      if (!viewer && spec.requireViewer) {
        if (spec.signedOut) return spec.signedOut(request);
        throw new AppError('unauthorized', ERROR_CATALOGUE.unauthorized.api);
      }
      const issues: IssueDetail[] = [];
      const parse = <S extends z.ZodType>(schema: S | undefined, input: unknown, where: string): z.output<S> => {
        if (!schema) return {} as z.output<S>;
        const nul = nulPaths(input);
        if (nul.length) {
          for (const p of nul) issues.push({ path: p ? `${where}.${p}` : where, message: `validation.${NO_NUL}` });
          return undefined as z.output<S>;
        }
        const parsed = schema.safeParse(input);
        if (parsed.success) return parsed.data;
        for (const i of describeIssues(parsed.error.issues)) issues.push({ path: i.path ? `${where}.${i.path}` : where, message: i.message });
        return undefined as z.output<S>;
      };
      const query = parse(spec.query, queryObject(new URL(request.url)), 'query');
      const params = parse(spec.params, context ? await context.params : {}, 'params');
      const body = spec.body ? parse(spec.body, await readJson(request, spec.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES), 'body') : ({} as z.output<B>);
      if (issues.length) return apiError('validation', issues);
      const data = await run({ viewer: viewer as ViewerFor<A, R>, query, params, body, request });
      if (data instanceof Response) return data;
      return Response.json(data, { headers: { 'cache-control': 'private, no-store', vary: 'authorization, cookie' } });
    } catch (error) {
      if (isAppError(error) && error.code === 'forbidden') await recordApiRefusal(viewer, request);
      if (isAppError(error)) {
        const own = spec.onError?.(error);
        if (own) return own;
        // Messages of not_found/forbidden are catalogue keys meant for the UI: the API says it plainly.
        const message = error.code === 'unauthorized' ? error.message : ERROR_CATALOGUE[error.code].api;
        const response = apiError(error.code, error.issues, message);
        if (error.retryAfterSeconds) response.headers.set('retry-after', String(error.retryAfterSeconds));
        return response;
      }
      console.error(error);
      return apiError('internal');
    }
  };
}

/** The one place where a refused API call is logged (lib/dal/audit.ts; it never fails the call):
 * the method and path name it, e.g. `api PATCH /api/v1/listings/l-12`. */
async function recordApiRefusal(viewer: Viewer | null, request: Request) {
  const { pathname } = new URL(request.url);
  await recordActionOf(viewer, 'api', 'refused', {}, { method: request.method, path: pathname.slice(0, 300) });
}

/** The request body as JSON; too large → 413, not JSON → 422 (path `body`). */
async function readJson(request: Request, maxBytes: number): Promise<unknown> {
  const raw = await request.text();
  if (Buffer.byteLength(raw) > maxBytes) throw new AppError('payload_too_large');
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new AppError('validation', 'Body must be JSON', { issues: [{ path: 'body', message: 'Body must be JSON' }] });
  }
}

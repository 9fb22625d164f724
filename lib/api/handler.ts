import "server-only";
// withApi wraps every /api/v1 route handler: bearer authentication, a role check decided before anything
// else (403), awaited params, and one error format for everything thrown (lib/api/errors.ts).
import type { Actor } from "@/lib/auth/user";
import type { Role } from "@/lib/generated/prisma/enums";
import { REQUEST_ID_HEADER, requestIdOf } from "@/lib/server/log";
import { unstorableFields } from "@/lib/validation/parse";
import { ApiError, toErrorResponse } from "./errors";
import { authenticate } from "./tokens";

type Params = Record<string, string>;
/** What Next passes a route handler: `params` is a Promise in Next 16. Optional so tests may omit it. */
export interface RouteContext<P extends Params = Params> {
  params: Promise<P>;
}
export type RouteHandler<P extends Params = Params> = (request: Request, context?: RouteContext<P>) => Promise<Response>;

export interface ApiCall<P extends Params, A extends Actor | null> {
  request: Request;
  actor: A;
  params: P;
}

interface AuthOptions {
  auth: true;
  /** Only these roles may call the route at all (403 for the others). */
  roles?: readonly Role[];
}

export function withApi<P extends Params = Params>(
  handler: (call: ApiCall<P, Actor>) => Promise<Response>,
  options: AuthOptions,
): RouteHandler<P>;
export function withApi<P extends Params = Params>(
  handler: (call: ApiCall<P, null>) => Promise<Response>,
  options: { auth: false },
): RouteHandler<P>;
export function withApi<P extends Params = Params>(
  handler: ((call: ApiCall<P, Actor>) => Promise<Response>) | ((call: ApiCall<P, null>) => Promise<Response>),
  options: AuthOptions | { auth: false },
): RouteHandler<P> {
  const run = handler as (call: ApiCall<P, Actor | null>) => Promise<Response>;
  return async (request, context) => {
    const requestId = requestIdOf(request);
    const response = await answer(request, context, requestId);
    // Every answer carries its request id; an error's log line names the same id.
    response.headers.set(REQUEST_ID_HEADER, requestId);
    return response;
  };

  async function answer(request: Request, context: RouteContext<P> | undefined, requestId: string): Promise<Response> {
    try {
      const params = ((await context?.params) ?? {}) as P;
      let actor: Actor | null = null;
      if (options.auth) {
        actor = await authenticate(request);
        if (options.roles && !options.roles.includes(actor.role)) throw new ApiError(403, "FORBIDDEN", "errors.forbidden");
      }
      // An id with a NUL or half a surrogate pair names no record (PostgreSQL could not even compare it).
      if (Object.keys(unstorableFields(params)).length) throw new ApiError(404, "NOT_FOUND", "errors.notFound");
      return await run({ request, actor, params });
    } catch (error) {
      return toErrorResponse(error, requestId);
    }
  }
}

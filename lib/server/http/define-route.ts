import "server-only";
import { getCurrentUser, type CurrentUser } from "@/lib/server/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import { isCleanText } from "@/lib/validation/text";
import { errorResponse } from "./error-response";
import { requestLocale } from "./request-locale";
import { RequestRefused } from "./request-refused";
import { fieldErrorItem } from "./field-errors";
import { isSameOrigin } from "./same-origin";
import { handleEwpRequest, type EwpCall, type EwpClients } from "@/lib/server/ewp/handle-request";

type RouteAccess = {
  /** "ewp": an Erasmus Without Paper API, answered in XML (lib/server/ewp/handle-request.ts). */
  access: "public" | "signed-in" | "ewp";
  /** A public API other sites may call (it changes nothing for anyone, or has its own protection against forged requests). */
  crossSite?: true;
};

/** Who each route handler admits, kept so that a test can check every handler against the access matrix. */
export const ROUTE_ACCESS = new WeakMap<object, RouteAccess>();

type Params = Record<string, string | string[]>;
type Context<P extends Params> = { params: Promise<P> };
type Call<P extends Params, U> = { request: Request; params: P; user: U; locale: Locale; context: Context<P> | undefined };
type Handler<P extends Params> = (request: Request, context?: Context<P>) => Promise<Response>;

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

function refuseHiddenCharacters(request: Request, params: Params): void {
  const url = new URL(request.url);
  const values = [
    ...Object.entries(params).flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((v) => [name, v] as const)),
    ...url.searchParams.entries(),
  ];
  const bad = values.find(([name, value]) => !isCleanText(name) || !isCleanText(value));
  if (bad) throw new RequestRefused(400, "invalid", (t) => [fieldErrorItem(bad[0], "validation.controlCharacter", t)]);
}

/**
 * Every route handler is written through this wrapper: it refuses writes
 * from other sites, path segments and search parameters holding control
 * characters, and anonymous callers of signed-in routes; it answers every
 * error through `errorResponse`; and it registers who the route is for.
 * Record-level access is checked by the data-access function the handler calls.
 */
export function defineRoute<P extends Params = Params>(
  options: RouteAccess & { access: "public" },
  handler: (call: Call<P, null>) => Promise<Response>,
): Handler<P>;
export function defineRoute<P extends Params = Params>(
  options: RouteAccess & { access: "signed-in" },
  handler: (call: Call<P, CurrentUser>) => Promise<Response>,
): Handler<P>;
export function defineRoute<P extends Params = Params>(
  options: { access: "ewp"; clients: EwpClients },
  handler: (call: EwpCall) => Promise<string>,
): Handler<P>;
export function defineRoute<P extends Params>(
  options: RouteAccess & { clients?: EwpClients },
  handler: ((call: Call<P, never>) => Promise<Response>) | ((call: EwpCall) => Promise<string>),
): Handler<P> {
  if (options.access === "ewp") {
    // Other nodes call from anywhere: the HTTP signature, not the origin, says who they are.
    const route: Handler<P> = (request) => handleEwpRequest(request, options.clients!, handler as (call: EwpCall) => Promise<string>);
    ROUTE_ACCESS.set(route, { access: "ewp", crossSite: true });
    return route;
  }
  const respond = handler as (call: Call<P, never>) => Promise<Response>;
  const route: Handler<P> = async (request, context) => {
    const locale = requestLocale(request);
    try {
      if (!options.crossSite && !READS.has(request.method) && !isSameOrigin(request)) throw new RequestRefused(403, "cross_site");
      const params = ((await context?.params) ?? {}) as P;
      refuseHiddenCharacters(request, params);
      const user = options.access === "signed-in" ? await getCurrentUser() : null;
      if (options.access === "signed-in" && !user) return Response.json({ error: "unauthenticated" }, { status: 401 });
      return await respond({ request, params, user: user as never, locale, context });
    } catch (error) {
      return errorResponse(error, locale);
    }
  };
  ROUTE_ACCESS.set(route, options);
  return route;
}

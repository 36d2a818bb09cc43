import "server-only";
import { isSameOriginRequest } from "@/lib/domain/request-origin";

/**
 * Refuses a state-changing request sent by another site's page: only our
 * own origin may write. Server actions get the same check in `proxy.ts`.
 */
export function isSameOrigin(request: Request): boolean {
  return isSameOriginRequest(request.headers);
}

/**
 * Plain HTTP endpoints beside the RPCs (SCIM, OAuth connect).
 */
export { httpFallback, readBody, sendJson, type HttpRequest, type HttpResponse, type HttpRoute } from "./http-routes.js";
export { scimRoute, type ScimRouteOptions } from "./scim-route.js";

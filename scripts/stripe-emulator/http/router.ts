export type Route<H> = { method: string; pattern: string; handler: H };

export type RouteMatch<H> = { handler: H; params: Record<string, string> };

function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const expected = pattern.split("/");
  const actual = path.split("/");
  if (expected.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (const [index, segment] of expected.entries()) {
    const value = actual[index] ?? "";
    if (segment.startsWith(":")) {
      if (!value) return null;
      params[segment.slice(1)] = decodeURIComponent(value);
    } else if (segment !== value) {
      return null;
    }
  }
  return params;
}

/** The first route with this method whose pattern (`/v1/customers/:id`) fits the path. */
export function matchRoute<H>(routes: Route<H>[], method: string, path: string): RouteMatch<H> | null {
  for (const route of routes) {
    if (route.method !== method) continue;
    const params = matchPattern(route.pattern, path);
    if (params) return { handler: route.handler, params };
  }
  return null;
}

/**
 * The explorer's only way to the data: POST to the server's /graphql. No credentials, no other
 * endpoint. Queries are static text or built from the model in relations.ts; user input only
 * ever travels in `variables`.
 */

/** A GraphQL error answer, with the server's messages joined and the first error's extensions. */
export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    message: string,
    readonly extensions: { code?: string; max?: number; found?: number } = {},
  ) {
    super(message);
  }
}

/** Sends one operation and returns its `data`, or throws ApiError with the server's message. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  const res = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  let body: { data?: T; errors?: { message: string; extensions?: ApiError["extensions"] }[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new ApiError(`The GraphQL endpoint answered HTTP ${res.status} without JSON`);
  }
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join("; "), body.errors[0]?.extensions);
  if (!body.data) throw new ApiError(`The GraphQL endpoint answered HTTP ${res.status} without data`);
  return body.data;
}

/**
 * Sends a query whose size is the variable `sizeVar`, made smaller when the server says it would
 * cost too much (QUERY_TOO_COMPLEX, with the `max` it allows and the cost it `found`): cost grows
 * with the size, so one retry at size × max / found fits. Resolves with the data and the size
 * that was answered, which callers reuse for further pages.
 */
export async function gqlFitted<T>(query: string, variables: Record<string, unknown>, sizeVar: string): Promise<{ data: T; size: number }> {
  const size = Math.min(Number(variables[sizeVar]), fittedSizes.get(query) ?? Infinity);
  try {
    return { data: await gql<T>(query, { ...variables, [sizeVar]: size }), size };
  } catch (err) {
    const { code, max, found } = err instanceof ApiError ? err.extensions : {};
    if (code !== "QUERY_TOO_COMPLEX" || !max || !found || found <= max) throw err;
    const fitted = Math.floor((size * max * 0.95) / found);
    if (fitted < 1) throw err;
    const data = await gql<T>(query, { ...variables, [sizeVar]: fitted });
    fittedSizes.set(query, fitted);
    return { data, size: fitted };
  }
}

/** Sizes the server accepted after a refusal, per query text: each query is cut down once, not at every call. */
const fittedSizes = new Map<string, number>();

/** A node as the API returns it: __typename plus whichever of NODE_FIELDS were selected. */
export interface ApiNode {
  __typename: string;
  code?: string;
  id?: string;
  name: string;
  type?: string;
  kind?: string;
  status?: string;
  population?: number | null;
  validFrom?: string | null;
  validTo?: string | null;
  current?: boolean;
  tiers?: { code: string }[];
  memberCount?: { totalCount: number };
}

/** Relationship properties, whichever type the relationship has. */
export interface ApiEdgeProps {
  validFrom?: string | null;
  validTo?: string | null;
  role?: string;
  basis?: string;
}

/** A relationship connection as selected by queries.ts. */
export interface ApiConnection {
  totalCount: number;
  edges: { properties?: ApiEdgeProps; node: ApiNode }[];
}

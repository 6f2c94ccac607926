/**
 * The two load generators. Both run for a fixed time at a fixed concurrency and report through
 * `summarise`, so their numbers compare: autocannon for HTTP (every response's latency taken
 * from its 'response' event, in fractional ms), and N async workers looping on the driver for
 * the Cypher floors.
 */
import autocannon from "autocannon";
import { summarise, type LoadStats } from "./stats.js";

/** An HTTP load: POST bodies from `nextBody` to `url`. */
export interface HttpLoad {
  url: string;
  connections: number;
  seconds: number;
  /** The next request body (JSON); called once per request. A `{ kind, body }` is counted per kind. */
  nextBody: () => string | { kind: string; body: string };
  /** Count 200 responses with a GraphQL `errors` member as errors. */
  graphql: boolean;
}

/** One kind of request in a mixed load: its own latencies and errors. */
export interface KindStats {
  requests: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
}

/** What went wrong, by cause: `HTTP 503`, a GraphQL error code, `timeout`, `connection`. */
export type ErrorCauses = Record<string, number>;

export interface HttpLoadStats extends LoadStats {
  /** Per kind, when `nextBody` gives kinds. Latency measured from the request's setup to its response. */
  byKind: Record<string, KindStats>;
  causes: ErrorCauses;
}

interface Ctx {
  kind?: string;
  t0?: number;
}

/** The first GraphQL error code in a response body (`"code":"..."`), or "GRAPHQL_ERROR". */
function graphqlCode(body: string): string {
  return /"code":"([A-Z_]+)"/.exec(body)?.[1] ?? "GRAPHQL_ERROR";
}

/** Runs autocannon; errors = non-2xx + GraphQL errors + connection errors and timeouts. */
export function httpLoad(o: HttpLoad): Promise<HttpLoadStats> {
  const latencies: number[] = [];
  let graphqlErrors = 0;
  const causes: ErrorCauses = {};
  const kinds = new Map<string, { latencies: number[]; errors: number }>();
  const cause = (c: string) => (causes[c] = (causes[c] ?? 0) + 1);
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: o.url,
        connections: o.connections,
        duration: o.seconds,
        timeout: 30,
        requests: [
          {
            method: "POST",
            headers: { "content-type": "application/json" },
            setupRequest: (req, context: Ctx) => {
              const next = o.nextBody();
              if (typeof next === "string") return { ...req, body: next };
              context.kind = next.kind;
              context.t0 = performance.now();
              return { ...req, body: next.body };
            },
            // The key can only appear as `"errors":` at the top level of a GraphQL response:
            // inside strings quotes are escaped.
            onResponse: (status, body, context: Ctx) => {
              let failed = false;
              if (status >= 300) {
                failed = true;
                cause(`HTTP ${status}${body.includes('"code":"') ? ` ${graphqlCode(body)}` : ""}`);
              } else if (o.graphql && body.includes('"errors":')) {
                graphqlErrors++;
                failed = true;
                cause(graphqlCode(body));
              }
              if (context.kind !== undefined && context.t0 !== undefined) {
                let k = kinds.get(context.kind);
                if (!k) kinds.set(context.kind, (k = { latencies: [], errors: 0 }));
                k.latencies.push(performance.now() - context.t0);
                if (failed) k.errors++;
              }
            },
          },
        ],
      },
      (err, result) => {
        if (err) return reject(err as Error);
        const errors = result.non2xx + result.errors + graphqlErrors;
        if (result.timeouts) causes.timeout = result.timeouts;
        if (result.errors - result.timeouts > 0) causes.connection = result.errors - result.timeouts;
        const byKind: Record<string, KindStats> = {};
        for (const [kind, k] of kinds) {
          const s = summarise(k.latencies, result.duration, o.connections, k.errors);
          byKind[kind] = { requests: s.requests, p50: s.p50, p99: s.p99, max: Math.max(...k.latencies), errors: k.errors };
        }
        resolve({ ...summarise(latencies, result.duration, o.connections, errors), byKind, causes });
      },
    );
    instance.on("response", (_client, _status, _bytes, ms: number) => latencies.push(ms));
  });
}

/** N workers each calling `task` back to back for `seconds`; a rejected task counts as an error. */
export async function driverLoad(concurrency: number, seconds: number, task: () => Promise<unknown>): Promise<LoadStats> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        await task();
        latencies.push(performance.now() - t0);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return summarise(latencies, (performance.now() - started) / 1000, concurrency, errors);
}

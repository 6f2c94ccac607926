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
  /** The next request body (JSON); called once per request. */
  nextBody: () => string;
  /** Count 200 responses with a GraphQL `errors` member as errors. */
  graphql: boolean;
}

/** Runs autocannon; errors = non-2xx + GraphQL errors + connection errors and timeouts. */
export function httpLoad(o: HttpLoad): Promise<LoadStats> {
  const latencies: number[] = [];
  let graphqlErrors = 0;
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
            setupRequest: (req) => ({ ...req, body: o.nextBody() }),
            // The key can only appear as `"errors":` at the top level of a GraphQL response:
            // inside strings quotes are escaped.
            onResponse: (status, body) => {
              if (o.graphql && status < 300 && body.includes('"errors":')) graphqlErrors++;
            },
          },
        ],
      },
      (err, result) => {
        if (err) return reject(err as Error);
        const errors = result.non2xx + result.errors + graphqlErrors;
        resolve(summarise(latencies, result.duration, o.connections, errors));
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

/**
 * A real driver that counts the Cypher statements sent through it: every executeQuery, and
 * every tx.run / session.run inside sessions (but those `ignore` picks). Used to prove one query per
 * question; `params` holds each one's parameters, in the same order (the bench re-runs them).
 */
import type { Driver, ManagedTransaction, Session } from "neo4j-driver";

export function countingDriver(driver: Driver, ignore: (query: string) => boolean = () => false): { driver: Driver; queries: string[]; params: unknown[] } {
  const queries: string[] = [];
  const params: unknown[] = [];
  const record = (q: string, p?: unknown) => void (ignore(q) || (queries.push(q), params.push(p)));
  const countTx = (tx: ManagedTransaction) =>
    new Proxy(tx, { get: (t, k) => (k === "run" ? (q: string, p?: unknown) => (record(q, p), t.run(q, p as never)) : Reflect.get(t, k)) });
  const countSession = (s: Session) =>
    new Proxy(s, {
      get(target, k) {
        if (k === "run") return (q: string, p?: unknown) => (record(q, p), target.run(q, p as never));
        if (k === "executeRead" || k === "executeWrite") {
          return (work: (tx: ManagedTransaction) => unknown, cfg?: unknown) => target[k]((tx) => work(countTx(tx)) as never, cfg as never);
        }
        const v = Reflect.get(target, k);
        return typeof v === "function" ? v.bind(target) : v;
      },
    });
  const wrapped = new Proxy(driver, {
    get(target, k) {
      if (k === "executeQuery") return (q: string, ...rest: unknown[]) => (record(q, rest[0]), (target.executeQuery as (...a: unknown[]) => unknown)(q, ...rest));
      if (k === "session") return (cfg?: unknown) => countSession(target.session(cfg as never));
      const v = Reflect.get(target, k);
      return typeof v === "function" ? v.bind(target) : v;
    },
  });
  return { driver: wrapped, queries, params };
}

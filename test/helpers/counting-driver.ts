/**
 * A real driver that counts the Cypher statements sent through it: every executeQuery, and
 * every tx.run / session.run inside sessions (but those `ignore` picks). Used to prove one query per question.
 */
import type { Driver, ManagedTransaction, Session } from "neo4j-driver";

export function countingDriver(driver: Driver, ignore: (query: string) => boolean = () => false): { driver: Driver; queries: string[] } {
  const queries: string[] = [];
  const record = (q: string) => void (ignore(q) || queries.push(q));
  const countTx = (tx: ManagedTransaction) =>
    new Proxy(tx, { get: (t, k) => (k === "run" ? (q: string, p?: unknown) => (record(q), t.run(q, p as never)) : Reflect.get(t, k)) });
  const countSession = (s: Session) =>
    new Proxy(s, {
      get(target, k) {
        if (k === "run") return (q: string, p?: unknown) => (record(q), target.run(q, p as never));
        if (k === "executeRead" || k === "executeWrite") {
          return (work: (tx: ManagedTransaction) => unknown, cfg?: unknown) => target[k]((tx) => work(countTx(tx)) as never, cfg as never);
        }
        const v = Reflect.get(target, k);
        return typeof v === "function" ? v.bind(target) : v;
      },
    });
  const wrapped = new Proxy(driver, {
    get(target, k) {
      if (k === "executeQuery") return (q: string, ...rest: unknown[]) => (record(q), (target.executeQuery as (...a: unknown[]) => unknown)(q, ...rest));
      if (k === "session") return (cfg?: unknown) => countSession(target.session(cfg as never));
      const v = Reflect.get(target, k);
      return typeof v === "function" ? v.bind(target) : v;
    },
  });
  return { driver: wrapped, queries };
}

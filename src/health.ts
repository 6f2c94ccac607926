/** GET /health: is the database reachable, and does it hold data? */
import type { Driver } from "neo4j-driver";

export interface Health {
  status: "ok" | "unavailable";
  database: { reachable: boolean; latencyMs?: number; error?: string };
}

/**
 * Answers within `timeoutMs` whatever the database or the driver's pool is doing: a pool with
 * every connection busy would otherwise hold the check for connectionAcquisitionTimeout.
 */
export async function checkHealth(driver: Driver, database: string, timeoutMs = 3000): Promise<Health> {
  const t0 = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: "HealthCheckTimeout" })), timeoutMs);
  });
  try {
    const ping = driver.executeQuery("RETURN 1", {}, { database, transactionConfig: { timeout: timeoutMs, metadata: { app: "tiergraph", kind: "health" } } });
    ping.catch(() => undefined); // it may settle after the deadline; nobody is waiting then
    await Promise.race([ping, deadline]);
    return { status: "ok", database: { reachable: true, latencyMs: Math.round(performance.now() - t0) } };
  } catch (err) {
    const e = err as { code?: string; message: string };
    return { status: "unavailable", database: { reachable: false, error: e.code ?? e.message } };
  } finally {
    clearTimeout(timer);
  }
}

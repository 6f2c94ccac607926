/** GET /health: is the database reachable, and does it hold data? */
import type { Driver } from "neo4j-driver";

export interface Health {
  status: "ok" | "unavailable";
  database: { reachable: boolean; latencyMs?: number; error?: string };
}

export async function checkHealth(driver: Driver, database: string, timeoutMs = 3000): Promise<Health> {
  const t0 = performance.now();
  try {
    await driver.executeQuery("RETURN 1", {}, { database, transactionConfig: { timeout: timeoutMs } });
    return { status: "ok", database: { reachable: true, latencyMs: Math.round(performance.now() - t0) } };
  } catch (err) {
    const e = err as { code?: string; message: string };
    return { status: "unavailable", database: { reachable: false, error: e.code ?? e.message } };
  }
}

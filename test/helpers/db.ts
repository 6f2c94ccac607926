/** The suite's database, from the global setup. */
import type { Driver } from "neo4j-driver";
import { inject } from "vitest";
import { makeDriver } from "../../src/db/connect.js";
import { totals } from "../global-setup.js";

export function testDriver(): { driver: Driver; database: string } {
  const c = inject("neo4j");
  return { driver: makeDriver(c.uri, c.username, c.password), database: c.database };
}

/** Runs read-only Cypher and returns plain objects. */
export async function cypher<T = Record<string, unknown>>(driver: Driver, database: string, query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(query, params, { database });
  return records.map((r) => r.toObject() as T);
}

/**
 * Fails loudly if an earlier file left the graph other than seeded: every file starts from the
 * same known state (the node and relationship totals measured right after the global seed).
 */
export async function assertSeeded(driver: Driver, database: string): Promise<void> {
  const expected = inject("neo4j").totals;
  const actual = await totals(driver, database);
  if (actual.nodes !== expected.nodes || actual.relationships !== expected.relationships) {
    throw new Error(`The test database is not in the seeded state (${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}): an earlier test file changed it without restoring it.`);
  }
}

/**
 * Re-seeding that loses nothing (issue #15, item 4): a changed key keeps its notes and its
 * postcodes (moved to the node that now carries the old key), a note that would be orphaned
 * makes the re-seed refuse, and the SeedRun records the content hash of seeds/.
 */
import { randomUUID } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/log.js";
import { DEFAULT_SEEDS } from "../../src/seed/context.js";
import { seedsHash } from "../../src/seed/hash.js";
import { describeChanges, seedAll, seededHash } from "../../src/seed/run.js";
import { SeedRefusedError } from "../../src/seed/write.js";
import { assertSeeded, cypher, testDriver } from "../helpers/db.js";

const { driver, database } = testDriver();
const log = createLogger("warn", "test-reseed");
const dirs: string[] = [];
const notes: string[] = [];

beforeAll(async () => assertSeeded(driver, database));
afterAll(async () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  await driver.executeQuery("MATCH (n:Note) WHERE n.id IN $ids DETACH DELETE n", { ids: notes }, { database });
  await driver.close();
});

function seedsWith(files: string | string[], change: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "tiergraph-reseed-"));
  dirs.push(dir);
  cpSync(DEFAULT_SEEDS, dir, { recursive: true });
  for (const file of [files].flat()) {
    const before = readFileSync(join(dir, file), "utf8");
    const after = change(before);
    if (after === before) throw new Error(`fixture change to ${file} changed nothing`);
    writeFileSync(join(dir, file), after);
  }
  return dir;
}

const count = async (query: string, params: Record<string, unknown> = {}) => Number((await cypher<{ n: number }>(driver, database, query, params))[0]?.n ?? 0);

async function noteAbout(label: string, key: string, value: string): Promise<string> {
  const id = `test-reseed-${randomUUID()}`;
  notes.push(id);
  await driver.executeQuery(
    `MATCH (t:${label} {${key}: $value}) CREATE (:Note {id: $id, text: 'must survive a re-seed', createdBy: 'test', createdAt: datetime()})-[:ABOUT]->(t)`,
    { id, value }, { database },
  );
  return id;
}

describe("re-seeding that loses nothing", () => {
  it("Barnsley's GSS code changes in the register: its note and its postcodes move to the new key, both ways, and each re-seed says what changed", async () => {
    const id = await noteAbout("Authority", "code", "E08000016");
    const postcodes = await count("MATCH (:Postcode)-[:IN_DISTRICT]->(:Authority {code: 'E08000016'}) RETURN count(*) AS n");
    expect(postcodes).toBeGreaterThan(1000);
    const seeds = seedsWith("datasets/authorities/uk_local_authorities.csv", (t) =>
      t.replace("BNS,Barnsley Metropolitan Borough Council,Barnsley,E08000016,", "BNS,Barnsley Metropolitan Borough Council,Barnsley,E08000038,")
        .replace('barnsley metropolitan borough council",,,True,BNS,', 'barnsley metropolitan borough council",E08000016,,True,BNS,'));
    const r = await seedAll({ driver, database, log, seeds });
    expect(r.moved).toEqual({ notes: 1, postcodes });
    expect(r.changes.Authority).toMatchObject({ added: 1, removed: 1 });
    expect(describeChanges(r.changes)).toMatch(/^added \d+ \(.*Authority 1.*\); changed \d+ .*; removed \d+ \(.*Authority 1/);
    expect(await count("MATCH (:Note {id: $id})-[:ABOUT]->(:Authority {code: 'E08000038'}) RETURN count(*) AS n", { id })).toBe(1);
    expect(await count("MATCH (:Postcode)-[:IN_DISTRICT]->(:Authority {code: 'E08000038'}) RETURN count(*) AS n")).toBe(postcodes);
    expect(await count("MATCH (a:Authority {code: 'E08000016'}) RETURN count(a) AS n")).toBe(0);
    expect(await seededHash(driver, database)).toBe(seedsHash(seeds));

    // Back to seeds/: E08000016 carries E08000038 among its otherCodes (ONS 2025), so they move back.
    const back = await seedAll({ driver, database, log });
    expect(back.moved).toEqual({ notes: 1, postcodes });
    expect(await count("MATCH (:Note {id: $id})-[:ABOUT]->(:Authority {code: 'E08000016'}) RETURN count(*) AS n", { id })).toBe(1);
    expect(await count("MATCH (:Postcode)-[:IN_DISTRICT]->(:Authority {code: 'E08000016'}) RETURN count(*) AS n")).toBe(postcodes);
    await driver.executeQuery("MATCH (n:Note {id: $id}) DETACH DELETE n", { id }, { database });
    await assertSeeded(driver, database);
  }, 1_200_000);

  it("a recoded parish with a note and nothing that carries its old code: the re-seed refuses, lists it, and writes nothing", async () => {
    const id = await noteAbout("Parish", "code", "E04004989");
    // Every list that carries the code (Dec 2016 to April 2025) recodes it.
    const lists = readdirSync(join(DEFAULT_SEEDS, "datasets", "parishes")).filter((f) => f.startsWith("Parish") && readFileSync(join(DEFAULT_SEEDS, "datasets", "parishes", f), "utf8").includes("E04004989"));
    expect(lists).toHaveLength(6);
    const seeds = seedsWith(lists.map((f) => `datasets/parishes/${f}`), (t) => t.replaceAll("E04004989", "E04999989"));
    const err = await seedAll({ driver, database, log, seeds }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SeedRefusedError);
    expect((err as Error).message).toMatch(/nothing was written:\n {2}Parish E04004989: 1 note\(s\), 0 postcode\(s\)$/);
    expect(await count("MATCH (:Note {id: $id})-[:ABOUT]->(:Parish {code: 'E04004989'}) RETURN count(*) AS n", { id })).toBe(1);
    expect(await count("MATCH (p:Parish {code: 'E04999989'}) RETURN count(p) AS n")).toBe(0);
    expect(await seededHash(driver, database)).toBe(seedsHash());
    await driver.executeQuery("MATCH (n:Note {id: $id}) DETACH DELETE n", { id }, { database });
    await assertSeeded(driver, database);
  }, 1_200_000);

  it("the content hash of seeds/ changes with any file", () => {
    const seeds = seedsWith("curated/funding.yaml", (t) => `${t}\n# a comment\n`);
    expect(seedsHash(seeds)).not.toBe(seedsHash());
    expect(seedsHash()).toMatch(/^[0-9a-f]{64}$/);
  });
});

/**
 * The bulk importer and the transactional seed give the same graph (issue #18): the suite's
 * own store is compared, at full scale (seeds/ and all 2.26 million postcodes), with a second
 * local instance built the other way — transactions (seedAll + loadPostcodes) when the setup
 * bulk-imported the suite's store, the bulk importer when it found a store already there — so
 * each run compares one path with the other. Compared: node counts by label, relationship
 * counts by type, the constraints and indexes, and a checksum of every property of every node
 * and relationship (name, type and value; the run id a seed stamps is compared as "the SeedRun's
 * run"; the times a seed and a postcode load record, as their types). The postcodes and their
 * relationships are hashed inside each Neo4j (POSTCODE_HASH), the rest here.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { LocalNeo4jError, startLocal, stopLocal } from "../../src/db/local.js";
import { instanceDirs } from "../../src/db/paths.js";
import { createLogger } from "../../src/log.js";
import { BulkSeed } from "../../src/seed/bulk-import.js";
import { loadPostcodes } from "../../src/seed/postcodes.js";
import { buildPlan, seedAll } from "../../src/seed/run.js";
import { writePlan } from "../../src/seed/write.js";
import { assertSeeded } from "../helpers/db.js";

const suite = inject("neo4j");
const config = loadConfig();
const port = Number(process.env.TIERGRAPH_TEST_BOLT_PORT ?? 7688) + 10;
const name = `check-${port}`;
const log = createLogger("warn", "test-bulk");
/** Lossless integers, so that an integer and a float of the same value differ. */
const open = (uri: string, user: string, password: string) => neo4j.driver(uri, neo4j.auth.basic(user, password));
let suiteDriver: Driver;
let other: Driver | undefined;
let otherBuiltBy: string;

/** A value with its type: 1 (integer) ≠ 1.0 (float), "2020-01-01" ≠ date 2020-01-01, [] ≠ absent. */
function typed(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (neo4j.isInt(v)) return `i:${v.toString()}`;
  if (typeof v === "number") return `f:${v}`;
  if (typeof v === "string") return `s:${JSON.stringify(v)}`;
  if (typeof v === "boolean") return `b:${v}`;
  if (neo4j.isDate(v)) return `d:${v.toString()}`;
  if (neo4j.isDateTime(v)) return "datetime";
  if (Array.isArray(v)) return `[${v.map(typed).join(",")}]`;
  throw new Error(`unexpected property value ${String(v)}`);
}

function canonical(props: Record<string, unknown>, run: string | null, skip: (k: string) => boolean): string {
  return Object.keys(props)
    .sort()
    .filter((k) => !skip(k))
    .map((k) => `${k}=${k === "_seed" && props[k] === run ? "<run>" : typed(props[k])}`)
    .join("|");
}

/** An order-free checksum: the sum of every item's sha256 (its first 128 bits), modulo 2^128. */
class Checksum {
  private sum = 0n;
  n = 0;
  add(text: string): void {
    this.sum = (this.sum + BigInt(`0x${createHash("sha256").update(text).digest("hex").slice(0, 32)}`)) & ((1n << 128n) - 1n);
    this.n++;
  }
  toString(): string {
    return `${this.n}:${this.sum.toString(16)}`;
  }
}

interface Fingerprint {
  labels: Record<string, number>;
  types: Record<string, number>;
  schema: string[];
  nodes: string;
  relationships: string;
  seedRun: Record<string, string>;
  postcodeSet: Record<string, string>;
  /** The postcodes and every relationship they have, hashed inside Neo4j (POSTCODE_HASH): "rows:md5". */
  postcodes: string;
}

/**
 * The postcodes (2.26 million nodes and as many IN_DISTRICT links) are hashed inside Neo4j,
 * each server on its own core, instead of streamed here (9 million records through one Node
 * process took about a minute). A line is a postcode's labels and properties as JSON with
 * sorted keys (APOC: a string is quoted, an integer bare, a float has its point; a postcode has
 * only strings and integers, which the test checks on a sample, with the lines themselves),
 * then one of its relationships, in either direction, with its type, properties and other end
 * (a postcode with none has a line of its own). The lines are grouped by that other end; each
 * group's sorted lines are hashed (md5), and the groups' hashes, sorted, are hashed again.
 * Sorting 2.3 million short strings in groups of at most 190,000 is cheaper than summing a
 * number per line: 13–14 s per store here against 20–29 s for the two sums (one over the
 * postcodes, one over their links) this replaced.
 */
const POSTCODE_LINE = "apoc.text.join(apoc.coll.sort(labels(p)), ':') + apoc.convert.toSortedJsonMap(properties(p))";
const END = (e: string) => `labels(${e})[0] + ':' + coalesce(${e}.code, ${e}.id)`;
const REL_LINE = `'-[' + type(r) + apoc.convert.toSortedJsonMap(properties(r)) + CASE WHEN startNode(r) = p THEN ']->' ELSE ']<-' END + ${END("a")}`;
const POSTCODE_HASH = `
  MATCH (p:Postcode) OPTIONAL MATCH (p)-[r]-(a)
  WITH coalesce(${END("a")}, '-') AS k, ${POSTCODE_LINE} + coalesce(${REL_LINE}, '') AS line
  WITH k, count(*) AS n, apoc.util.md5(apoc.coll.sort(collect(line))) AS h
  RETURN sum(n) AS n, apoc.util.md5(apoc.coll.sort(collect(k + ' ' + h))) AS hash`;

async function fingerprint(driver: Driver, database: string, o: { compareChanges: boolean }): Promise<Fingerprint> {
  const q = (query: string) => driver.executeQuery(query, {}, { database });
  // Counts from the count store, label by label and type by type (no scan of 2.4 million nodes).
  const labels: Record<string, number> = {};
  for (const l of ((await q("CALL db.labels() YIELD label RETURN collect(label) AS l")).records[0]?.get("l") as string[]).sort()) {
    const n = Number((await q(`MATCH (n:\`${l}\`) RETURN count(n) AS n`)).records[0]?.get("n"));
    if (n) labels[l] = n;
  }
  const types: Record<string, number> = {};
  for (const t of ((await q("CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS t")).records[0]?.get("t") as string[]).sort()) {
    const n = Number((await q(`MATCH ()-[r:\`${t}\`]->() RETURN count(r) AS n`)).records[0]?.get("n"));
    if (n) types[t] = n;
  }
  const schema = [
    ...(
      await q(
        `SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, state, owningConstraint
         RETURN name + ' ' + type + ' ' + entityType + ' ' + coalesce(apoc.text.join(labelsOrTypes, ','), '') + ' ' + coalesce(apoc.text.join(properties, ','), '') + ' ' + state + ' ' + coalesce(owningConstraint, '-') AS s`,
      )
    ).records,
    ...(await q("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name + ' ' + type + ' ' + apoc.text.join(labelsOrTypes, ',') + ' ' + apoc.text.join(properties, ',') AS s")).records,
  ]
    .map((r) => r.get("s") as string)
    .filter((s) => !s.startsWith("index_")) // the lookup indexes Neo4j makes itself (token lookups) are compared by type below
    .sort();
  const lookups = (await q("SHOW INDEXES YIELD type, entityType WHERE type = 'LOOKUP' RETURN collect(entityType) AS e")).records[0]?.get("e") as string[];
  schema.push(`lookup indexes: ${[...lookups].sort().join(",")}`);

  const run = ((await q("MATCH (m:SeedRun {id: 'tiergraph'}) RETURN m.run AS run")).records[0]?.get("run") as string | undefined) ?? null;
  const volatile = new Set(["run", "at"]);
  const single = async (label: string, id: string) => {
    const rec = (await q(`MATCH (n:${label} {id: '${id}'}) RETURN properties(n) AS p`)).records[0];
    const p = (rec?.get("p") ?? {}) as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(p)
        .sort()
        .filter((k) => o.compareChanges || !(label === "SeedRun" && k === "changes"))
        .map((k) => [k, volatile.has(k) ? typeof p[k] : typed(p[k])]),
    );
  };

  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ, fetchSize: 10_000 });
  try {
    const nodes = new Checksum();
    // The SeedRun's run and `at`, the PostcodeSet's `at`: what two builds of one graph cannot share.
    const skipNode = (labels: string[]) => (k: string) =>
      (volatile.has(k) && (labels.includes("SeedRun") || labels.includes("PostcodeSet"))) || (!o.compareChanges && k === "changes" && labels.includes("SeedRun"));
    for await (const r of session.run("MATCH (n) WHERE NOT n:Postcode RETURN labels(n) AS l, properties(n) AS p")) {
      const l = (r.get("l") as string[]).sort();
      nodes.add(`${l.join(":")}{${canonical(r.get("p") as Record<string, unknown>, run, skipNode(l))}}`);
    }
    const relationships = new Checksum();
    for await (const r of session.run(
      "MATCH (a)-[r]->(b) WHERE NOT r:IN_DISTRICT RETURN labels(a)[0] + ':' + coalesce(a.code, a.id) AS a, type(r) AS t, labels(b)[0] + ':' + coalesce(b.code, b.id) AS b, properties(r) AS p",
    )) {
      relationships.add(`${r.get("a") as string}-[${r.get("t") as string}{${canonical(r.get("p") as Record<string, unknown>, run, () => false)}}]->${r.get("b") as string}`);
    }
    const hashed = (await driver.executeQuery(POSTCODE_HASH, {}, { database })).records[0];
    return {
      labels,
      types,
      schema,
      nodes: nodes.toString(),
      relationships: relationships.toString(),
      seedRun: await single("SeedRun", "tiergraph"),
      postcodeSet: await single("PostcodeSet", "active"),
      postcodes: `${Number(hashed?.get("n"))}:${String(hashed?.get("hash"))}`,
    };
  } finally {
    await session.close();
  }
}

describe.skipIf(config.external)("the bulk import and the transactional seed", () => {
  beforeAll(async () => {
    suiteDriver = open(suite.uri, suite.username, suite.password);
    await assertSeeded(suiteDriver, suite.database);
    const dirs = instanceDirs(name);
    await stopLocal(name, port, log).catch(() => undefined);
    await rm(dirs.root, { recursive: true, force: true });
    const { heap, pageCache } = config.local;
    if (suite.builtBy === "bulk") {
      otherBuiltBy = "transactions";
      const db = await startLocal({ name, boltPort: port, heap, pageCache, log });
      other = open(db.uri, db.username, db.password);
      // A first seed CREATEs (src/seed/write.ts): interrupted, it too leaves nothing behind.
      await expect(writePlan(other, "neo4j", buildPlan(), { failAfterBatches: 3 })).rejects.toThrow(/interrupted on purpose/);
      expect(Number((await other.executeQuery("MATCH (n) RETURN count(n) AS n", {}, { database: "neo4j" })).records[0]?.get("n"))).toBe(0);
      await seedAll({ driver: other, database: "neo4j", log });
      await loadPostcodes({ driver: other, database: "neo4j", log });
    } else {
      otherBuiltBy = "bulk";
      const bulk = new BulkSeed({ log, postcodes: true });
      const db = await startLocal({ name, boltPort: port, heap, pageCache, log, prepareStore: bulk.prepare });
      expect(bulk.imported).toBeDefined();
      other = open(db.uri, db.username, db.password);
      await bulk.finish(other, "neo4j");
    }
  }, 900_000);

  afterAll(async () => {
    await suiteDriver?.close();
    await other?.close();
    await stopLocal(name, port, log);
    await rm(instanceDirs(name).root, { recursive: true, force: true });
  }, 120_000);

  it("give the same graph: counts by label and type, constraints and indexes, every property of every node and relationship", async () => {
    // The SeedRun's tally of changes is that of a first seed only if the setup bulk-imported the
    // suite's store and no test re-seeded it since (reseed.int.test.ts does); otherwise it is skipped.
    const suiteRun = (await suiteDriver.executeQuery("MATCH (m:SeedRun) RETURN m.run AS r", {}, { database: suite.database })).records[0]?.get("r");
    const compareChanges = suite.builtBy === "bulk" && suiteRun === suite.seedRun;
    // The two stores at once: two Neo4j servers, and the hashing here while either streams.
    const [a, b] = await Promise.all([fingerprint(suiteDriver, suite.database, { compareChanges }), fingerprint(other as Driver, "neo4j", { compareChanges })]);
    process.stderr.write(`[test-bulk] suite store (${suite.builtBy}) vs ${name} (${otherBuiltBy}): nodes ${a.nodes}, relationships ${a.relationships}\n`);
    expect(a.labels.Postcode).toBe(2_264_892);
    expect(a.labels.SeedRun).toBe(1);
    expect(b.labels).toEqual(a.labels);
    expect(b.types).toEqual(a.types);
    expect(b.schema).toEqual(a.schema);
    expect(b.seedRun).toEqual(a.seedRun);
    expect(b.postcodeSet).toEqual(a.postcodeSet);
    expect(b.nodes).toBe(a.nodes);
    expect(b.relationships).toBe(a.relationships);
    expect(a.postcodes).toMatch(/^2264892:/);
    expect(b.postcodes).toBe(a.postcodes);
  }, 900_000);

  it("hashes each postcode and link by a line that holds all of it (a sample of 500, both stores)", async () => {
    const json = (p: Record<string, unknown>) =>
      JSON.stringify(Object.fromEntries(Object.keys(p).sort().map((k) => [k, neo4j.isInt(p[k]) ? (p[k] as { toNumber(): number }).toNumber() : p[k]])));
    for (const driver of [suiteDriver, other as Driver]) {
      const { records } = await driver.executeQuery(
        `MATCH (p:Postcode)-[r:IN_DISTRICT]->(a) WITH p, r, a SKIP 1000 LIMIT 500
         RETURN ${POSTCODE_LINE} AS line, ${REL_LINE} AS link, labels(p) AS l, properties(p) AS p, properties(r) AS rp, ${END("a")} AS to`,
        {},
        { database: driver === suiteDriver ? suite.database : "neo4j" },
      );
      expect(records).toHaveLength(500);
      for (const r of records) {
        const p = r.get("p") as Record<string, unknown>;
        // Only strings and integers, so that JSON tells every value from every other.
        for (const v of Object.values(p)) expect(typeof v === "string" || neo4j.isInt(v), `${String(v)} in ${JSON.stringify(p)}`).toBe(true);
        expect(Object.keys(p).sort()).toEqual(["code", "name", "set"]);
        expect(r.get("line")).toBe(`${(r.get("l") as string[]).sort().join(":")}${json(p)}`);
        expect(r.get("link")).toBe(`-[IN_DISTRICT${json(r.get("rp") as Record<string, unknown>)}]->${r.get("to") as string}`);
      }
    }
  });
});

describe.skipIf(config.external)("a failed bulk import", () => {
  it("leaves no store behind, starts no server, and reports the importer's output", async () => {
    const failName = `importfail-${port}`;
    const dirs = instanceDirs(failName);
    await rm(dirs.root, { recursive: true, force: true });
    try {
      const err = await startLocal({
        name: failName,
        boltPort: port + 1,
        heap: "512m",
        pageCache: "64m",
        log,
        prepareStore: async (store) => {
          await mkdir(store.scratch, { recursive: true });
          const file = join(store.scratch, "bad.csv");
          await writeFile(file, ":ID,amount:double\n1,1.5\n2,not-a-number\n");
          await store.importFull([`--nodes=Bad=${file}`, "--id-type=integer"]);
        },
      }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(LocalNeo4jError);
      expect((err as LocalNeo4jError).code).toBe("NEO4J_IMPORT_FAILED");
      expect((err as Error).message).toMatch(/not-a-number/);
      expect(existsSync(join(dirs.data, "databases", "neo4j"))).toBe(false);
      expect(existsSync(join(dirs.data, "transactions", "neo4j"))).toBe(false);
      expect(existsSync(join(dirs.root, "import-store"))).toBe(false);
      expect(existsSync(dirs.pidFile)).toBe(false);
    } finally {
      await stopLocal(failName, port + 1, log).catch(() => undefined);
      await rm(dirs.root, { recursive: true, force: true });
    }
  }, 120_000);
});

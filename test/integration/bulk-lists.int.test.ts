/** Bulk lists (issue #17 item 1): POST /bulk/who-delivers.csv and /bulk/places.csv, and `npm run ask -- bulk`. */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { UserError } from "../../src/errors.js";
import { ROOT } from "../../src/paths.js";
import { bulkColumns, TRAILER } from "../../src/questions/bulk-lists.js";
import { provisionRows, safeCell } from "../../src/questions/csv.js";
import { postcode } from "../../src/questions/postcode.js";
import { whoDelivers } from "../../src/questions/who-delivers.js";
import { cypher, testDriver } from "../helpers/db.js";
import { startTestServer, type TestServer } from "../helpers/server.js";
import { tsArgs } from "../helpers/node-ts.js";

let server: TestServer;
const { driver, database } = testDriver();
const tmp = mkdtempSync(join(tmpdir(), "tiergraph-bulk-"));
let postcodes: string[] = [];
beforeAll(async () => {
  server = await startTestServer();
  // Real postcodes from the loaded directory, spread over England (every 20th ending in 1AB).
  const rows = await cypher<{ pc: string }>(driver, database,
    "MATCH (s:PostcodeSet {id: 'active'}) MATCH (p:Postcode) WHERE p.set = s.set AND p.code ENDS WITH '1AB' RETURN p.name AS pc ORDER BY p.code");
  postcodes = rows.filter((_, i) => i % 20 === 0).map((r) => r.pc);
  expect(postcodes.length).toBeGreaterThan(30);
});
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await server?.close();
  await driver.close();
});

type Row = Record<string, string>;
const csv = (text: string) => parse(text, { columns: true }) as Row[];
const post = (path: string, body: string | Buffer, type = "text/csv") =>
  fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": type }, body });

/** The answer rows (trailer apart), and the trailer. */
function split(text: string): { rows: Row[]; trailer: Row } {
  const all = csv(text);
  const trailer = all.at(-1) as Row;
  expect(trailer.row).toBe(TRAILER);
  return { rows: all.slice(0, -1), trailer };
}

/** What whoDelivers answers one by one, as the bulk list's cells (after its input columns), or its error. */
async function single(place: string, service: string, on: string): Promise<string[][] | { code: string; message: string }> {
  try {
    return provisionRows(await whoDelivers(driver, database, { place, service, on })).map((r) => r.map(safeCell));
  } catch (err) {
    if (err instanceof UserError) return { code: err.code, message: err.message };
    throw err;
  }
}

describe("POST /bulk/who-delivers.csv", () => {
  it("answers a mixed list (postcodes, codes, names, junk) in input order, exactly as whoDelivers answers each row", async () => {
    const ON = "2025-04-01";
    const places = [
      ...postcodes.slice(0, 30), "E04004989", "E07000111", "E10000016", "Kent", "Camden", "Maidstone", "me14 1xq",
      "Sevenoaks", "Edenbrige", "ZZ99 9ZZ", "EH1 1YZ", "not a place at all", "E04001472",
    ];
    const services = ["524", "461", "Home schooling", "bins", "4377"];
    const list = places.map((p, i) => [p, services[i % services.length] ?? "", i % 7 === 3 ? "2019-06-01" : ""]);
    const body = "Place,Service,On\n" + list.map((r) => r.map((c) => `"${c}"`).join(",")).join("\n") + "\n";
    const res = await post(`/bulk/who-delivers.csv?on=${ON}`, body);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const text = await res.text();
    expect(text.split("\n")[0]).toBe(bulkColumns("who-delivers").join(","));
    const { rows, trailer } = split(text);
    expect(trailer).toMatchObject({ error_code: "", line: "", input_place: `complete: ${list.length} rows answered` });

    // Input order: row numbers never go back, and every input row has its block.
    const order = rows.map((r) => Number(r.row));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order)).toEqual(new Set(list.map((_, i) => i + 1)));

    const width = bulkColumns("who-delivers").length;
    let errors = 0;
    for (const [i, [place = "", service = "", on = ""]] of list.entries()) {
      const block = rows.filter((r) => r.row === String(i + 1));
      expect(block.every((r) => r.input_place === place && r.input_service === service && r.input_on === on && r.line === String(i + 2))).toBe(true);
      const want = await single(place, service, on || ON);
      if (Array.isArray(want)) {
        expect(block.map((r) => Object.values(r).slice(5, width - 2)), `${place} / ${service}`).toEqual(want.length ? want : [expect.any(Array)]);
        expect(block.every((r) => r.error_code === "")).toBe(true);
      } else {
        errors++;
        expect(block, `${place} / ${service}`).toHaveLength(1);
        expect(block[0]).toMatchObject({ error_code: want.code, error_message: want.message, place_code: "" });
      }
    }
    // The junk failed alone, each with its own code.
    expect(errors).toBeGreaterThanOrEqual(5);
    const codes = new Set(rows.map((r) => r.error_code));
    for (const c of ["AMBIGUOUS", "NOT_FOUND", "OUT_OF_COVERAGE"]) expect(codes).toContain(c);
  });

  it("takes JSON lines, a service for every row, and says which rows it could not read", async () => {
    const body = ['{"place": "E04004989"}', "", "not json", '{"place": "ME14 1XQ", "on": "2024-04-01"}', '{"place": "Kent", "service": "1"}', '{"place": ""}'].join("\n");
    const res = await post("/bulk/who-delivers.csv?service=524&on=2025-04-01", body, "application/x-ndjson");
    expect(res.status).toBe(200);
    const { rows, trailer } = split(await res.text());
    expect(trailer.input_place).toBe("complete: 5 rows answered");
    const first = (row: string) => rows.find((r) => r.row === row) as Row;
    expect(first("1")).toMatchObject({ line: "1", authority_code: "E07000111", service_code: "524", on: "2025-04-01" });
    expect(first("2")).toMatchObject({ line: "3", error_code: "BAD_USER_INPUT", error_message: expect.stringMatching(/^line 3: not a JSON object/) });
    expect(first("3")).toMatchObject({ authority_code: "E07000110", on: "2024-04-01" });
    expect(first("4")).toMatchObject({ service_code: "1", authority_code: "E10000016", tier: "COUNTY" });
    expect(first("5")).toMatchObject({ error_code: "BAD_USER_INPUT", error_message: "place: the cell is empty" });
  });

  it("refuses an unknown service or a bad date for every row before reading the list", async () => {
    const a = await post("/bulk/who-delivers.csv?service=Atlantis", "place\nKent\n");
    expect(a.status).toBe(404);
    expect(await a.json()).toMatchObject({ error: { code: "NOT_FOUND", message: expect.stringMatching(/^service: nothing matches "Atlantis"/) } });
    const b = await post("/bulk/who-delivers.csv?service=524&on=2025-02-30", "place\nKent\n");
    expect(b.status).toBe(400);
    expect(await b.json()).toMatchObject({ error: { code: "BAD_USER_INPUT", message: expect.stringMatching(/^on: /) } });
    const c = await fetch(`${server.url}/bulk/who-delivers.csv`);
    expect(c.status).toBe(405);
  });
});

describe("POST /bulk/places.csv", () => {
  it("lists every body each place falls under, as postcode() does for a postcode", async () => {
    const pc = postcodes[3] ?? "";
    const res = await post("/bulk/places.csv?on=2025-04-01", `place\n${pc}\nE04004989\nAtlantis\n`);
    expect(res.status).toBe(200);
    const { rows, trailer } = split(await res.text());
    expect(trailer.input_place).toBe("complete: 3 rows answered");
    const want = await postcode(driver, database, { code: pc, on: "2025-04-01" });
    const got = rows.filter((r) => r.row === "1");
    expect(got.map((r) => `${r.relationship}:${r.body_id}`)).toEqual(
      (want.bodies as { relationship: string; body: { id: string } }[]).map((b) => `${b.relationship}:${b.body.id}`),
    );
    const edenbridge = rows.filter((r) => r.row === "2");
    expect(edenbridge.map((r) => r.body_id)).toEqual(expect.arrayContaining(["E07000111", "E10000016", "E31000022", "partnership:sevenoaks-kent-locality-board"]));
    expect(edenbridge.find((r) => r.body_id === "E10000016")).toMatchObject({ relationship: "WITHIN", path: "E04004989 -WITHIN-> E07000111 | E07000111 -WITHIN-> E10000016" });
    expect(rows.filter((r) => r.row === "3")).toEqual([expect.objectContaining({ error_code: "NOT_FOUND" })]);
  });
});

describe("a malformed list", () => {
  const expectRefused = async (res: Response, status: number, code: string, line: number, message: RegExp) => {
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(await res.json()).toEqual({ error: { code, line, message: expect.stringMatching(message) } });
  };

  it("is refused, naming the line, when the problem comes before any answer", async () => {
    await expectRefused(await post("/bulk/who-delivers.csv?service=524", "postcode,service\nME14 1XQ,524\n"), 400, "BAD_CSV", 1, /^line 1: the header has no "place" column \(found: "postcode", "service"\)/);
    await expectRefused(await post("/bulk/who-delivers.csv?service=524", ""), 400, "BAD_CSV", 1, /^line 1: the file is empty/);
    await expectRefused(await post("/bulk/who-delivers.csv?service=524", "place,service\n"), 400, "BAD_CSV", 1, /^line 1: the file has a header but no rows/);
    const latin1 = Buffer.concat([Buffer.from("place\nKent\n"), Buffer.from([0x53, 0x74, 0x20, 0x41, 0x6c, 0x62, 0x61, 0x6e, 0xe9, 0x0a])]);
    await expectRefused(await post("/bulk/who-delivers.csv?service=524", latin1), 400, "BAD_ENCODING", 3, /^line 3: the file is not valid UTF-8/);
    await expectRefused(await post("/bulk/who-delivers.csv?service=524", 'place\nKent\n"Sevenoaks"x\n'), 400, "BAD_CSV", 3, /^line 3: Invalid Closing Quote/);
  });

  it("ends with a trailer that says where it stopped when the problem comes after answers were sent", async () => {
    // Rows with a bad date are answered (as errors) without a query: quick to send in thousands.
    const rows = Array.from({ length: 600 }, (_, i) => `E0400${i},someday`);
    const res = await post("/bulk/who-delivers.csv?service=524", `place,on\n${rows.join("\n")}\n"bad"x,2025-04-01\nKent,2025-04-01\n`);
    expect(res.status).toBe(200);
    const { rows: out, trailer } = split(await res.text());
    expect(out).toHaveLength(600);
    expect(out.every((r) => r.error_code === "BAD_USER_INPUT")).toBe(true);
    expect(trailer).toMatchObject({ line: "602", input_place: "incomplete: 600 rows answered, then stopped", error_code: "BAD_CSV", error_message: expect.stringMatching(/^line 602: Invalid Closing Quote/) });
  });

  it("stops at the row limit with a ROW_LIMIT trailer, having answered the first 100,000 rows", async () => {
    const body = "place,on\n" + ",x\n".repeat(100_001);
    const res = await post("/bulk/who-delivers.csv?service=524", body);
    expect(res.status).toBe(200);
    const { rows, trailer } = split(await res.text());
    expect(rows).toHaveLength(100_000);
    expect(rows.at(-1)).toMatchObject({ row: "100000", error_code: "BAD_USER_INPUT" });
    expect(trailer).toMatchObject({ line: "100002", error_code: "ROW_LIMIT", error_message: "line 100002: row 100001: a list has at most 100000 rows; the rest was not read" });
  });
});

describe("npm run ask -- bulk", () => {
  it("answers a small file on stdout, with the trailer, and reports progress on stderr", async () => {
    const file = join(tmp, "list.csv");
    writeFileSync(file, "\uFEFFplace,service\nE04004989,461\nEdenbrige,461\nME14 1XQ,524\n");
    const c = inject("neo4j");
    const env = { ...process.env, NEO4J_URI: c.uri, NEO4J_USERNAME: c.username, NEO4J_PASSWORD: c.password, NEO4J_DATABASE: c.database };
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [...tsArgs("src/cli/ask.ts"), "bulk", file, "--on", "2025-04-01"], { env, cwd: ROOT });
    const { rows, trailer } = split(stdout);
    expect(trailer.input_place).toBe("complete: 3 rows answered");
    expect(rows.filter((r) => r.row === "1").map((r) => r.authority_code)).toEqual(["E04004989", "E07000111", "E10000016"]);
    expect(rows.find((r) => r.row === "2")).toMatchObject({ error_code: "NOT_FOUND" });
    expect(rows.find((r) => r.row === "3")).toMatchObject({ authority_code: "E07000110" });
    expect(stderr).toMatch(/bulk: 3 \/ 3 rows, \d+ rows\/s/);
    expect(stderr).toContain("1 of 3 rows could not be answered");

    const bad = join(tmp, "bad.csv");
    writeFileSync(bad, "postcode\nME14 1XQ\n");
    const failed = await promisify(execFile)(process.execPath, [...tsArgs("src/cli/ask.ts"), "bulk", bad, "--service", "524"], { env, cwd: ROOT }).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 2, stdout: "", stderr: expect.stringMatching(/^BAD_CSV: line 1: the header has no "place" column/) });
  });
});

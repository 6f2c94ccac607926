/**
 * One way in (#16): every kind of name and code, in every question (and the CSV export) that
 * takes one, gives the same resolution — or the same error. Table-driven: each input is asked of
 * each question whose argument can name that kind of thing, and the code it resolved to (or the
 * error code and message) must be the same everywhere.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { parse } from "csv-parse/sync";
import { describe, expect, inject, it } from "vitest";
import { ROOT } from "../../src/paths.js";
import { cypher } from "../helpers/db.js";
import { useTestServer } from "../helpers/server.js";
import { tsArgs } from "../helpers/node-ts.js";

const { server, driver, database } = useTestServer();

/** What a question made of its argument: the code it resolved to, or its error (code and message). */
type Outcome = { code: string } | { error: string; message: string };

const gqlOutcome = async (query: string, variables: Record<string, unknown>, pick: (data: Record<string, unknown>) => string): Promise<Outcome> => {
  const r = await server.gql<Record<string, unknown>, Record<string, unknown>>(query, variables);
  const e = r.errors?.[0];
  if (e) return { error: String(e.extensions?.code), message: e.message };
  return { code: pick(r.data ?? {}) };
};

/** The export resolves its filters with the same resolver; its errors are JSON with the same code and message. Returns the first row's `column`. */
const exportOutcome = async (params: Record<string, string>, column = "authority_code"): Promise<Outcome> => {
  const res = await fetch(`${server.url}/export/who-delivers.csv?${new URLSearchParams(params)}`);
  if (res.status !== 200) {
    const body = (await res.json()) as { error: { code: string; message: string } };
    return { error: body.error.code, message: body.error.message };
  }
  const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
  return { code: rows[0]?.[column] ?? "(no rows)" };
};

type Ask = (input: string) => Promise<Outcome>;

/** Questions whose argument names an authority (or any place: an authority is one). */
const AUTHORITY_QUESTIONS: Record<string, Ask> = {
  "whoDelivers(place)": (place) =>
    gqlOutcome(`query($p: String!) { whoDelivers(service: "1", place: $p) { place { code } } }`, { p: place }, (d) => (d.whoDelivers as { place: { code: string } }[])[0]?.place.code ?? "(no provider)"),
  "servicesOf(authority)": (a) =>
    gqlOutcome(`query($a: String!) { servicesOf(authority: $a) { authority { code } } }`, { a }, (d) => (d.servicesOf as { authority: { code: string } }).authority.code),
  "fundingSummary(area)": (area) =>
    gqlOutcome(`query($a: String!) { fundingSummary(area: $a, year: "2019-20") { area { code } } }`, { a: area }, (d) => (d.fundingSummary as { area: { code: string } }).area.code),
  "partnershipOverlap(area)": (area) =>
    gqlOutcome(`query($a: String) { partnershipOverlap(area: $a, limit: 1) { area } }`, { a: area }, (d) => /\((E\d{8})\)$/.exec(String((d.partnershipOverlap as { area: string }).area))?.[1] ?? ""),
  "fundingFlows(to)": (to) =>
    gqlOutcome(`query($t: String) { fundingFlows(to: $t, limit: 1) { flows { to { code } } } }`, { t: to }, (d) => (d.fundingFlows as { flows: { to: { code: string } }[] }).flows[0]?.to.code ?? "(no flow)"),
  // The rows of an area are its parishes and unparished areas: the area is what they lie in (524: their district).
  "export ?area=": (area) => exportOutcome({ area, service: "524", on: "2025-06-01" }, "authority_code"),
};

const MAIDSTONE = "E07000110";
/** Every way people name Maidstone Borough Council; each must resolve to it in every question. */
const MAIDSTONE_NAMES: [string, string][] = [
  ["its GSS code", "E07000110"],
  ["its GSS code in lower case, with spaces", "  e07000110 "],
  ["its name", "Maidstone"],
  ["its name in capitals", "MAIDSTONE"],
  ["its official name", "Maidstone Borough Council"],
  ["the register's three-letter code", "MAI"],
  ["its old ONS/SNAC code", "29UH"],
  ["its MHCLG E-code", "E2237"],
];

describe("an authority by every name and code, in every question that takes one", () => {
  it.each(MAIDSTONE_NAMES)("%s (%s): Maidstone everywhere", async (_, input) => {
    for (const [question, ask] of Object.entries(AUTHORITY_QUESTIONS)) {
      const o = await ask(input);
      if ("error" in o) throw new Error(`${question} with "${input}": ${o.error} ${o.message}`);
      expect(o.code, question).toBe(MAIDSTONE);
    }
  }, 120_000);

  it("a council's new GSS code (Barnsley's E08000038 in the 2025 ONS files) is the same council as its register code", async () => {
    for (const [question, ask] of Object.entries(AUTHORITY_QUESTIONS)) {
      const o = await ask("E08000038");
      expect(o, question).not.toHaveProperty("error");
      if (question !== "fundingFlows(to)") expect(o, question).toEqual({ code: "E08000016" }); // Barnsley is unparished: its area's rows are its own
    }
  }, 120_000);

  it("a misspelling is NOT_FOUND with the same nearest suggestion, first, in every question", async () => {
    // (The misspelt-service case is in whoDelivers' own tests: "household waste colection".)
    const outcomes = await Promise.all(Object.values(AUTHORITY_QUESTIONS).map((ask) => ask("Maidstne")));
    for (const o of outcomes) {
      expect(o).toMatchObject({ error: "NOT_FOUND" });
      expect((o as { message: string }).message).toMatch(/^(place|authority|area|to): nothing matches "Maidstne"\. Did you mean: Maidstone \(E07000110, non-metropolitan district in Kent\)/);
    }
  }, 120_000);

  it("a name two authorities share goes to the one in force on the date asked", async () => {
    const r = await cypher<{ n: number }>(driver, database, "MATCH (a:Authority) WHERE 'somerset' IN a.lookupKeys RETURN count(a) AS n");
    expect(Number(r[0]?.n)).toBe(2);
    expect(await AUTHORITY_QUESTIONS["fundingSummary(area)"]?.("Somerset")).toEqual({ code: "E10000027" }); // 2019-20: only the county existed
    expect(await AUTHORITY_QUESTIONS["servicesOf(authority)"]?.("Somerset")).toEqual({ code: "E06000066" }); // today: the unitary
  }, 120_000);

  it("a place name shared by a district and a parish is AMBIGUOUS where places are asked, and the district where authorities are", async () => {
    const place = await AUTHORITY_QUESTIONS["whoDelivers(place)"]?.("Sevenoaks");
    expect(place).toMatchObject({ error: "AMBIGUOUS" });
    expect((place as { message: string }).message).toContain("Sevenoaks (E04005004, parish in Sevenoaks); Sevenoaks (E07000111, non-metropolitan district in Kent). Use a code to choose one.");
    for (const q of ["fundingSummary(area)", "partnershipOverlap(area)"]) expect(await AUTHORITY_QUESTIONS[q]?.("Sevenoaks"), q).toEqual({ code: "E07000111" });
  }, 120_000);
});

describe("a service by every name and code, in whoDelivers and the export", () => {
  const SERVICE_QUESTIONS: Record<string, Ask> = {
    "whoDelivers(service)": (service) =>
      gqlOutcome(`query($s: String!) { whoDelivers(service: $s, place: "E07000110") { service { code } } }`, { s: service }, (d) => (d.whoDelivers as { service: { code: string } }[])[0]?.service.code ?? "(no provider)"),
    "export ?service=": (service) => exportOutcome({ area: "E07000110", service, on: "2025-06-01" }, "service_code"),
  };
  const SERVICES: [string, string, string][] = [
    ["its LGSL code", "524", "524"],
    ["its ESD label", "Household waste collection", "524"],
    ["its ESD label in another case", "HOUSEHOLD WASTE COLLECTION", "524"],
    ["GOV.UK's description", "Find out which day the refuse is collected", "524"],
    ["an everyday word (synonyms.yaml)", "bins", "524"],
    ["another everyday word", "bin day", "524"],
    ["a plural everyday word", "libraries", "437"],
    ["GOV.UK's wording, as one phrase", "council tax", "57"],
    ["a word of its description, the clear best match", "potholes", "557"],
  ];
  it.each(SERVICES)("%s (%s) → LGSL %s, in both", async (_, input, code) => {
    for (const [question, ask] of Object.entries(SERVICE_QUESTIONS)) expect(await ask(input), question).toEqual({ code });
  }, 120_000);

  it("free text whose words several services carry, with no clear best, is AMBIGUOUS with the candidates ranked, the same in both", async () => {
    const outcomes = await Promise.all(Object.values(SERVICE_QUESTIONS).map((ask) => ask("household waste")));
    for (const o of outcomes) expect(o).toEqual(outcomes[0]);
    expect(outcomes[0]).toMatchObject({ error: "AMBIGUOUS" });
    expect((outcomes[0] as { message: string }).message).toMatch(/^service: "household waste" is not a service name or code; the closest matches, best first: .*524 Household waste collection \(service\)/);
  }, 120_000);

  it("an unknown code suggests the nearest codes, not the first in alphabetical order", async () => {
    const o = await SERVICE_QUESTIONS["whoDelivers(service)"]?.("4377");
    expect(o).toMatchObject({ error: "NOT_FOUND" });
    const message = (o as { message: string }).message;
    expect(message).toContain("437 Library facilities");
    expect(message).not.toContain("1 Home schooling");
  });

  it("a free-text service the answer read says so in the provision's note", async () => {
    const r = await server.gql<{ whoDelivers: { note: string | null }[] }, Record<string, unknown>>(`{ whoDelivers(service: "potholes", place: "E10000016") { note } }`);
    expect(r.data?.whoDelivers[0]?.note).toContain(`service "potholes" was read as 557 Road maintenance (service), its clear best match.`);
  });
});

describe("a partnership or combined authority, in the rationalisation questions", () => {
  const BODY_QUESTIONS: Record<string, Ask> = {
    "subsumptionCandidates(by)": (by) => gqlOutcome(`query($b: String!) { subsumptionCandidates(by: $b, limit: 1) { partnership { id } } }`, { b: by }, () => "(resolved)"),
    "rationalisationScenario(by)": (by) =>
      gqlOutcome(`query($b: String!) { rationalisationScenario(by: $b, subsume: ["Swale Kent Locality Board"]) { by { id } } }`, { b: by }, (d) => (d.rationalisationScenario as { by: { id: string } } | null)?.by.id ?? "(no scenario)"),
  };
  it.each([
    ["the register's three-letter code", "SCR", "E47000002"],
    ["its GSS code", "E47000002", "E47000002"],
    ["its name", "South Yorkshire Mayoral Combined Authority", "E47000002"],
    ["an alternative name", "Sheffield City Region", "E47000002"],
  ])("a combined authority by %s (%s), the same in both", async (_, input) => {
    const outcomes = await Promise.all(Object.values(BODY_QUESTIONS).map((ask) => ask(input)));
    for (const o of outcomes) expect(o).not.toHaveProperty("error");
  }, 120_000);

  it("a misspelt partnership is NOT_FOUND with the nearest suggestion in both", async () => {
    const outcomes = await Promise.all(Object.values(BODY_QUESTIONS).map((ask) => ask("Kent Forun")));
    for (const o of outcomes) expect(o).toMatchObject({ error: "NOT_FOUND", message: expect.stringContaining(`by: nothing matches "Kent Forun". Did you mean: Kent Forum (partnership:kent-forum, partnership)`) });
  });

  it("each partnership to subsume is resolved the same way, and a wrong one is named", async () => {
    const r = await server.gql<unknown, Record<string, unknown>>(`{ rationalisationScenario(by: "partnership:kent-forum", subsume: ["Swale Kent Locality Board", "Swale Locality Bord"]) { seatsFreed } }`);
    expect(r.errors?.[0]).toMatchObject({ extensions: { code: "NOT_FOUND" }, message: expect.stringMatching(/^subsume: nothing matches "Swale Locality Bord"\. Did you mean: Swale Kent Locality Board/) });
  });
});

describe("the command line asks the same search", () => {
  it("npm run ask -- search: exact matches first, then the nearest, as the API answers", async () => {
    const c = inject("neo4j");
    const env = { ...process.env, NEO4J_URI: c.uri, NEO4J_USERNAME: c.username, NEO4J_PASSWORD: c.password, NEO4J_DATABASE: c.database };
    const { stdout } = await promisify(execFile)(process.execPath, [...tsArgs("src/cli/ask.ts"), "search", "bins", "--csv"], { env, cwd: ROOT });
    const rows = parse(stdout, { columns: true }) as Record<string, string>[];
    const api = await server.gql<{ search: { id: string; match: string }[] }, Record<string, unknown>>(`{ search(text: "bins", limit: 20) { id match } }`);
    expect(rows.map((r) => r.id)).toEqual(api.data?.search.map((h) => h.id));
    expect(rows[0]).toMatchObject({ kind: "SERVICE", id: "524", match: "EXACT" });
  }, 60_000);
});

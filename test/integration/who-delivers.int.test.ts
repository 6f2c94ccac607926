import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ServicesOfDocument, TierMatrixDocument, WhoDeliversDocument, type WhoDeliversQuery } from "../__generated__/operations.js";
import { startCountingServer, type TestServer } from "../helpers/server.js";

let server: TestServer;
let queries: string[] = [];
beforeAll(async () => {
  ({ server, queries } = await startCountingServer());
});
afterAll(async () => server?.close());

type Provision = WhoDeliversQuery["whoDelivers"][number];
const ask = async (service: string, place: string, on?: string) => {
  const r = await server.gql(WhoDeliversDocument, { service, place, on });
  return { provisions: r.data?.whoDelivers ?? [], errors: r.errors };
};
const who = (ps: Provision[]) => ps.map((p) => `${p.tier}:${p.authority.code}`).sort();

const EDENBRIDGE = "E04004989"; // a parish in Sevenoaks district, Kent

describe("who delivers service S in place P — two-tier Kent", () => {
  it("a district service in a Kent parish: Sevenoaks District Council, with the path and sources", async () => {
    const { provisions } = await ask("524", EDENBRIDGE);
    expect(who(provisions)).toEqual(["DISTRICT:E07000111"]);
    const p = provisions[0];
    expect(p).toMatchObject({ basis: "STATUTORY_DUTY", service: { name: "Household waste collection" }, place: { label: "Parish", name: "Edenbridge" } });
    expect(p?.path.map((s) => `${s.from.code}-${s.relationship}->${s.to.code}`)).toEqual([
      "E04004989-WITHIN->E07000111",
      "E07000111-OF_TIER->DISTRICT",
      "DISTRICT-RESPONSIBLE_FOR->524",
    ]);
    expect(p?.sources.map((s) => s.id)).toEqual(expect.arrayContaining(["ons-parish-2025", "mysociety-register", "govuk-local-services"]));
  });

  it("a county service in the same parish: Kent County Council", async () => {
    const { provisions } = await ask("Home schooling", EDENBRIDGE);
    expect(who(provisions)).toEqual(["COUNTY:E10000016"]);
    expect(provisions[0]?.path.map((s) => s.relationship)).toEqual(["WITHIN", "WITHIN", "OF_TIER", "RESPONSIBLE_FOR"]);
  });

  it("a service every tier provides (parks) answers the parish, the district and the county", async () => {
    const { provisions } = await ask("461", EDENBRIDGE);
    expect(who(provisions)).toEqual(["COUNTY:E10000016", "DISTRICT:E07000111", "PARISH:E04004989"]);
    const parish = provisions.find((p) => p.tier === "PARISH");
    expect(parish?.basis).toBe("CONCURRENT_POWER");
    expect(parish?.note).toMatch(/whether it has a parish or town council .* is not recorded/);
  });

  it("a parish's concurrent power the GOV.UK list leaves out: bus shelters", async () => {
    const { provisions } = await ask("637", EDENBRIDGE);
    expect(provisions.find((p) => p.tier === "PARISH")).toMatchObject({ basis: "CONCURRENT_POWER", authority: { code: EDENBRIDGE, type: "PARISH" } });
  });

  it("a county asked about as a whole: its twelve districts each answer a district service", async () => {
    const { provisions } = await ask("524", "Kent");
    expect(provisions).toHaveLength(12);
    expect(provisions.every((p) => p.tier === "DISTRICT" && p.path[0]?.relationship === "WITHIN")).toBe(true);
  });
});

describe("single-tier areas", () => {
  it("Medway, a unitary, answers both district and county services", async () => {
    expect(who((await ask("524", "E06000035")).provisions)).toEqual(["UNITARY:E06000035"]);
    expect(who((await ask("1", "Medway")).provisions)).toEqual(["UNITARY:E06000035"]);
  });

  it("Barnsley, a metropolitan district, and South Yorkshire's combined authority for transport — by either GSS code", async () => {
    expect(who((await ask("524", "E08000016")).provisions)).toEqual(["METROPOLITAN_DISTRICT:E08000016"]);
    const ca = (await ask("TG-CA-TRANSPORT", "E08000038")).provisions;
    expect(who(ca)).toEqual(["COMBINED_AUTHORITY:E47000002"]);
    expect(ca[0]?.path[0]).toMatchObject({ relationship: "CONSTITUENT_OF", from: { code: "E08000016" } });
  });

  it("a London borough answers borough services; the GLA answers strategic ones through Transport for London", async () => {
    expect(who((await ask("524", "Camden")).provisions)).toEqual(["LONDON_BOROUGH:E09000007"]);
    const transport = (await ask("TG-GLA-TRANSPORT", "E09000007")).provisions;
    expect(transport[0]).toMatchObject({ tier: "GLA", basis: "STRATEGIC_AUTHORITY", authority: { code: "E61000001" }, deliveredBy: [{ id: "org:transport-for-london" }] });
    expect(transport[0]?.path[0]).toMatchObject({ from: { code: "E09000007" }, relationship: "WITHIN", to: { code: "E61000001" } });
  });

  it("the City of London answers borough services itself", async () => {
    expect(who((await ask("524", "E09000001")).provisions)).toEqual(["CITY_OF_LONDON:E09000001"]);
  });
});

describe("through time: either side of the 2020 Buckinghamshire reorganisation", () => {
  const CRESLOW = "E04001472"; // a parish in Aylesbury Vale district until 2020

  it("before: Buckinghamshire County Council and Aylesbury Vale District Council", async () => {
    expect(who((await ask("1", CRESLOW, "2019-06-01")).provisions)).toEqual(["COUNTY:E10000002"]);
    expect(who((await ask("524", CRESLOW, "2019-06-01")).provisions)).toEqual(["DISTRICT:E07000004"]);
  });

  it("after: Buckinghamshire Council, the unitary, for both, from its first day", async () => {
    expect(who((await ask("1", CRESLOW, "2020-04-01")).provisions)).toEqual(["UNITARY:E06000060"]);
    const { provisions } = await ask("524", CRESLOW, "2021-06-01");
    expect(who(provisions)).toEqual(["UNITARY:E06000060"]);
    expect(provisions[0]?.path[0]).toMatchObject({ to: { code: "E06000060" }, validFrom: "2020-04-01", source: "ons-parish-2025" });
  });
});

describe("bad questions get errors that name the argument", () => {
  it("an unknown service, with close suggestions", async () => {
    const { errors } = await ask("household waste colection", EDENBRIDGE);
    expect(errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(errors?.[0]?.message).toMatch(/^service: nothing matches "household waste colection"\. Did you mean: .*524 Household waste collection/);
  });

  it("an ambiguous service name, listing the candidates", async () => {
    const { errors } = await ask("Criminal behaviour order", EDENBRIDGE);
    expect(errors?.[0]).toMatchObject({ extensions: { code: "AMBIGUOUS", argument: "service" } });
    expect(errors?.[0]?.message).toMatch(/1696 .*1751 |1751 .*1696 /);
  });

  it("an ambiguous place name: Sevenoaks is a district and a parish", async () => {
    const { errors } = await ask("524", "sevenoaks");
    expect(errors?.[0]?.extensions?.code).toBe("AMBIGUOUS");
    expect(errors?.[0]?.message).toContain("Sevenoaks (E07000111, non-metropolitan district in Kent)");
    expect(errors?.[0]?.message).toContain("Sevenoaks (E04005004, parish in Sevenoaks)");
  });

  it("an unknown place, with suggestions", async () => {
    const { errors } = await ask("524", "Edenbrige");
    expect(errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(errors?.[0]?.message).toMatch(/^place: nothing matches "Edenbrige"\. Did you mean: Edenbridge \(E04004989, parish in Sevenoaks\)/);
  });

  it("a malformed date", async () => {
    for (const on of ["2020-02-30", "yesterday", "1/4/2020"]) {
      const { errors } = await ask("524", EDENBRIDGE, on);
      // The Date scalar refuses it before the question runs (graphql-js names the variable).
      expect(errors?.[0]).toMatchObject({ message: `Variable "$on" got invalid value "${on}"; "${on}" is not a date: use a calendar day written YYYY-MM-DD, e.g. 2024-04-01.`, extensions: { code: "BAD_USER_INPUT" } });
    }
  });

  it("a date when the place did not exist, either way", async () => {
    const after = await ask("524", "E07000004", "2021-06-01");
    expect(after.errors?.[0]?.message).toBe("place: Aylesbury Vale (E07000004) did not exist on 2021-06-01: it ended on 2020-03-31; it was replaced by Buckinghamshire (E06000060).");
    const before = await ask("524", "E06000065", "2020-01-01");
    expect(before.errors?.[0]?.message).toBe("place: North Yorkshire (E06000065) did not exist on 2020-01-01; it began on 2023-04-01.");
  });
});

describe("how the answers are made", () => {
  it("every answer carries its path and sources, and every step's source is among them", async () => {
    for (const [service, place] of [["524", EDENBRIDGE], ["461", EDENBRIDGE], ["TG-GLA-TRANSPORT", "E09000030"], ["TG-CA-TRANSPORT", "E08000016"]] as const) {
      const { provisions, errors } = await ask(service, place);
      expect(errors).toBeUndefined();
      expect(provisions.length).toBeGreaterThan(0);
      for (const p of provisions) {
        expect(p.path.length).toBeGreaterThanOrEqual(2);
        const ids = new Set(p.sources.map((s) => s.id));
        for (const step of p.path) expect(ids.has(step.source), `${step.relationship} ${step.source}`).toBe(true);
      }
    }
  });

  it("one Cypher query per whoDelivers call (no N+1)", async () => {
    await ask("524", EDENBRIDGE); // warm-up: the library may probe the server version once
    queries.length = 0;
    const { provisions } = await ask("461", EDENBRIDGE);
    expect(provisions).toHaveLength(3);
    expect(queries).toHaveLength(1);
  });

  it("servicesOf groups an authority's responsibilities by basis", async () => {
    const r = await server.gql(ServicesOfDocument, { authority: EDENBRIDGE });
    const a = r.data?.servicesOf;
    expect(a).toMatchObject({ authority: { code: EDENBRIDGE, type: "PARISH" }, tiers: ["PARISH"] });
    expect(a?.groups.map((g) => g.basis)).toEqual(["CONCURRENT_POWER", "STATUTORY_DUTY"]);
    expect(a?.groups[0]?.services.map((s) => s.code)).toContain("637");
    const kent = await server.gql(ServicesOfDocument, { authority: "E10000016", on: "2024-04-01" });
    expect(kent.data?.servicesOf.groups.flatMap((g) => g.services.map((s) => s.code))).toContain("1");
  });

  it("tierMatrix is the whole who-does-what table", async () => {
    const r = await server.gql(TierMatrixDocument, {});
    const m = r.data?.tierMatrix;
    expect(m?.tiers).toHaveLength(9);
    const waste = m?.rows.find((row) => row.service.code === "524");
    expect(waste?.providingTier).toBe("district/unitary");
    expect(Object.fromEntries(waste?.cells.map((c) => [c.tier, c.basis]) ?? [])).toMatchObject({ DISTRICT: "STATUTORY_DUTY", COUNTY: null, PARISH: null });
    expect(m?.rows.length).toBeGreaterThan(120);
  });

  it("the same answer as CSV from /export/who-delivers.csv", async () => {
    const res = await fetch(`${server.url}/export/who-delivers.csv?service=461&place=${EDENBRIDGE}&on=2024-04-01`);
    expect(res.headers.get("content-type")).toMatch(/text\/csv/);
    const lines = (await res.text()).trim().split("\n");
    expect(lines[0]).toBe("place_code,place_name,place_type,service_code,service_name,tier,authority_code,authority_name,basis,validity,delivered_by,on,path,sources,note");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^E04004989,Edenbridge,Parish,461,Parks and open spaces,PARISH,E04004989,Edenbridge,CONCURRENT_POWER,UNDATED,,2024-04-01,/);
    const bad = await fetch(`${server.url}/export/who-delivers.csv?service=461&place=Nowhere-on-Sea`);
    expect(bad.status).toBe(404);
    expect(await bad.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
  });
});

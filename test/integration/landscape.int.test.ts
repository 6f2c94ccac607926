import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../src/paths.js";
import { FundingOfDocument, PartnershipByNameDocument, ServiceTiersDocument } from "../__generated__/operations.js";
import { cypher } from "../helpers/db.js";
import { useTestServer } from "../helpers/server.js";

const { server, driver, database } = useTestServer();

describe("services and who is responsible for them", () => {
  it("household waste collection (LGSL 524) is a district/unitary duty, from GOV.UK's list", async () => {
    const r = await server.gql(ServiceTiersDocument, { code: "524" });
    const s = r.data?.services[0];
    expect(s).toMatchObject({ name: "Household waste collection", providingTier: "district/unitary" });
    expect(s?.tiersConnection.edges.map((e) => e.node.code)).toEqual(["CITY_OF_LONDON", "DISTRICT", "LONDON_BOROUGH", "METROPOLITAN_DISTRICT", "UNITARY"]);
    expect(s?.tiersConnection.edges.every((e) => e.properties.basis === "STATUTORY_DUTY" && e.properties.source === "govuk-local-services")).toBe(true);
  });

  it("parish councils hold concurrent powers the GOV.UK list leaves out, e.g. bus shelters", async () => {
    const r = await server.gql(ServiceTiersDocument, { code: "637" });
    const parish = r.data?.services[0]?.tiersConnection.edges.find((e) => e.node.code === "PARISH");
    expect(parish?.properties).toMatchObject({ basis: "CONCURRENT_POWER", source: "leg-lgmpa-1953" });
  });

  it("GLA strategic transport is delivered by Transport for London", async () => {
    const [row] = await cypher<{ code: string }>(driver, database, "MATCH (:Tier {code: 'GLA'})-[:RESPONSIBLE_FOR]->(s:Service)-[:DELIVERED_BY]->(:Organisation {id: 'org:transport-for-london'}) RETURN s.code AS code");
    const r = await server.gql(ServiceTiersDocument, { code: row?.code ?? "" });
    expect(r.data?.services[0]?.tiersConnection.edges[0]?.properties.basis).toBe("STRATEGIC_AUTHORITY");
  });
});

describe("money", () => {
  it("lists an authority's funding flows for a year, each with its stream, payer and source", async () => {
    const r = await server.gql(FundingOfDocument, { code: "E07000111", year: "2019-20" });
    const flows = r.data?.authorities[0]?.fundingReceived ?? [];
    expect(flows.map((f) => f.streams[0]?.id).sort()).toEqual(["council-tax", "new-homes-bonus", "new-homes-bonus-returned-funding", "rural-services-delivery-grant", "settlement-funding-assessment", "under-indexing-compensation"]);
    const nhb = flows.find((f) => f.streams[0]?.id === "new-homes-bonus");
    expect(nhb?.fromOrganisations).toEqual([{ id: "org:mhclg" }]);
    expect(nhb?.sources.map((s) => s.id)).toEqual(["core-spending-power"]);
  });

  it("reproduces the two-tier New Homes Bonus split: Kent's districts 80%, the county 20%, every year", async () => {
    const rows = await cypher<{ year: string; districts: number; county: number }>(driver, database, `
      MATCH (kcc:Authority {code: 'E10000016'})
      MATCH (f:FundingFlow)-[:OF_STREAM]->(:FundingStream {id: 'new-homes-bonus'}), (f)-[:TO]->(kcc)
      CALL (f, kcc) {
        MATCH (d:Authority)-[:WITHIN]->(kcc), (g:FundingFlow {year: f.year})-[:TO]->(d), (g)-[:OF_STREAM]->(:FundingStream {id: 'new-homes-bonus'})
        RETURN sum(g.amount) AS districts
      }
      RETURN f.year AS year, districts, f.amount AS county ORDER BY year`);
    expect(rows.map((r) => r.year)).toEqual(["2015-16", "2016-17", "2017-18", "2018-19", "2019-20", "2020-21"]);
    for (const r of rows) expect(r.districts / (r.districts + r.county)).toBeCloseTo(0.8, 3);
  });

  it("holds the Kent Recommitment's £8bn as a total, with its paper and paragraph", async () => {
    const [row] = await cypher<{ amount: number; cite: string; quote: string; file: string }>(driver, database, `
      MATCH (f:FundingFlow)-[:OF_STREAM]->(:FundingStream {id: 'public-sector-spend'}), (f)-[c:SOURCED_FROM]->(s:Source)
      RETURN f.amount AS amount, c.cite AS cite, c.quote AS quote, s.file AS file`);
    expect(row?.amount).toBe(8_000_000_000);
    expect(row?.file).toBe("seeds/papers/001_55aca4a1cfcda443.txt");
    expect(row?.quote).toMatch(/£8billion/);
  });
});

describe("partnerships from the papers and the datasets", () => {
  it("Swale Kent Locality Board: chaired by Swale, with Kent County Council as a member, cited to paper 003", async () => {
    const r = await server.gql(PartnershipByNameDocument, { name: "Swale Kent Locality Board" });
    const board = r.data?.partnerships[0];
    expect(board?.kind).toBe("locality-board");
    const members = board?.membersConnection.edges.map((e) => ({ role: e.properties.role, code: "code" in e.node ? e.node.code : undefined }));
    expect(members).toEqual(expect.arrayContaining([{ role: "chair", code: "E07000113" }, { role: "member", code: "E10000016" }]));
    expect(board?.covers).toEqual([{ code: "E07000113", name: "Swale" }]);
    const paper = board?.sourcesConnection.edges.find((e) => e.node.id === "003");
    expect(paper?.node.kind).toBe("paper");
  });

  it("every quote cited from a paper appears in that paper", async () => {
    const rows = await cypher<{ file: string; quote: string }>(driver, database, "MATCH ()-[c:SOURCED_FROM]->(s:Source {kind: 'paper'}) WHERE c.quote IS NOT NULL RETURN s.file AS file, c.quote AS quote");
    expect(rows.length).toBeGreaterThan(50);
    const flat = (t: string) => t.replace(/\s+/g, " ");
    for (const r of rows) {
      const text = flat(readFileSync(join(ROOT, r.file), "utf8"));
      for (const q of r.quote.split(" … ")) expect(text, `${r.file}: ${q}`).toContain(flat(q));
    }
  });

  it("the four London sub-regional partnerships have their boroughs from the DfE data: 12, 9, 5 and 7", async () => {
    const rows = await cypher<{ name: string; n: number }>(driver, database, "MATCH (a:Authority)-[:MEMBER_OF]->(p:Partnership {kind: 'sub-regional-partnership'}) RETURN p.name AS name, count(a) AS n ORDER BY name");
    expect(rows).toEqual([
      { name: "Central London Forward", n: 12 },
      { name: "Local London", n: 9 },
      { name: "South London Partnership", n: 5 },
      { name: "West London Alliance", n: 7 },
    ]);
  });

  it("Kent's local resilience forum is statutory and covers Medway as well as Kent's districts", async () => {
    const r = await server.gql(PartnershipByNameDocument, { name: "Kent Local Resilience Forum" });
    const lrf = r.data?.partnerships[0];
    expect(lrf?.statutory).toBe(true);
    expect(lrf?.covers.map((a) => a.code)).toEqual(expect.arrayContaining(["E06000035", "E07000113"]));
    expect(lrf?.covers).toHaveLength(13);
  });
});

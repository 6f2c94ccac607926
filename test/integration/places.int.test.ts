import { describe, expect, it } from "vitest";
import { AuthoritiesByNameDocument, AuthorityByCodeDocument, ParishByCodeDocument } from "../__generated__/operations.js";
import { cypher } from "../helpers/db.js";
import { useTestServer } from "../helpers/server.js";

const { server, driver, database } = useTestServer();

const count = async (q: string, params = {}) => Number((await cypher<{ n: number }>(driver, database, q, params))[0]?.n);

describe("places and authorities match their sources", () => {
  it("has every English parish code of the ONS lists (2016 to April 2025), 10,460 current, 315 of them in Kent's districts", async () => {
    expect(await count("MATCH (p:Parish) RETURN count(p) AS n")).toBe(11312);
    expect(await count("MATCH (p:Parish {current: true}) WHERE p.validTo IS NULL RETURN count(p) AS n")).toBe(10460);
    expect(await count("MATCH (p:Parish {current: true})-[:WITHIN]->(:Authority)-[:WITHIN]->(:Authority {code: 'E10000016'}) RETURN count(DISTINCT p) AS n")).toBe(315);
    // The Dec 2019 list, as before: 315 in Kent then too (Maidstone's 12 recodes came later).
    expect(await count("MATCH (p:Parish)-[:WITHIN]->(:Authority)-[:WITHIN]->(:Authority {code: 'E10000016'}) WHERE '2019-12' IN p.seenIn RETURN count(DISTINCT p) AS n")).toBe(315);
  });

  it("puts 12 current districts under Kent County Council, and Medway outside it as a unitary", async () => {
    const r = await server.gql(AuthorityByCodeDocument, { code: "E06000035" });
    const medway = r.data?.authorities[0];
    expect(medway?.tiers.map((t) => t.code)).toEqual(["UNITARY"]);
    expect(medway?.within).toEqual([]);
    expect(await count("MATCH (d:Authority {type: 'NMD', current: true})-[:WITHIN]->(:Authority {code: 'E10000016'}) RETURN count(d) AS n")).toBe(12);
  });

  it("puts the 32 London boroughs and the City inside the GLA's area", async () => {
    expect(await count("MATCH (b:Authority {current: true})-[:WITHIN]->(:Authority {code: 'E61000001'}) WHERE b.type IN ['LBO','CC'] RETURN count(b) AS n")).toBe(33);
    const r = await server.gql(AuthorityByCodeDocument, { code: "E09000001" });
    expect(r.data?.authorities[0]?.tiers.map((t) => t.code)).toEqual(["CITY_OF_LONDON"]);
  });

  it("knows the combined authorities and their member councils as at Dec 2019 and May 2025", async () => {
    const gm = await server.gql(AuthorityByCodeDocument, { code: "E47000001" });
    expect(gm.data?.authorities[0]?.tiers.map((t) => t.code)).toEqual(["COMBINED_AUTHORITY"]);
    expect(await count("MATCH (m)-[:CONSTITUENT_OF]->(:Authority {code: 'E47000001'}) RETURN count(m) AS n")).toBe(10);
    expect(await count("MATCH (m)-[:CONSTITUENT_OF]->(:Authority {code: 'E47000002'}) RETURN count(m) AS n")).toBe(4);
    // 106 in May 2025, and the 7 of Dec 2019 that moved (to the new North East CA in 2024) or left.
    expect(await count("MATCH ()-[r:CONSTITUENT_OF]->() RETURN count(r) AS n")).toBe(113);
    expect(await count("MATCH ()-[r:CONSTITUENT_OF]->() WHERE r.validTo IS NULL RETURN count(r) AS n")).toBe(106);
  });

  it("loads one Barnsley, reachable by its register code and by its 2025 ONS code", async () => {
    expect(await count("MATCH (a:Authority) WHERE a.code = 'E08000038' OR 'E08000038' IN a.otherCodes RETURN count(a) AS n")).toBe(1);
    const [row] = await cypher<{ code: string; name: string }>(driver, database, "MATCH (a:Authority) WHERE 'E08000038' IN a.otherCodes RETURN a.code AS code, a.name AS name");
    expect(row).toEqual({ code: "E08000016", name: "Barnsley" });
  });

  it("keeps abolished councils with their successors and dates (Buckinghamshire 2020)", async () => {
    const r = await server.gql(AuthorityByCodeDocument, { code: "E07000004" });
    const aylesbury = r.data?.authorities[0];
    expect(aylesbury).toMatchObject({ name: "Aylesbury Vale", current: false, validTo: "2020-03-31" });
    expect(aylesbury?.replacedBy).toEqual([{ code: "E06000060", name: "Buckinghamshire" }]);
    const northants = await server.gql(AuthorityByCodeDocument, { code: "E10000021" });
    expect(northants.data?.authorities[0]?.replacedBy.map((a) => a.code).sort()).toEqual(["E06000061", "E06000062"]);
    // 2023: the register gives the successor's first day as the end date; stored as the last day.
    const nyk = await server.gql(AuthorityByCodeDocument, { code: "E10000023" });
    expect(nyk.data?.authorities[0]).toMatchObject({ validTo: "2023-03-31", replacedBy: [{ code: "E06000065" }] });
  });

  it("maps a 2019 parish forward to today's council, keeping both facts with dates (the 2025 list states the new one)", async () => {
    const [p] = await cypher<{ code: string }>(driver, database, "MATCH (p:Parish {current: true})-[:WITHIN]->(:Authority {code: 'E07000004'}) RETURN p.code AS code ORDER BY code LIMIT 1");
    const r = await server.gql(ParishByCodeDocument, { code: p?.code ?? "" });
    const within = r.data?.parishes[0]?.withinConnection.edges.map((e) => ({ code: e.node.code, ...e.properties }));
    expect(within).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "E07000004", validFrom: null, validTo: "2020-03-31", source: "ons-parish-2019" }),
        expect.objectContaining({ code: "E06000060", validFrom: "2020-04-01", validTo: null, source: "ons-parish-2025" }),
      ]),
    );
    expect(r.data?.parishes[0]).toMatchObject({ councilStatus: "UNKNOWN", tiers: [{ code: "PARISH" }] });
  });

  it("finds an authority by name", async () => {
    const r = await server.gql(AuthoritiesByNameDocument, { name: "Sevenoaks" });
    expect(r.data?.authorities).toEqual([{ code: "E07000111", name: "Sevenoaks", type: "NMD", current: true }]);
  });

  it("gives every node a source and every relationship a source", async () => {
    // Postcodes (2.26 million) are sourced as a set: the active PostcodeSet names the directory,
    // and each postcode belongs to that set; their IN_DISTRICT relationships hold nothing.
    expect(await count("MATCH (n) WHERE NOT n:SeedRun AND NOT n:Source AND NOT n:Postcode AND NOT (n)-[:SOURCED_FROM]->(:Source) RETURN count(n) AS n")).toBe(0);
    expect(await count("MATCH (:PostcodeSet {id: 'active'})-[:SOURCED_FROM]->(s:Source {id: 'onspd-2025-11'}) RETURN count(s) AS n")).toBe(1);
    expect(await count("MATCH (s:PostcodeSet {id: 'active'}), (p:Postcode) WHERE p.set <> s.set RETURN count(p) AS n")).toBe(0);
    expect(await count("MATCH ()-[r]->() WHERE r.source IS NULL AND NOT r:IN_DISTRICT RETURN count(r) AS n")).toBe(0);
    expect(await count("MATCH ()-[r]->() WHERE r.source IS NOT NULL AND NOT EXISTS { MATCH (s:Source {id: r.source}) } RETURN count(r) AS n")).toBe(0);
  });
});

/**
 * Dated responsibilities (#15 item 3): RESPONSIBLE_FOR and DELIVERED_BY hold on the days the law
 * says, each date with the Act or statutory instrument behind it; what carries no dates says
 * "UNDATED" instead of passing today's list off as history.
 */
import { describe, expect, it } from "vitest";
import { ServicesOfDocument, TierMatrixDocument, WhoDeliversDocument, type WhoDeliversQuery } from "../__generated__/operations.js";
import { cypher } from "../helpers/db.js";
import { useTestServer } from "../helpers/server.js";

const { server, driver, database } = useTestServer();

type Provision = WhoDeliversQuery["whoDelivers"][number];
const ask = async (service: string, place: string, on?: string): Promise<Provision[]> => {
  const r = await server.gql(WhoDeliversDocument, { service, place, on });
  expect(r.errors).toBeUndefined();
  return r.data?.whoDelivers ?? [];
};
const delivered = (ps: Provision[]) => ps.flatMap((p) => p.deliveredBy.map((d) => d.id));
const step = (p: Provision | undefined, rel: string) => p?.path.find((s) => s.relationship === rel);

const CAMDEN = "E09000007";
const FIRE = "TG-GLA-FIRE-AND-RESCUE";
const POLICING = "TG-GLA-POLICING";
const EDENBRIDGE = "E04004989"; // a parish in Sevenoaks district, Kent

describe("fire and rescue in London: LFEPA until 31 March 2018, the London Fire Commissioner from 1 April", () => {
  it("on 2015-06-01 the GLA's fire service is delivered by the London Fire and Emergency Planning Authority", async () => {
    const ps = await ask(FIRE, CAMDEN, "2015-06-01");
    expect(ps.map((p) => p.authority.code)).toEqual(["E61000001"]);
    expect(ps[0]?.deliveredBy).toEqual([
      { id: "org:london-fire-and-emergency-planning-authority", name: expect.stringContaining("LFEPA"), validFrom: null, validTo: "2018-03-31", validity: "DATED" },
    ]);
    expect(step(ps[0], "DELIVERED_BY")).toMatchObject({
      to: { id: "org:london-fire-and-emergency-planning-authority" }, validTo: "2018-03-31", validity: "DATED",
      validToSource: "leg-si-2018-227", validToCite: expect.stringContaining("Policing and Crime Act 2017 s.9"), source: "leg-gla-1999", cite: "s.328",
    });
  });

  it("on 2020-06-01 it is the London Fire Commissioner, whose first day is cited to SI 2018/227", async () => {
    const ps = await ask(FIRE, CAMDEN, "2020-06-01");
    expect(delivered(ps)).toEqual(["org:london-fire-commissioner"]);
    expect(step(ps[0], "DELIVERED_BY")).toMatchObject({ validFrom: "2018-04-01", validTo: null, validFromSource: "leg-si-2018-227", source: "leg-pca-2017", cite: "s.9" });
    expect(ps[0]?.sources.map((s) => s.id)).toEqual(expect.arrayContaining(["leg-si-2018-227", "leg-pca-2017"]));
  });

  it("the change is on the day: 2018-03-31 LFEPA, 2018-04-01 the Commissioner, never both", async () => {
    expect(delivered(await ask(FIRE, CAMDEN, "2018-03-31"))).toEqual(["org:london-fire-and-emergency-planning-authority"]);
    expect(delivered(await ask(FIRE, CAMDEN, "2018-04-01"))).toEqual(["org:london-fire-commissioner"]);
  });
});

describe("policing in London: the Metropolitan Police Authority until 15 January 2012, MOPAC from 16 January", () => {
  it("on 2010-06-01 the Metropolitan Police Authority, dated from 3 July 2000 by SI 2000/1648", async () => {
    const ps = await ask(POLICING, CAMDEN, "2010-06-01");
    expect(delivered(ps)).toEqual(["org:metropolitan-police-authority"]);
    expect(step(ps[0], "DELIVERED_BY")).toMatchObject({
      validFrom: "2000-07-03", validTo: "2012-01-15", validFromSource: "leg-si-2000-1648", validToSource: "leg-si-2011-3019",
    });
    expect(ps[0]?.sources.map((s) => s.id)).toEqual(expect.arrayContaining(["leg-si-2000-1648", "leg-si-2011-3019", "leg-gla-1999"]));
  });

  it("on 2015-06-01 the Mayor's Office for Policing and Crime, from the day PRSRA 2011 s.3 came into force", async () => {
    const ps = await ask(POLICING, CAMDEN, "2015-06-01");
    expect(delivered(ps)).toEqual(["org:mayors-office-for-policing-and-crime"]);
    expect(step(ps[0], "DELIVERED_BY")).toMatchObject({
      validFrom: "2012-01-16", validFromSource: "leg-si-2011-3019", validFromCite: expect.stringContaining("PRSRA 2011 s.3"), source: "leg-prsra-2011", cite: "s.3",
    });
    expect(delivered(await ask(POLICING, CAMDEN, "2012-01-15"))).toEqual(["org:metropolitan-police-authority"]);
  });
});

describe("public health: county and single-tier councils' duty from 1 April 2013 (Health and Social Care Act 2012 s.12)", () => {
  const PH = "TG-PUBLIC-HEALTH-IMPROVEMENT";

  it("in a Kent parish: nobody on 2012-06-01, Kent County Council on 2014-06-01, dated by SI 2013/160", async () => {
    expect(await ask(PH, EDENBRIDGE, "2012-06-01")).toEqual([]);
    const ps = await ask(PH, EDENBRIDGE, "2014-06-01");
    expect(ps.map((p) => `${p.tier}:${p.authority.code}`)).toEqual(["COUNTY:E10000016"]);
    expect(ps[0]?.validity).toBe("DATED");
    expect(step(ps[0], "RESPONSIBLE_FOR")).toMatchObject({ validFrom: "2013-04-01", validFromSource: "leg-si-2013-160", source: "leg-hsca-2012", validity: "DATED" });
  });

  it("servicesOf and tierMatrix apply the date too", async () => {
    const codes = async (on: string) => {
      const r = await server.gql(ServicesOfDocument, { authority: "E10000016", on });
      return r.data?.servicesOf.groups.flatMap((g) => g.services) ?? [];
    };
    expect((await codes("2012-06-01")).map((s) => s.code)).not.toContain(PH);
    expect((await codes("2014-06-01")).find((s) => s.code === PH)).toMatchObject({ validity: "DATED" });
    expect((await codes("2014-06-01")).find((s) => s.code === "524")).toBeUndefined(); // a district service, not Kent's
    const row = async (on: string) => (await server.gql(TierMatrixDocument, { on })).data?.tierMatrix.rows.find((r) => r.service.code === PH);
    expect(await row("2012-06-01")).toBeUndefined();
    expect((await row("2014-06-01"))?.cells.find((c) => c.tier === "COUNTY")).toEqual({ tier: "COUNTY", basis: "STATUTORY_DUTY", validity: "DATED" });
  });
});

describe("what is not dated says so", () => {
  it("household waste collection (GOV.UK's current list) is UNDATED, in the answer and on its RESPONSIBLE_FOR step", async () => {
    const [p] = await ask("524", EDENBRIDGE, "2010-06-01");
    expect(p).toMatchObject({ validity: "UNDATED", authority: { code: "E07000111" } });
    expect(step(p, "RESPONSIBLE_FOR")).toMatchObject({ validity: "UNDATED", validFrom: null, validTo: null, validFromSource: null, validToSource: null });
  });

  it("an undated delivery (Transport for London) says UNDATED; the CSV answer carries validity and the dated steps' days", async () => {
    const [tfl] = await ask("TG-GLA-TRANSPORT", CAMDEN, "2015-06-01");
    expect(tfl?.deliveredBy).toEqual([expect.objectContaining({ id: "org:transport-for-london", validity: "UNDATED", validFrom: null, validTo: null })]);
    const text = await (await fetch(`${server.url}/export/who-delivers.csv?service=${FIRE}&place=${CAMDEN}&on=2015-06-01`)).text();
    const [, line] = text.trim().split("\n");
    expect(line).toContain(",STRATEGIC_AUTHORITY,UNDATED,London Fire and Emergency Planning Authority (LFEPA),2015-06-01,");
    expect(line).toContain(`${FIRE} -DELIVERED_BY[..2018-03-31]-> org:london-fire-and-emergency-planning-authority`);
  });

  it("the bulk export has the validity column and leaves out what was not yet in force", async () => {
    const get = async (on: string) => (await (await fetch(`${server.url}/export/who-delivers.csv?area=E07000111&service=TG-PUBLIC-HEALTH-IMPROVEMENT&on=${on}`)).text()).trim().split("\n");
    const before = await get("2012-06-01");
    expect(before).toEqual(["place_code,place_name,place_type,service_code,service_name,tier,authority_code,authority_name,basis,validity,on"]);
    const after = await get("2014-06-01");
    expect(after.length).toBeGreaterThan(10);
    expect(after.slice(1).every((l) => l.includes(",E10000016,Kent,STATUTORY_DUTY,DATED,2014-06-01"))).toBe(true);
  });
});

describe("in the graph: every date has its Act or instrument", () => {
  it("each dated RESPONSIBLE_FOR and DELIVERED_BY names a legislation source on legislation.gov.uk for each bound", async () => {
    const rows = await cypher<{ rel: string; bad: string[] }>(driver, database, `
      MATCH ()-[r:RESPONSIBLE_FOR|DELIVERED_BY]->() WHERE r.validFrom IS NOT NULL OR r.validTo IS NOT NULL
      OPTIONAL MATCH (f:Source {id: r.validFromSource}) OPTIONAL MATCH (t:Source {id: r.validToSource})
      RETURN type(r) + ' ' + startNode(r).code + '->' + coalesce(endNode(r).code, endNode(r).id) AS rel,
        [x IN [CASE WHEN r.validFrom IS NOT NULL AND (f IS NULL OR f.kind <> 'legislation' OR NOT f.url STARTS WITH 'https://www.legislation.gov.uk/' OR r.validFromCite IS NULL) THEN 'validFrom' END,
               CASE WHEN r.validTo IS NOT NULL AND (t IS NULL OR t.kind <> 'legislation' OR NOT t.url STARTS WITH 'https://www.legislation.gov.uk/' OR r.validToCite IS NULL) THEN 'validTo' END] WHERE x IS NOT NULL] AS bad`);
    expect(rows.length).toBeGreaterThanOrEqual(4 + 5); // 4 deliveries, public health for 5 tiers
    expect(rows.filter((r) => r.bad.length)).toEqual([]);
  });

  it("the predecessor bodies carry their own dates and sources", async () => {
    const r = await server.gql(`{ organisations(where: { id: { in: ["org:metropolitan-police-authority", "org:london-fire-and-emergency-planning-authority"] } }, sort: [{ id: ASC }]) { id validFrom validTo sourceIds } }`);
    expect(r.data).toEqual({
      organisations: [
        { id: "org:london-fire-and-emergency-planning-authority", validFrom: null, validTo: "2018-03-31", sourceIds: ["leg-gla-1999", "leg-pca-2017", "leg-si-2018-227"] },
        { id: "org:metropolitan-police-authority", validFrom: "2000-07-03", validTo: "2012-01-15", sourceIds: ["leg-gla-1999", "leg-si-2000-1648", "leg-si-2011-3019"] },
      ],
    });
  });
});

describe("combined authorities: membership from ONS's two lists, functions from each authority's establishment", () => {
  const TRANSPORT = "TG-CA-TRANSPORT";
  const caOf = async (place: string, on: string) => (await ask(TRANSPORT, place, on)).map((p) => p.authority.code);

  it("Newcastle: North of Tyne (2018-11-02 to its abolition) in 2020, the North East Combined Authority from 2024-05-07, never both", async () => {
    const NEWCASTLE = "E08000021";
    expect(await caOf(NEWCASTLE, "2016-06-01")).toEqual([]); // before North of Tyne; the lists do not go back further
    const in2020 = await ask(TRANSPORT, NEWCASTLE, "2020-06-01");
    expect(in2020.map((p) => p.authority.code)).toEqual(["E47000011"]);
    expect(step(in2020[0], "CONSTITUENT_OF")).toMatchObject({
      validFrom: "2018-11-02", validTo: "2024-05-06", validity: "DATED", source: "ons-cauth-2019",
      validToCite: expect.stringContaining("the day before North East Combined Authority began (2024-05-07)"),
    });
    expect(await caOf(NEWCASTLE, "2024-05-06")).toEqual(["E47000011"]);
    expect(await caOf(NEWCASTLE, "2024-05-07")).toEqual(["E47000014"]);
    expect(await caOf(NEWCASTLE, "2025-06-01")).toEqual(["E47000014"]);
  });

  it("County Durham: the first North East CA (2014-04-15 to 2024-05-06) in 2022, ended by its settled end date", async () => {
    const ps = await ask(TRANSPORT, "E06000047", "2022-01-01");
    expect(ps.map((p) => p.authority.code)).toEqual(["E47000010"]);
    expect(step(ps[0], "OF_TIER")).toMatchObject({ validFrom: "2014-04-15", validTo: "2024-05-06", validToSource: "digital-land-local-authority" });
  });

  it("York: no combined authority in 2020 (it is in no list then), York and North Yorkshire from its first day, 2024-02-01", async () => {
    expect(await caOf("E06000014", "2020-01-01")).toEqual([]);
    expect(await caOf("E06000014", "2024-01-31")).toEqual([]);
    expect(await caOf("E06000014", "2024-02-01")).toEqual(["E47000012"]);
  });

  it("a function the establishing order confers is DATED by the authority's life, with the register row behind it; one conferred by later orders says UNDATED", async () => {
    const LEEDS = "E08000035";
    expect(await caOf(LEEDS, "2010-01-01")).toEqual([]); // West Yorkshire CA from 2014-04-01
    const [transport] = await ask(TRANSPORT, LEEDS, "2015-01-01");
    expect(transport).toMatchObject({ authority: { code: "E47000003" }, validity: "DATED", note: expect.stringContaining("holds this function from its establishment") });
    expect(step(transport, "OF_TIER")).toMatchObject({ validFrom: "2014-04-01", validTo: null, validFromSource: "mysociety-register", validFromCite: expect.stringContaining("start-date 2014-04-01") });
    expect(step(transport, "RESPONSIBLE_FOR")).toMatchObject({ validity: "UNDATED", source: "leg-ldedca-2009" });
    const [adultEducation] = await ask("27", LEEDS, "2015-01-01");
    expect(adultEducation).toMatchObject({ authority: { code: "E47000003" }, validity: "UNDATED", note: expect.stringContaining("orders that are not loaded") });
  });

  it("an authority in neither register is bounded by the lists: Devon and Torbay from the day after the Dec 2019 list, and says so", async () => {
    const [p] = await ask(TRANSPORT, "E07000041", "2025-06-01"); // Exeter
    expect(step(p, "OF_TIER")).toMatchObject({ validFrom: "2020-01-01", validFromSource: "ons-cauth-2019", validFromCite: expect.stringContaining("bound: no member councils") });
    expect(await caOf("E07000041", "2019-12-31")).toEqual([]);
  });

  it("in the graph: every membership carries the lists that show it and its bounds in words; each authority's start date is settled and reported", async () => {
    const rows = await cypher<{ n: number; noBounds: number; undatedFrom: number }>(driver, database, `
      MATCH ()-[r:CONSTITUENT_OF]->() RETURN count(r) AS n,
        count(CASE WHEN r.membershipBounds IS NULL OR size(r.seenIn) = 0 THEN 1 END) AS noBounds,
        count(CASE WHEN r.validFrom IS NULL THEN 1 END) AS undatedFrom`);
    expect(rows[0]).toEqual({ n: 113, noBounds: 0, undatedFrom: 0 });
    const conflicts = await cypher<{ id: string; settled: string; lost: string[] }>(driver, database,
      "MATCH (c:Conflict) WHERE c.field = 'start-date' RETURN c.id AS id, c.settled AS settled, c.lost AS lost ORDER BY id");
    expect(conflicts.map((c) => c.id)).toEqual(["conflict:start-date:E47000002", "conflict:start-date:E47000009"]);
    expect(conflicts[1]?.lost[0]).toContain("digital-land-local-authority");
  });
});

/** Questions' parameters go to Neo4j as one map, so one plan serves every length of input (src/context.ts). */
import { describe, expect, it } from "vitest";
import { oneParameterMap } from "../../src/context.js";
import { WHO_DELIVERS } from "../../src/questions/who-delivers.js";

describe("oneParameterMap", () => {
  it("reads every $name as $q.name and wraps the parameters", () => {
    const r = oneParameterMap("WITH date($on) AS d MATCH (p) WHERE p.code = $place OR $place IN p.otherCodes WITH p LIMIT $limit RETURN p", { on: "2024-04-01", place: "E04004989", limit: 5 });
    expect(r.query).toBe("WITH date($q.on) AS d MATCH (p) WHERE p.code = $q.place OR $q.place IN p.otherCodes WITH p LIMIT $q.limit RETURN p");
    expect(r.params).toEqual({ q: { on: "2024-04-01", place: "E04004989", limit: 5 } });
  });

  it("leaves no bare parameter in whoDelivers' query", () => {
    const { query } = oneParameterMap(WHO_DELIVERS, { service: "524", place: "E04004989", on: "2024-04-01" });
    expect(query.match(/\$(?!q\.)\w+/g)).toBeNull();
    expect(query).toContain("$q.service");
  });
});

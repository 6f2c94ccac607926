import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";

describe("configuration is checked at start, with messages that say what to set", () => {
  it("uses defaults: port 4000, the local Neo4j", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 4000, host: "127.0.0.1", database: "neo4j", local: { boltPort: 7687, heap: "1g", pageCache: "512m" } });
    expect(c.external).toBeUndefined();
  });

  it("names every bad variable", () => {
    expect(() => loadConfig({ PORT: "eighty", LOG_LEVEL: "loud", TIERGRAPH_NEO4J_HEAP: "lots" })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: "eighty", LOG_LEVEL: "loud", TIERGRAPH_NEO4J_HEAP: "lots" });
    } catch (e) {
      const msg = (e as Error).message;
      expect(msg).toMatch(/PORT="eighty": must be a port number/);
      expect(msg).toMatch(/LOG_LEVEL="loud"/);
      expect(msg).toMatch(/TIERGRAPH_NEO4J_HEAP="lots": must be a size such as 512m or 1g/);
    }
  });

  it("requires a password with NEO4J_URI, and accepts clusters and Aura", () => {
    expect(() => loadConfig({ NEO4J_URI: "neo4j+s://abcd.databases.neo4j.io" })).toThrow(/NEO4J_PASSWORD.*required when NEO4J_URI is set/);
    expect(loadConfig({ NEO4J_URI: "neo4j://db.example:7687", NEO4J_PASSWORD: "x" }).external?.uri).toBe("neo4j://db.example:7687");
    expect(() => loadConfig({ NEO4J_URI: "http://localhost:7474", NEO4J_PASSWORD: "x" })).toThrow(/must be a Neo4j URI/);
  });

  it("security: locked down by default in production, every setting checked", () => {
    expect(loadConfig({}).security).toMatchObject({ jwt: undefined, introspection: true, corsOrigins: [], limits: { maxDepth: 12, maxAliases: 30, maxCost: 250000, queryTimeoutMs: 15000, maxBodyBytes: 1048576 } });
    expect(loadConfig({ NODE_ENV: "production" }).security.introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", TIERGRAPH_INTROSPECTION: "on" }).security.introspection).toBe(true);
    expect([loadConfig({}).warmUp, loadConfig({ TIERGRAPH_WARMUP: "off" }).warmUp]).toEqual([true, false]);
    expect(loadConfig({ TIERGRAPH_CORS_ORIGINS: "https://a.example, https://b.example:8443" }).security.corsOrigins).toEqual(["https://a.example", "https://b.example:8443"]);
    expect(loadConfig({ TIERGRAPH_JWKS_URL: "https://id.example/.well-known/jwks.json" }).security.jwt).toEqual({ jwksUrl: "https://id.example/.well-known/jwks.json" });
    const bad = () => loadConfig({ TIERGRAPH_JWT_SECRET: "short", TIERGRAPH_CORS_ORIGINS: "example.org", TIERGRAPH_MAX_DEPTH: "0", TIERGRAPH_INTROSPECTION: "maybe" });
    expect(bad).toThrow(/TIERGRAPH_JWT_SECRET="short": must be at least 32 characters/);
    expect(bad).toThrow(/TIERGRAPH_CORS_ORIGINS="example.org": must be \* or a comma-separated list of origins/);
    expect(bad).toThrow(/TIERGRAPH_MAX_DEPTH="0": must be the deepest nesting/);
    expect(bad).toThrow(/TIERGRAPH_INTROSPECTION="maybe": must be true or false/);
    expect(() => loadConfig({ TIERGRAPH_WARMUP: "later" })).toThrow(/TIERGRAPH_WARMUP="later": must be true or false/);
    expect(() => loadConfig({ TIERGRAPH_JWT_SECRET: "x".repeat(32), TIERGRAPH_JWKS_URL: "https://id.example/jwks" })).toThrow(/either TIERGRAPH_JWT_SECRET or TIERGRAPH_JWKS_URL, not both/);
  });
});

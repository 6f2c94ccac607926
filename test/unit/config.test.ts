import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";

describe("configuration is checked at start, with messages that say what to set", () => {
  it("uses defaults: port 4000, the local Neo4j", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 4000, host: "127.0.0.1", database: "neo4j", local: { boltPort: 7687, heap: "1536m", pageCache: "512m" } });
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
    expect([loadConfig({}).postcodes, loadConfig({ TIERGRAPH_POSTCODES: "off" }).postcodes]).toEqual([true, false]);
    expect([loadConfig({}).local.instance, loadConfig({ TIERGRAPH_NEO4J_INSTANCE: "demo-2" }).local.instance]).toEqual(["dev", "demo-2"]);
    expect(() => loadConfig({ TIERGRAPH_NEO4J_INSTANCE: "../dev" })).toThrow(/TIERGRAPH_NEO4J_INSTANCE="..\/dev": must be a name of lower-case letters/);
    expect(loadConfig({ TIERGRAPH_CORS_ORIGINS: "https://a.example, https://b.example:8443" }).security.corsOrigins).toEqual(["https://a.example", "https://b.example:8443"]);
    expect(loadConfig({ TIERGRAPH_JWKS_URL: "https://id.example/.well-known/jwks.json", TIERGRAPH_JWT_ISSUER: "https://id.example/", TIERGRAPH_JWT_AUDIENCE: "tiergraph" }).security.jwt).toEqual({
      jwksUrl: "https://id.example/.well-known/jwks.json",
      issuer: "https://id.example/",
      audience: "tiergraph",
    });
    const bad = () => loadConfig({ TIERGRAPH_JWT_SECRET: "short", TIERGRAPH_CORS_ORIGINS: "example.org", TIERGRAPH_MAX_DEPTH: "0", TIERGRAPH_INTROSPECTION: "maybe" });
    expect(bad).toThrow(/TIERGRAPH_JWT_SECRET="short": must be at least 32 characters/);
    expect(bad).toThrow(/TIERGRAPH_CORS_ORIGINS="example.org": must be \* or a comma-separated list of origins/);
    expect(bad).toThrow(/TIERGRAPH_MAX_DEPTH="0": must be the deepest nesting/);
    expect(bad).toThrow(/TIERGRAPH_INTROSPECTION="maybe": must be true or false/);
    expect(() => loadConfig({ TIERGRAPH_WARMUP: "later" })).toThrow(/TIERGRAPH_WARMUP="later": must be true or false/);
    expect(() => loadConfig({ TIERGRAPH_JWT_SECRET: "x".repeat(32), TIERGRAPH_JWKS_URL: "https://id.example/jwks" })).toThrow(/either TIERGRAPH_JWT_SECRET or TIERGRAPH_JWKS_URL, not both/);
  });

  it("tokens from an identity provider: its key set over https, issuer and audience required", () => {
    const idp = { TIERGRAPH_JWT_ISSUER: "https://id.example/", TIERGRAPH_JWT_AUDIENCE: "tiergraph" };
    expect(() => loadConfig({ TIERGRAPH_JWKS_URL: "https://id.example/jwks" })).toThrow(
      /TIERGRAPH_JWT_ISSUER="": is required with TIERGRAPH_JWKS_URL[^\n]*\n {2}TIERGRAPH_JWT_AUDIENCE="": is required with TIERGRAPH_JWKS_URL/,
    );
    expect(() => loadConfig({ TIERGRAPH_JWKS_URL: "https://id.example/jwks", TIERGRAPH_JWT_ISSUER: "https://id.example/" })).toThrow(/TIERGRAPH_JWT_AUDIENCE="": is required/);
    expect(() => loadConfig({ TIERGRAPH_JWKS_URL: "http://id.example/jwks", ...idp })).toThrow(/TIERGRAPH_JWKS_URL="http:\/\/id.example\/jwks": must be an https URL/);
    expect(() => loadConfig({ TIERGRAPH_JWKS_URL: "http://127.0.0.1.id.example/jwks", ...idp })).toThrow(/must be an https URL/);
    for (const loopback of ["http://127.0.0.1:8080/jwks", "http://[::1]:8080/jwks", "http://localhost/jwks"]) {
      expect(loadConfig({ TIERGRAPH_JWKS_URL: loopback, ...idp }).security.jwt).toMatchObject({ jwksUrl: loopback });
    }
    // With a shared secret, both are optional and checked when set.
    expect(loadConfig({ TIERGRAPH_JWT_SECRET: "x".repeat(32) }).security.jwt).toEqual({ secret: "x".repeat(32) });
    expect(loadConfig({ TIERGRAPH_JWT_SECRET: "x".repeat(32), TIERGRAPH_JWT_AUDIENCE: "tiergraph" }).security.jwt).toEqual({ secret: "x".repeat(32), audience: "tiergraph" });
  });

  it("request limits: tokens and directives too, each with its variable", () => {
    expect(loadConfig({}).security.limits).toMatchObject({ maxTokens: 2000, maxDirectives: 20 });
    expect(loadConfig({ TIERGRAPH_MAX_TOKENS: "5000", TIERGRAPH_MAX_DIRECTIVES: "3" }).security.limits).toMatchObject({ maxTokens: 5000, maxDirectives: 3 });
    const bad = () => loadConfig({ TIERGRAPH_MAX_TOKENS: "many", TIERGRAPH_MAX_DIRECTIVES: "0" });
    expect(bad).toThrow(/TIERGRAPH_MAX_TOKENS="many": must be the most tokens a query document may have/);
    expect(bad).toThrow(/TIERGRAPH_MAX_DIRECTIVES="0": must be the most directives a query may use/);
  });

  it("development mode only on loopback, unless NODE_ENV=production or it is allowed on purpose", () => {
    for (const host of ["127.0.0.1", "127.0.1.1", "::1", "localhost"]) expect(loadConfig({ HOST: host }).host).toBe(host);
    for (const env of [{ HOST: "0.0.0.0" }, { HOST: "::", NODE_ENV: "development" }, { HOST: "10.0.0.5", NODE_ENV: "test" }, { HOST: "0.0.0.0", TIERGRAPH_INTROSPECTION: "false" }]) {
      expect(() => loadConfig(env), JSON.stringify(env)).toThrow(
        new RegExp(`HOST="${env.HOST}": listens beyond this machine, but NODE_ENV is \\w+ .*Set NODE_ENV=production .*TIERGRAPH_INTROSPECTION=true.*TIERGRAPH_ALLOW_DEV_ON_NETWORK=true`),
      );
    }
    expect(loadConfig({ HOST: "0.0.0.0", NODE_ENV: "production" })).toMatchObject({ production: true, security: { introspection: false } });
    expect(loadConfig({ HOST: "0.0.0.0", NODE_ENV: "production", TIERGRAPH_INTROSPECTION: "true" }).security.introspection).toBe(true);
    expect(loadConfig({ HOST: "0.0.0.0", TIERGRAPH_ALLOW_DEV_ON_NETWORK: "true" })).toMatchObject({ production: false, security: { introspection: true } });
    expect(() => loadConfig({ HOST: "0.0.0.0", TIERGRAPH_ALLOW_DEV_ON_NETWORK: "perhaps" })).toThrow(/TIERGRAPH_ALLOW_DEV_ON_NETWORK="perhaps": must be true or false/);
  });
});

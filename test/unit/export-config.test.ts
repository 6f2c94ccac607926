/** The export settings (issue #14): a small cap below the pool, and a timeout. */
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { StreamGate } from "../../src/streaming.js";

describe("TIERGRAPH_MAX_EXPORTS and TIERGRAPH_EXPORT_TIMEOUT_MS", () => {
  it("default to 2 exports at once and 3 minutes", () => {
    expect(loadConfig({}).security.limits).toMatchObject({ maxExports: 2, exportTimeoutMs: 180_000 });
  });

  it("are read from the environment", () => {
    expect(loadConfig({ TIERGRAPH_MAX_EXPORTS: "5", TIERGRAPH_EXPORT_TIMEOUT_MS: "60000" }).security.limits).toMatchObject({ maxExports: 5, exportTimeoutMs: 60_000 });
  });

  it("refuse a cap that could take the questions' connections, or none at all", () => {
    expect(() => loadConfig({ TIERGRAPH_MAX_EXPORTS: "33" })).toThrow(/TIERGRAPH_MAX_EXPORTS="33": must be at most 32/);
    expect(() => loadConfig({ TIERGRAPH_MAX_EXPORTS: "0" })).toThrow(/TIERGRAPH_MAX_EXPORTS="0": must be the most CSV exports/);
    expect(() => loadConfig({ TIERGRAPH_EXPORT_TIMEOUT_MS: "soon" })).toThrow(/TIERGRAPH_EXPORT_TIMEOUT_MS="soon": must be a time in milliseconds/);
  });
});

describe("StreamGate", () => {
  it("gives out at most `max` slots, and each back exactly once", () => {
    const gate = new StreamGate(2);
    const a = gate.tryEnter();
    const b = gate.tryEnter();
    expect(a && b).toBeTruthy();
    expect(gate.tryEnter()).toBeUndefined();
    a?.();
    a?.(); // a second release does not free someone else's slot
    expect(gate.active).toBe(1);
    expect(gate.tryEnter()).toBeDefined();
    expect(gate.tryEnter()).toBeUndefined();
  });
});

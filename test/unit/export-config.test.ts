/** The export settings (issue #14): a small cap below the pool, and a timeout. */
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { QuestionLoad, StreamGate } from "../../src/streaming.js";

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

describe("TIERGRAPH_EXPORT_YIELD_MS and QuestionLoad (exports give way to questions)", () => {
  it("defaults to 50 ms, takes 0 (never) to 1000, and refuses the rest", () => {
    expect(loadConfig({}).security.limits.exportYieldMs).toBe(50);
    expect(loadConfig({ TIERGRAPH_EXPORT_YIELD_MS: "0" }).security.limits.exportYieldMs).toBe(0);
    expect(() => loadConfig({ TIERGRAPH_EXPORT_YIELD_MS: "1001" })).toThrow(/TIERGRAPH_EXPORT_YIELD_MS="1001": must be at most 1000 ms/);
    expect(() => loadConfig({ TIERGRAPH_EXPORT_YIELD_MS: "-1" })).toThrow(/TIERGRAPH_EXPORT_YIELD_MS="-1": must be a time in milliseconds/);
  });

  it("pauses only while a question is in flight, and each question leaves once", async () => {
    const load = new QuestionLoad(40);
    let t0 = performance.now();
    await load.giveWay();
    expect(performance.now() - t0).toBeLessThan(20); // nobody waiting: no pause
    const leave = load.enter();
    t0 = performance.now();
    await load.giveWay();
    expect(performance.now() - t0).toBeGreaterThanOrEqual(35);
    leave();
    leave(); // a second call does not count someone else out
    expect(load.inFlight).toBe(0);
  });

  it("stops pausing as soon as the stream's signal fires", async () => {
    const load = new QuestionLoad(1000);
    load.enter();
    const ctrl = new AbortController();
    const t0 = performance.now();
    const paused = load.giveWay(ctrl.signal);
    setTimeout(() => ctrl.abort(new Error("the client went away")), 10);
    await expect(paused).rejects.toThrow("the client went away");
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

/**
 * Shareable views, in a real browser on the real server: a person builds a view (finds
 * Edenbridge, expands it and Sevenoaks, hides a relationship type, moves the date, asks who
 * provides parks there), copies its link, and a colleague opening that link in a new page sees
 * the same view: the same selection, nodes, edges, date, filters and who-delivers answer. The
 * who-delivers panel's CSV holds the API's answers; a garbled link opens what it can, with a note.
 * The what-changed view (#17 item 2) shows changes() as a before/after view: its rows are the
 * API's, Before and After show the bodies in force on either date, and its link and CSV hold it.
 */
import { parse } from "csv-parse/sync";
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHANGE_COLUMNS, OVERLAP_COLUMNS, WHO_COLUMNS } from "../../explorer/src/csv.js";
import { startTestServer, type TestServer } from "../helpers/server.js";
import { clickNode, drawn, launch, settled, type Win } from "./browser.js";

const EDENBRIDGE = "Parish:E04004989";
const SEVENOAKS = "Authority:E07000111";
/** Not today, so that the link, not the default, must be what sets it. */
const DAY = "2024-06-01";

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
const errors: string[] = [];
beforeAll(async () => {
  server = await startTestServer();
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true, permissions: ["clipboard-read", "clipboard-write"] });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the explorer at `url` in a new page and waits until it is ready (a link: rebuilt). */
async function open(url: string, timeout = 60_000): Promise<Page> {
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
  await page.goto(url);
  await page.waitForFunction(() => (globalThis as unknown as Win).document.getElementById("status")?.textContent?.startsWith("Ready"), null, { timeout });
  await settled(page, timeout);
  return page;
}

/** What the view shows, read from the page. */
async function view(page: Page) {
  const g = await drawn(page);
  return {
    selected: await page.evaluate(() => (globalThis as unknown as Win).__tiergraph.state.selected),
    visibleNodes: g.visibleNodes.sort(),
    edges: g.edges.sort(),
    date: await page.getByLabel("In force on").inputValue(),
    service: await page.getByLabel("Service (LGSL code or name)").inputValue(),
    place: await page.getByLabel("Place (GSS code or name)").inputValue(),
    answers: await page.locator("#who-answers li").evaluateAll((lis) => lis.map((li) => li.textContent)),
    highlight: await page.evaluate(() => [...((globalThis as unknown as Win).__tiergraph.state.highlight?.nodes ?? [])].sort()),
    memberOfTicked: await page.locator("#legend").getByRole("checkbox", { name: /^MEMBER_OF/ }).isChecked(),
  };
}

describe("a shared view", () => {
  let first: Page;
  let link: string;

  it("is built by hand: Edenbridge and Sevenoaks expanded, MEMBER_OF hidden, the date moved, who provides parks asked", async () => {
    first = await open(`${server.url}/explorer/`);
    await first.getByLabel("In force on").fill(DAY);
    await first.getByRole("combobox", { name: /find a place/i }).fill("Edenbridge");
    await expect.poll(() => first.getByRole("option").first().getAttribute("data-key")).toBe(EDENBRIDGE);
    await first.keyboard.press("Enter");
    await settled(first);
    await clickNode(first, SEVENOAKS);
    await first.locator("#legend").getByRole("checkbox", { name: /^MEMBER_OF/ }).uncheck();
    await first.getByLabel("Service (LGSL code or name)").fill("461");
    await first.getByLabel("Place (GSS code or name)").fill("E04004989");
    await first.getByRole("button", { name: "Ask" }).click();
    await settled(first);
    await expect.poll(() => first.locator("#who-answers li").count()).toBe(3);

    link = await first.evaluate(() => (globalThis as unknown as { location: { href: string } }).location.href);
    const hash = new URLSearchParams(new URL(link).hash.slice(1));
    expect(hash.get("on")).toBe(DAY);
    expect(hash.getAll("expand")).toEqual([EDENBRIDGE, SEVENOAKS]);
    expect([hash.get("select"), hash.getAll("hiderel"), hash.get("service"), hash.get("place"), hash.get("ask")]).toEqual([SEVENOAKS, ["MEMBER_OF"], "461", "E04004989", DAY]);
    // Copy link puts the same address on the clipboard.
    await first.getByRole("button", { name: "Copy link" }).click();
    await expect.poll(() => first.locator("#status").textContent()).toBe("Link to this view copied.");
    expect(await first.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText())).toBe(link);
  });

  it("opens in a new page on the same selection, nodes, edges, date, filters and who-delivers answer", { timeout: 120_000 }, async () => {
    const before = await view(first);
    expect(before.visibleNodes.length).toBeGreaterThan(20);
    expect(before.memberOfTicked).toBe(false);
    const api = await server.gql<{ whoDelivers: { authority: { code: string } }[] }, never>(`{ whoDelivers(service: "461", place: "E04004989", on: "${DAY}") { authority { code } } }`);
    expect(before.highlight).toContain("Authority:E10000016");

    const second = await open(link);
    const after = await view(second);
    expect(after).toEqual(before);
    expect(await second.locator("#who-answers li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-authority")))).toEqual(api.data?.whoDelivers.map((p) => p.authority.code));
    expect(await second.locator("#view-note").isHidden()).toBe(true);
    expect(await second.locator("#status").textContent()).toBe("Ready: the linked view is rebuilt.");
    // The rebuilt page writes the same link back.
    expect(await second.evaluate(() => (globalThis as unknown as { location: { href: string } }).location.href)).toBe(link);

    // Its who-delivers panel downloads the answers shown, as CSV.
    const [download] = await Promise.all([second.waitForEvent("download"), second.locator("#who-answers").getByRole("button", { name: "Download CSV" }).click()]);
    expect(download.suggestedFilename()).toBe(`who-delivers-461-E04004989-${DAY}.csv`);
    const [header, ...rows] = parse(readFileSync(await download.path(), "utf8")) as string[][];
    expect(header).toEqual([...WHO_COLUMNS]);
    const col = (name: (typeof WHO_COLUMNS)[number]) => rows.map((r) => r[WHO_COLUMNS.indexOf(name)]);
    expect(col("authority_code")).toEqual(api.data?.whoDelivers.map((p) => p.authority.code));
    expect(new Set(col("on"))).toEqual(new Set([DAY]));
    expect(new Set(col("place_code"))).toEqual(new Set(["E04004989"]));
    const sevenoaks = rows.find((r) => r[WHO_COLUMNS.indexOf("authority_code")] === "E07000111");
    expect(sevenoaks?.[WHO_COLUMNS.indexOf("path")]).toBe("E04004989 -WITHIN-> E07000111 | E07000111 -OF_TIER-> DISTRICT | DISTRICT -RESPONSIBLE_FOR-> 461");
    await second.close();
    expect(errors).toEqual([]);
  });

  it("opens a garbled link on what it can use, and says what it left out", async () => {
    const page = await open(`${server.url}/explorer/#on=2019-02-30&expand=${EDENBRIDGE}&expand=Authority:E99999999&select=nonsense&colour=red`);
    const g = await drawn(page);
    expect(g.nodes.sort()).toEqual([SEVENOAKS, EDENBRIDGE, "Tier:PARISH"].sort());
    const note = page.locator("#view-note");
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toBe(
      "Part of this link was not used: colour: not a view parameter; on=2019-02-30: not a date (YYYY-MM-DD); select=nonsense: not a node (Kind:code); Authority:E99999999 could not be expanded.",
    );
    // The address now holds only what the page shows.
    const hash = await page.evaluate(() => (globalThis as unknown as { location: { hash: string } }).location.hash);
    expect(new URLSearchParams(hash.slice(1)).getAll("expand")).toEqual([EDENBRIDGE]);
    expect(hash).not.toContain("colour");
    expect(errors).toEqual([]);
  });

  it("opens a partnership's link on its overlap panel, whose CSV lists every overlap partnershipOverlap gives it in its area", { timeout: 180_000 }, async () => {
    const id = "partnership:sevenoaks-kent-locality-board";
    const key = `Partnership:${id}`;
    const overlap = await server.gql<{ partnershipOverlap: { pairs: { a: { id: string }; b: { id: string } }[] } }, never>(
      `{ partnershipOverlap(area: "E07000111", limit: 2000) { pairs { a { id } b { id } } } }`,
    );
    const others = (overlap.data?.partnershipOverlap.pairs ?? []).filter((p) => p.a.id === id || p.b.id === id).map((p) => (p.a.id === id ? p.b.id : p.a.id));
    expect(others.length).toBeGreaterThan(0);
    const page = await open(`${server.url}/explorer/#expand=${encodeURIComponent(key)}&select=${encodeURIComponent(key)}`, 150_000);
    expect(await page.locator("#analysis").isVisible()).toBe(true);
    expect(await page.locator("#overlap-list > li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-partnership")))).toEqual(others.slice(0, 10));
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#analysis").getByRole("button", { name: /^Download CSV/ }).click()]);
    const [header, ...rows] = parse(readFileSync(await download.path(), "utf8")) as string[][];
    expect(header).toEqual([...OVERLAP_COLUMNS]);
    expect(rows.map((r) => r[OVERLAP_COLUMNS.indexOf("other_id")])).toEqual(others);
    expect(new Set(rows.map((r) => `${r[0]} in ${r[2]}`))).toEqual(new Set([`${id} in Sevenoaks (E07000111)`]));
    expect(errors).toEqual([]);
  });
});

describe("the what-changed view: Buckinghamshire before and after 2020-04-01", () => {
  const BUCKS = "Authority:E06000060";
  const OLD = ["Authority:E07000004", "Authority:E07000005", "Authority:E07000006", "Authority:E07000007", "Authority:E10000002"];
  const FROM = "2019-04-01";
  const TO = "2020-05-01";
  let first: Page;
  let link: string;
  let api: { kind: string; subject: { id: string } }[];

  const rows = (page: Page) => page.locator("#changes-view tbody tr").evaluateAll((trs) => trs.map((tr) => `${tr.getAttribute("data-kind")} ${tr.getAttribute("data-subject")}`));
  const pressed = (page: Page) => page.locator("#changes-view [data-side]").evaluateAll((bs) => bs.filter((b) => b.getAttribute("aria-pressed") === "true").map((b) => b.getAttribute("data-side")));
  const visible = async (page: Page) => (await drawn(page)).visibleNodes.sort();

  it("lists the API's changes, in its order, with what held before and after, and puts the picture on either side", { timeout: 120_000 }, async () => {
    const r = await server.gql<{ changes: { changes: { kind: string; subject: { id: string } }[] } }, never>(`{ changes(area: "Buckinghamshire", from: "${FROM}", to: "${TO}") { changes { kind subject { id } } } }`);
    api = r.data?.changes.changes ?? [];
    expect(api.length).toBeGreaterThan(10);

    first = await open(`${server.url}/explorer/`);
    await first.getByLabel("Area (authority: GSS code or name)").fill("Buckinghamshire");
    await first.getByLabel("From", { exact: true }).fill(FROM);
    await first.getByLabel("To", { exact: true }).fill(TO);
    await first.getByRole("button", { name: "Show changes" }).click();
    await expect.poll(() => rows(first), { timeout: 60_000 }).toEqual(api.map((c) => `${c.kind} ${c.subject.id}`));
    await settled(first);

    // The new unitary's row: the county and its four districts before, the unitary after.
    const created = first.locator('#changes-view tbody tr[data-kind="AUTHORITY_CREATED"]');
    const cells = await created.locator("td").allTextContents();
    expect(cells[0]).toBe("2020-04-01");
    for (const code of OLD.map((k) => k.slice(10))) expect(cells[2]).toContain(code);
    expect(cells[3]).toContain("E06000060");
    // The money row gives both years' amounts.
    expect(await first.locator('#changes-view tbody tr[data-kind="FUNDING_CHANGED"][data-subject="new-homes-bonus"] td').nth(2).textContent()).toMatch(/^2019-20: £[\d,]+$/);

    // Asked, the view moves to the after side: the unitary is drawn, the old councils are not.
    expect(await first.getByLabel("In force on").inputValue()).toBe(TO);
    expect(await pressed(first)).toEqual(["after"]);
    let shown = await visible(first);
    expect(shown).toContain(BUCKS);
    for (const k of OLD) expect(shown).not.toContain(k);
    // Before: the county and the districts, not the unitary.
    await first.getByRole("button", { name: `Before: ${FROM}` }).click();
    expect(await first.getByLabel("In force on").inputValue()).toBe(FROM);
    expect(await pressed(first)).toEqual(["before"]);
    shown = await visible(first);
    expect(shown).toEqual(expect.arrayContaining(OLD));
    expect(shown).not.toContain(BUCKS);
    // Every body the view highlights is drawn; each old council is REPLACED_BY the unitary.
    const g = await first.evaluate(() => ({ nodes: (globalThis as unknown as Win).__tiergraph.graph.nodes(), edges: (globalThis as unknown as Win).__tiergraph.graph.edges() }));
    for (const k of [BUCKS, ...OLD]) expect(g.nodes).toContain(k);
    for (const k of OLD) expect(g.edges).toContain(`${k}|REPLACED_BY|${BUCKS}`);
    expect(await first.evaluate(() => [...((globalThis as unknown as Win).__tiergraph.state.highlight?.nodes ?? [])])).toEqual(expect.arrayContaining([BUCKS, ...OLD]));

    link = await first.evaluate(() => (globalThis as unknown as { location: { href: string } }).location.href);
    const hash = new URLSearchParams(new URL(link).hash.slice(1));
    expect([hash.get("changes"), hash.get("from"), hash.get("to"), hash.get("on")]).toEqual(["Buckinghamshire", FROM, TO, FROM]);
    expect(errors).toEqual([]);
  });

  it("opens from its link on the same rows, side and picture, and downloads them as CSV", { timeout: 120_000 }, async () => {
    const before = { rows: await rows(first), pressed: await pressed(first), visible: await visible(first) };
    const second = await open(link);
    expect({ rows: await rows(second), pressed: await pressed(second), visible: await visible(second) }).toEqual(before);
    expect(await second.locator("#view-note").isHidden()).toBe(true);
    const [download] = await Promise.all([second.waitForEvent("download"), second.locator("#changes-view").getByRole("button", { name: "Download CSV" }).click()]);
    expect(download.suggestedFilename()).toBe(`changes-E06000060-${FROM}-${TO}.csv`);
    const [header, ...csv] = parse(readFileSync(await download.path(), "utf8")) as string[][];
    expect(header).toEqual([...CHANGE_COLUMNS]);
    const col = (name: (typeof CHANGE_COLUMNS)[number]) => csv.map((r) => r[CHANGE_COLUMNS.indexOf(name)]);
    expect(col("kind")).toEqual(api.map((c) => c.kind));
    expect(col("subject_id")).toEqual(api.map((c) => c.subject.id));
    const created = csv.find((r) => r[CHANGE_COLUMNS.indexOf("kind")] === "AUTHORITY_CREATED");
    expect(created?.[CHANGE_COLUMNS.indexOf("before")]?.split("; ").sort()).toEqual(OLD.map((k) => k.slice(10)));
    await second.close();
    await first.close();
    expect(errors).toEqual([]);
  });
});

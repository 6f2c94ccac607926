/**
 * Search-to-start: a combobox (WAI-ARIA 1.2 pattern) over authorities, parishes, services and
 * partnerships. Arrow keys move, Enter picks, Escape closes; results are announced.
 */
import { gql } from "./api.js";
import { searchQuery } from "./queries.js";
import type { Kind } from "./relations.js";

/** A search result. */
export interface Hit {
  kind: Kind;
  code: string;
  name: string;
  detail: string;
}

interface SearchData {
  authorities: { code: string; name: string; typeName: string; current: boolean }[];
  parishes: { code: string; name: string; within: { name: string }[] }[];
  services: { code: string; name: string }[];
  partnerships: { id: string; name: string; kind: string }[];
}

const PER_KIND = 8;
const SHOWN = 12;

/** The spellings sent for a typed text: as typed, lower case, Capitalised, Title Case. */
export function spellings(q: string): string[] {
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  return [...new Set([q, q.toLowerCase(), cap(q), q.split(/\s+/).map(cap).join(" ")])];
}

async function find(q: string, signal: AbortSignal): Promise<Hit[]> {
  const names = spellings(q);
  const vars: Record<string, unknown> = { code: q.toUpperCase(), limit: PER_KIND };
  names.forEach((s, i) => (vars[`s${i}`] = s));
  const d = await gql<SearchData>(searchQuery(names.length), vars, signal);
  const hits: Hit[] = [
    ...d.authorities.map((a) => ({ kind: "Authority" as const, code: a.code, name: a.name, detail: `${a.typeName}${a.current ? "" : ", abolished"}` })),
    ...d.parishes.map((p) => ({ kind: "Parish" as const, code: p.code, name: p.name, detail: `Parish in ${p.within.map((w) => w.name).join(" / ")}` })),
    ...d.partnerships.map((p) => ({ kind: "Partnership" as const, code: p.id, name: p.name, detail: p.kind })),
    ...d.services.map((s) => ({ kind: "Service" as const, code: s.code, name: s.name, detail: `Service ${s.code}` })),
  ];
  // Exact names first, then names that start with the text; otherwise the API's order.
  const lq = q.toLowerCase();
  const rank = (h: Hit) => (h.name.toLowerCase() === lq || h.code === q.toUpperCase() ? 0 : h.name.toLowerCase().startsWith(lq) ? 1 : 2);
  return hits.map((h, i) => ({ h, i })).sort((a, b) => rank(a.h) - rank(b.h) || a.i - b.i).map((x) => x.h).slice(0, SHOWN);
}

/** Wires the input and its listbox; `onPick` gets the chosen hit. */
export function mountSearch(input: HTMLInputElement, list: HTMLUListElement, status: HTMLElement, onPick: (hit: Hit) => void): void {
  let hits: Hit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inflight: AbortController | undefined;

  const render = () => {
    list.replaceChildren(
      ...hits.map((h, i) => {
        const li = document.createElement("li");
        li.id = `search-option-${i}`;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", String(i === active));
        li.dataset.key = `${h.kind}:${h.code}`;
        li.innerHTML = `<span class="hit-name"></span> <span class="hit-detail"></span>`;
        (li.firstElementChild as HTMLElement).textContent = h.name;
        (li.lastElementChild as HTMLElement).textContent = `${h.kind} · ${h.code} · ${h.detail}`;
        li.addEventListener("mousedown", (e) => (e.preventDefault(), pick(i)));
        return li;
      }),
    );
    const open = hits.length > 0;
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    if (active >= 0) input.setAttribute("aria-activedescendant", `search-option-${active}`);
    else input.removeAttribute("aria-activedescendant");
    list.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: "nearest" });
  };
  const close = () => ((hits = []), (active = -1), render());
  const pick = (i: number) => {
    const h = hits[i];
    if (!h) return;
    close();
    input.value = h.name;
    onPick(h);
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) return close();
    timer = setTimeout(async () => {
      inflight?.abort();
      inflight = new AbortController();
      try {
        hits = await find(q, inflight.signal);
        active = hits.length ? 0 : -1;
        status.textContent = hits.length ? `${hits.length} results for “${q}”: arrow keys to choose, Enter to add.` : `Nothing matches “${q}”.`;
        render();
      } catch (err) {
        if ((err as Error).name !== "AbortError") status.textContent = `Search failed: ${(err as Error).message}`;
      }
    }, 200);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" && hits.length) (active = (active + 1) % hits.length), render();
    else if (e.key === "ArrowUp" && hits.length) (active = (active - 1 + hits.length) % hits.length), render();
    else if (e.key === "Enter" && active >= 0) pick(active);
    else if (e.key === "Escape") close();
    else return;
    e.preventDefault();
  });
  input.addEventListener("blur", () => setTimeout(close, 150));
}

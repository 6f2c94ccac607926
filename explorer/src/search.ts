/**
 * Search-to-start: a combobox (WAI-ARIA 1.2 pattern) over authorities, parishes, services and
 * partnerships, answered by the API's search (misspellings, codes, everyday words). Arrow keys move, Enter picks, Escape closes; results are announced.
 */
import { gql } from "./api.js";
import { SEARCH } from "./queries.js";
import type { Kind } from "./relations.js";

/** A search result. */
export interface Hit {
  kind: Kind;
  code: string;
  name: string;
  detail: string;
}

interface SearchData {
  search: { kind: string; id: string; name: string; typeName: string | null; within: string | null; inForce: boolean; match: string }[];
}

const SHOWN = 12;

/** The API's kinds, as the explorer's node kinds. */
const KIND: Record<string, Kind> = {
  AUTHORITY: "Authority", PARISH: "Parish", UNPARISHED_AREA: "UnparishedArea", SERVICE: "Service", PARTNERSHIP: "Partnership", ORGANISATION: "Organisation",
};

/** Asks the API's search (ranked by its full-text index) for the typed text, as at `on`. */
async function find(q: string, on: string | undefined, signal: AbortSignal): Promise<Hit[]> {
  const d = await gql<SearchData>(SEARCH, { text: q, on, limit: SHOWN }, signal);
  return d.search.flatMap((h) => {
    const kind = KIND[h.kind];
    if (!kind) return [];
    const what = kind === "Service" ? `Service ${h.id}` : (h.typeName ?? kind.replace(/([a-z])([A-Z])/g, "$1 $2"));
    const detail = [what, h.within ? `in ${h.within}` : null, h.inForce ? null : "not in force on the date"].filter(Boolean).join(", ");
    return [{ kind, code: h.id, name: h.name, detail }];
  });
}

/** Wires the input and its listbox; `onPick` gets the chosen hit. */
export function mountSearch(input: HTMLInputElement, list: HTMLUListElement, status: HTMLElement, onPick: (hit: Hit) => void, on: () => string | undefined = () => undefined): void {
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
        hits = await find(q, on(), inflight.signal);
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

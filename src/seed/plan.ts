/**
 * The import plan: every node and relationship the loaders want, built and checked in memory
 * before anything is written. A fact without a source, a relationship to a node that does not
 * exist, or a citation of an unknown source is an error here, not a half-written graph.
 */
import { NODE_KEYS, type Label } from "../model.js";
import { SeedError, type Location } from "./errors.js";

/** The key property of each node label the seed manages (the model's). */
export { NODE_KEYS, type Label };

/** Properties stored as Neo4j Date (given as ISO yyyy-mm-dd strings). */
export const DATE_PROPS = ["validFrom", "validTo"] as const;

export type Value = string | number | boolean | null | string[];
export type Props = Record<string, Value>;

export interface Cite {
  source: string;
  cite?: string | null;
  quote?: string | null;
}

interface PlannedNode {
  props: Props;
  cites: Cite[];
  at: Location;
}

export interface PlannedRel {
  from: string;
  to: string;
  props: Props;
  at: Location;
}

export interface RelGroup {
  type: string;
  fromLabel: Label;
  toLabel: Label;
  rows: Map<string, PlannedRel>;
}

export class Plan {
  readonly nodes = new Map<Label, Map<string, PlannedNode>>();
  readonly rels = new Map<string, RelGroup>();
  readonly errors: SeedError[] = [];
  /** Conflicts between sources and how they were settled: reported, not fatal. */
  readonly warnings: string[] = [];
  /** Figures a loader reports about what it loaded (the seed report prints them). */
  readonly figures: string[] = [];

  error(at: Location, reason: string): void {
    this.errors.push(new SeedError(at, reason));
  }

  warn(message: string): void {
    if (!this.warnings.includes(message)) this.warnings.push(message);
  }

  has(label: Label, key: string): boolean {
    return this.nodes.get(label)?.has(key) ?? false;
  }

  get(label: Label, key: string): Props | undefined {
    return this.nodes.get(label)?.get(key)?.props;
  }

  /** Adds a node; adding the same key twice is an error (two rows for one thing). */
  addNode(label: Label, props: Props, cites: Cite[], at: Location): void {
    const key = String(props[NODE_KEYS[label]] ?? "");
    if (!key) return this.error(at, `${label} without ${NODE_KEYS[label]}`);
    let byKey = this.nodes.get(label);
    if (!byKey) this.nodes.set(label, (byKey = new Map()));
    if (byKey.has(key)) return this.error(at, `${label} ${key} is defined twice (also at line ${byKey.get(key)?.at.line ?? "?"})`);
    byKey.set(key, { props, cites: [...cites], at });
  }

  /** Adds properties and citations to a node another loader made (e.g. GOV.UK data on an ESD service). */
  extendNode(label: Label, key: string, props: Props, cites: Cite[], at: Location): void {
    const node = this.nodes.get(label)?.get(key);
    if (!node) return this.error(at, `${label} ${key} does not exist`);
    Object.assign(node.props, props);
    node.cites.push(...cites);
  }

  /**
   * Adds a relationship. The same (type, from, to) twice keeps the first (several rows can
   * state one fact, e.g. every district of a county naming the same fire authority).
   */
  addRel(type: string, from: [Label, string], to: [Label, string], props: Props & { source: string }, at: Location): void {
    const groupKey = `${type}|${from[0]}|${to[0]}`;
    let group = this.rels.get(groupKey);
    if (!group) this.rels.set(groupKey, (group = { type, fromLabel: from[0], toLabel: to[0], rows: new Map() }));
    const relKey = `${from[1]}->${to[1]}`;
    if (!group.rows.has(relKey)) group.rows.set(relKey, { from: from[1], to: to[1], props, at });
  }

  /** Final checks; returns the SOURCED_FROM relationships derived from every node's citations. */
  finish(): void {
    for (const group of this.rels.values()) {
      for (const rel of group.rows.values()) {
        if (!this.has(group.fromLabel, rel.from)) this.error(rel.at, `${group.type}: no ${group.fromLabel} ${rel.from}`);
        if (!this.has(group.toLabel, rel.to)) this.error(rel.at, `${group.type}: no ${group.toLabel} ${rel.to}`);
        if (!this.has("Source", String(rel.props.source))) this.error(rel.at, `${group.type} cites unknown source "${String(rel.props.source)}"`);
        // The Act or instrument behind a relationship's dates (RESPONSIBLE_FOR, DELIVERED_BY).
        for (const k of ["validFromSource", "validToSource"] as const) {
          const id = rel.props[k];
          if (id != null && !this.has("Source", String(id))) this.error(rel.at, `${group.type} ${k} cites unknown source "${String(id)}"`);
        }
      }
    }
    for (const [label, byKey] of this.nodes) {
      for (const [key, node] of byKey) {
        if (label !== "Source" && node.cites.length === 0) this.error(node.at, `${label} ${key} has no source; a fact without a source is not loaded`);
        // One SOURCED_FROM per source; several paragraphs of one source are joined.
        const bySource = new Map<string, { cites: string[]; quotes: string[] }>();
        for (const c of node.cites) {
          if (!this.has("Source", c.source)) {
            this.error(node.at, `${label} ${key} cites unknown source "${c.source}"`);
            continue;
          }
          const entry = bySource.get(c.source) ?? { cites: [], quotes: [] };
          if (c.cite && !entry.cites.includes(c.cite)) entry.cites.push(c.cite);
          if (c.quote && !entry.quotes.includes(c.quote)) entry.quotes.push(c.quote);
          bySource.set(c.source, entry);
        }
        if (label === "Source") continue;
        node.props.sourceIds = [...bySource.keys()];
        for (const [source, { cites, quotes }] of bySource) {
          const props = { source, cite: cites.join("; ") || null, quote: quotes.join(" … ") || null };
          this.addRel("SOURCED_FROM", [label, key], ["Source", source], props, node.at);
        }
      }
    }
  }

  counts(): { nodes: Record<string, number>; relationships: Record<string, number> } {
    const nodes: Record<string, number> = {};
    for (const [label, byKey] of this.nodes) nodes[label] = byKey.size;
    const relationships: Record<string, number> = {};
    for (const g of this.rels.values()) relationships[g.type] = (relationships[g.type] ?? 0) + g.rows.size;
    return { nodes, relationships };
  }
}

/**
 * Cacheable reads: every answer to a query carries an ETag tied to the data version, and a GET
 * whose If-None-Match still matches gets 304 before anything is executed (no Cypher runs).
 *
 * The data version is what a read's answer can depend on, read from the store in one small
 * query (only for a query that passed every check, or a GET that sends If-None-Match): the SeedRun (a new `run` on every seed write), the active postcode set, and the notes
 * (the one thing the API writes: their count, links and latest times). It is read at most once
 * per `ttlMs` (default 1 s) and at once after any mutation this server ran; so a re-seed or a
 * note written through another server shows in the ETag within `ttlMs`. Answers that default
 * `on` to today change at midnight UTC: the day is part of the version too.
 *
 * The ETag is weak (`W/"…"`): the same data answers the same request with an equivalent body.
 * It also covers the request (query or persisted-query hash, operation name, variables) and
 * the Authorization header, so no two callers' answers share one.
 */
import { createHash } from "node:crypto";
import type { ApolloServerPlugin } from "@apollo/server";
import neo4j, { type Driver } from "neo4j-driver";
import type { CacheConfig } from "./config.js";
import type { Context } from "./context.js";

export const DATA_VERSION = `
OPTIONAL MATCH (m:SeedRun {id: 'tiergraph'})
OPTIONAL MATCH (p:PostcodeSet {id: 'active'})
CALL () {
  OPTIONAL MATCH (n:Note)
  RETURN count(n) AS notes, toString(max(n.createdAt)) AS created, toString(max(n.updatedAt)) AS updated
}
RETURN m.run AS run, m.seedsHash AS seeds, p.set AS postcodes, notes, created, updated,
       COUNT { (:Note)-[:ABOUT]->() } AS links`;

export class DataVersion {
  private value: string | undefined;
  private readAt = 0;
  private pending: Promise<string> | undefined;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly ttlMs = 1000,
    private readonly now = () => Date.now(),
  ) {}

  /** The version: a short hash of the store's state and today's date (UTC). */
  async get(): Promise<string> {
    if (this.value !== undefined && this.now() - this.readAt < this.ttlMs) return this.value;
    this.pending ??= this.read().finally(() => (this.pending = undefined));
    return this.pending;
  }

  /** Forget the version (this server just ran a mutation): the next request reads it anew. */
  invalidate(): void {
    this.value = undefined;
  }

  private async read(): Promise<string> {
    const started = this.now();
    const { records } = await this.driver.executeQuery(DATA_VERSION, {}, {
      database: this.database,
      routing: neo4j.routing.READ,
      transactionConfig: { timeout: 5000, metadata: { app: "tiergraph-version" } },
    });
    const state = JSON.stringify(records[0]?.toObject() ?? {}, (_, v: unknown) => (neo4j.isInt(v) ? v.toString() : v));
    const day = new Date(started).toISOString().slice(0, 10);
    this.value = createHash("sha256").update(`${state}|${day}`).digest("base64url").slice(0, 16);
    this.readAt = started;
    return this.value;
  }
}

/**
 * What identifies a read request: for a GET its query string's GraphQL parameters, for a POST
 * its JSON body as sent (`raw`; not serialised again). Null when it is not a single operation
 * (a batch, no body) and so gets no ETag.
 */
export function requestKey(method: string, search: URLSearchParams, body: unknown, raw: string): string | null {
  if (method === "GET") {
    if (!search.has("query") && !search.has("extensions")) return null;
    return JSON.stringify(["query", "operationName", "variables", "extensions"].map((k) => search.get(k)));
  }
  if (method === "POST" && body !== null && typeof body === "object" && !Array.isArray(body)) return raw;
  return null;
}

export function etagOf(version: string, key: string, authorization: string | undefined): string {
  const h = createHash("sha256").update(version).update("\0").update(key).update("\0").update(authorization ?? "").digest("base64url");
  return `W/"${version}-${h.slice(0, 22)}"`;
}

/** RFC 9110 If-None-Match, weak comparison: `*` or any listed tag whose opaque part is ours. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = (t: string) => t.trim().replace(/^W\//, "");
  const ours = opaque(etag);
  return header.split(",").some((t) => opaque(t) === ours);
}

/** The headers a cacheable answer (200 or 304) carries. */
export function cacheHeaders(etag: string, withToken: boolean, p: Pick<CacheConfig, "maxAgeS">): Record<string, string> {
  return {
    etag,
    // With a token the answer is the caller's own: a shared cache must not keep it, and the
    // caller's own cache revalidates every time (the ETag makes that a 304).
    "cache-control": withToken ? "private, no-cache" : `public, max-age=${p.maxAgeS}`,
    vary: "authorization",
  };
}

/** How long a request waits for the data version before it goes on without an ETag. */
export const VERSION_WAIT_MS = 250;

function withinMs<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/** Request-scoped: what the cache plugin needs to label the answer. */
export interface CacheContext {
  cache?: {
    /** requestKey's value. */
    key: string;
    authorization: string | undefined;
    /** Set once execution starts (a query that passed every check). */
    etag?: string;
  };
}

/**
 * Replaces Apollo's own cache-control header (its plugin is disabled in src/server.ts): an
 * answer to a query without errors gets the ETag and Cache-Control; anything else (a
 * mutation, an error) `no-store`. The data version is read when execution starts, so a request
 * refused by the limits never reaches Neo4j, and before any data is read, so an ETag never
 * names a newer version than its answer. A mutation makes the version be read anew.
 */
export function cachePlugin(version: DataVersion, p: Pick<CacheConfig, "maxAgeS">): ApolloServerPlugin<Context & CacheContext> {
  return {
    async requestDidStart() {
      return {
        // `operation` is typed as always there, but Apollo calls this without one when the
        // operation name names nothing in the document (the fuzz test found it: a 500).
        async executionDidStart({ operation, contextValue }) {
          const { cache } = contextValue;
          if (operation?.operation !== "query" || !cache) return;
          // No version (the store is unreachable): no ETag; the query then fails on its own.
          // At most VERSION_WAIT_MS: a store that does not answer must not delay the query's own error.
          const current = await withinMs(version.get(), VERSION_WAIT_MS).catch(() => undefined);
          if (current !== undefined) cache.etag = etagOf(current, cache.key, cache.authorization);
        },
        async willSendResponse({ response, operation, contextValue }) {
          const headers = response.http.headers;
          if (operation?.operation === "mutation") version.invalidate();
          const clean = response.body.kind === "single" && !response.body.singleResult.errors;
          const etag = contextValue.cache?.etag;
          if (operation?.operation === "query" && clean && etag) {
            for (const [k, v] of Object.entries(cacheHeaders(etag, contextValue.cache?.authorization !== undefined, p))) headers.set(k, v);
          } else {
            headers.set("cache-control", "no-store");
          }
        },
      };
    },
  };
}

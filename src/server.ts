/**
 * Builds the HTTP server: GraphQL (Apollo Server 5 over @neo4j/graphql 7) on /graphql, the
 * health check on /health. It never listens; src/index.ts (or a test) does.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, HeaderMap } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import cors from "cors";
import type { Driver } from "neo4j-driver";
import { cacheHeaders, cachePlugin, DataVersion, etagOf, matchesIfNoneMatch, requestKey, type CacheContext } from "./cache.js";
import { defaultSecurity, type SecurityConfig } from "./config.js";
import { createContext, withTimeout, type Context } from "./context.js";
import { formatError, serviceUnavailablePlugin } from "./errors.js";
import { BULK_PATHS, bulkList } from "./bulk-lists.js";
import { exportWhoDelivers } from "./export.js";
import { serveExplorer } from "./explorer.js";
import { checkHealth } from "./health.js";
import { costLimitPlugin, parseOptions, tokenLimitFormatter, validationRules } from "./limits.js";
import type { Logger } from "./log.js";
import { createNeoSchema } from "./schema/build.js";
import { QuestionLoad, StreamGate } from "./streaming.js";
import { unfilteredDeletePlugin } from "./writes.js";

export interface AppOptions {
  driver: Driver;
  database: string;
  production: boolean;
  log: Logger;
  /** Tokens, introspection, CORS and limits; default: the development defaults (README, "Security"). */
  security?: SecurityConfig;
}

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** Listens; resolves with the bound port (0 picks a free one). */
  listen(port: number, host: string): Promise<number>;
  /** Stops taking requests, drains those in flight. Does not close the driver. */
  stop(): Promise<void>;
}

export class CompatibilityError extends Error {
  override name = "CompatibilityError";
}

/** The body as sent (`raw`) and as read (`body`: parsed JSON, or the text of any other type). */
async function readJsonBody(req: http.IncomingMessage, maxBytes: number): Promise<{ body: unknown; raw: string }> {
  const tooLarge = () =>
    Object.assign(new Error(`The request body is over ${maxBytes} bytes (TIERGRAPH_MAX_BODY_BYTES)`), { status: 413, code: "PAYLOAD_TOO_LARGE" });
  if (Number(req.headers["content-length"] ?? 0) > maxBytes) {
    req.resume(); // drain what the client sends, then answer
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  const raw = Buffer.concat(chunks).toString("utf8");
  if (!raw) return { body: undefined, raw };
  if (!(req.headers["content-type"] ?? "").includes("application/json")) return { body: raw, raw };
  try {
    return { body: JSON.parse(raw) as unknown, raw };
  } catch {
    throw Object.assign(new Error("The request body is not valid JSON"), { status: 400, code: "BAD_REQUEST" });
  }
}

export async function createApp(o: AppOptions): Promise<App> {
  const security = o.security ?? defaultSecurity();
  const { limits } = security;
  const neoSchema = createNeoSchema(o.driver, security.jwt);
  const schema = await neoSchema.getSchema();
  try {
    await neoSchema.checkNeo4jCompat({ driver: o.driver, sessionConfig: { database: o.database } });
  } catch (err) {
    throw new CompatibilityError(
      `This Neo4j cannot serve tiergraph: ${(err as Error).message.replace("compatiblility", "compatibility")}\n` +
        "tiergraph needs Neo4j 5.23+ (5.26 LTS is what it installs) with the APOC core plugin.",
    );
  }

  const httpServer = http.createServer();
  const version = new DataVersion(o.driver, o.database, security.cache.versionTtlMs);
  const apollo = new ApolloServer<Context & CacheContext>({
    schema,
    introspection: security.introspection,
    // Apollo's CSRF prevention: a GET, or a POST that is not application/json, needs a
    // non-simple header (apollo-require-preflight, content-type...) or it is refused.
    // Automatic persisted queries are on (Apollo's default: an in-memory cache per server).
    csrfPrevention: true,
    parseOptions: parseOptions(limits),
    validationRules: validationRules(limits),
    formatError: tokenLimitFormatter(limits, formatError(o.production, limits.queryTimeoutMs)),
    includeStacktraceInErrorResponses: !o.production,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Our ETag and Cache-Control (src/cache.ts) instead of Apollo's `no-store` on every answer.
      ApolloServerPluginCacheControlDisabled(),
      cachePlugin(version, security.cache),
      costLimitPlugin(schema, limits, o.log),
      serviceUnavailablePlugin(),
      unfilteredDeletePlugin(schema),
      security.introspection ? ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false }) : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  const served = withTimeout(o.driver, limits.queryTimeoutMs);
  // One gate for every streamed endpoint: together they hold at most maxExports connections.
  // The questions in flight, to which exports give way (TIERGRAPH_EXPORT_YIELD_MS).
  const questions = new QuestionLoad(limits.exportYieldMs);
  const exportDeps = {
    driver: o.driver, database: o.database, log: o.log, gate: new StreamGate(limits.maxExports), questions,
    exportTimeoutMs: limits.exportTimeoutMs, queryTimeoutMs: limits.queryTimeoutMs,
  };
  const corsOrigins = security.corsOrigins;
  const allowCors = cors({
    origin: corsOrigins.includes("*") ? "*" : corsOrigins.length ? [...corsOrigins] : false,
    methods: ["GET", "POST", "OPTIONS"],
    allowedHeaders: ["content-type", "authorization", "apollo-require-preflight", "x-apollo-operation-name", "if-none-match"],
    exposedHeaders: ["etag"],
    maxAge: 600,
  });
  const applyCors = (req: http.IncomingMessage, res: http.ServerResponse) =>
    new Promise<void>((resolve, reject) => allowCors(req, res, (err?: unknown) => (err ? reject(err as Error) : resolve())));

  httpServer.on("request", (req, res) => {
    handle(req, res).catch((err: Error & { status?: number; code?: string }) => {
      if (!err.status) o.log.error(`request failed: ${err.stack ?? err.message}`);
      if (!res.headersSent) res.writeHead(err.status ?? 500, { "content-type": "application/json" });
      const code = err.status ? (err.code ?? "BAD_REQUEST") : "INTERNAL_SERVER_ERROR";
      res.end(JSON.stringify({ errors: [{ message: err.status ? err.message : "Internal server error", extensions: { code } }] }));
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    res.setHeader("x-content-type-options", "nosniff");
    res.setHeader("referrer-policy", "no-referrer");
    if (url.pathname === "/graphql" || url.pathname.startsWith("/export/") || url.pathname.startsWith("/bulk/")) {
      await applyCors(req, res);
      if (req.method === "OPTIONS") {
        if (!res.writableEnded) res.writeHead(204).end();
        return;
      }
    }
    if (url.pathname === "/health") {
      const health = await checkHealth(o.driver, o.database);
      res.writeHead(health.status === "ok" ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(JSON.stringify(health));
      return;
    }
    if (url.pathname === "/export/who-delivers.csv") {
      await exportWhoDelivers(url, res, exportDeps);
      return;
    }
    const bulk = BULK_PATHS[url.pathname];
    if (bulk) {
      await bulkList(bulk, req, url, res, exportDeps);
      return;
    }
    if (url.pathname === "/") {
      res.writeHead(302, { location: "/graphql" }).end();
      return;
    }
    if (url.pathname === "/explorer" || url.pathname.startsWith("/explorer/")) {
      await serveExplorer(url, res);
      return;
    }
    if (url.pathname !== "/graphql") {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found. GraphQL is at /graphql, the explorer at /explorer/, health at /health, CSV at /export/who-delivers.csv, bulk lists at /bulk/who-delivers.csv and /bulk/places.csv (POST).\n");
      return;
    }
    const method = (req.method ?? "GET").toUpperCase();
    const { body, raw } = await readJsonBody(req, limits.maxBodyBytes);
    const key = requestKey(method, url.searchParams, body, raw);
    const token = req.headers.authorization;
    const ifNoneMatch = req.headers["if-none-match"];
    if (key !== null && method === "GET" && ifNoneMatch) {
      // A conditional GET: if the answer its ETag was given to has not changed, nothing runs.
      const current = await version.get().catch(() => undefined);
      const etag = current === undefined ? undefined : etagOf(current, key, token);
      if (etag && matchesIfNoneMatch(ifNoneMatch, etag)) {
        res.writeHead(304, cacheHeaders(etag, token !== undefined, security.cache)).end();
        return;
      }
    }
    const leave = questions.enter();
    res.once("close", leave);
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search: url.search, body },
      context: async () => ({
        ...createContext(served, o.database, { token, timeoutMs: limits.queryTimeoutMs }),
        ...(key !== null ? { cache: { key, authorization: token } } : {}),
      }),
    });
    for (const [k, v] of result.headers) res.setHeader(k, v);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === "complete") {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return {
    httpServer,
    apollo,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once("error", (err: NodeJS.ErrnoException) =>
          reject(err.code === "EADDRINUSE" ? new Error(`Port ${port} on ${host} is in use: set PORT to a free port.`) : err),
        );
        httpServer.listen(port, host, () => resolve((httpServer.address() as AddressInfo).port));
      }),
    stop: () => apollo.stop(),
  };
}

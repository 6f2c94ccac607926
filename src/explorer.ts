/**
 * Serves the graph explorer (explorer/, built by `npm run build:explorer` into explorer/dist)
 * at /explorer/. The explorer is a static bundle that talks only to /graphql.
 */
import { readFile } from "node:fs/promises";
import type http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

const DIST = fileURLToPath(new URL("../explorer/dist/", import.meta.url));

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * What the page may load: its own files, and the API on the same origin. `blob:` workers are the
 * ForceAtlas2 layout (graphology runs it from a Blob); `data:`/`blob:` images are the favicon and
 * the PNG export.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** The path as a file name, or null when it is malformed or holds a NUL (which no file name can). */
function decodePath(encoded: string): string | null {
  try {
    const decoded = decodeURIComponent(encoded);
    return decoded.includes("\0") ? null : decoded;
  } catch {
    return null;
  }
}

async function readOrNull(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (err) {
    if (["ENOENT", "EISDIR"].includes((err as NodeJS.ErrnoException).code ?? "")) return null;
    throw err;
  }
}

/**
 * Answers a request for `/explorer` or `/explorer/*` and returns true; returns false (without
 * answering) for any other path. Files come from explorer/dist; a path that is not a file gets
 * index.html (the page routes itself); a missing asset gets 404; an unbuilt bundle gets 503.
 *
 * @example if (await serveExplorer(url, res)) return;
 */
export async function serveExplorer(url: URL, res: http.ServerResponse): Promise<boolean> {
  if (url.pathname !== "/explorer" && !url.pathname.startsWith("/explorer/")) return false;
  // Relative asset URLs resolve against the directory, so the page lives at /explorer/.
  if (url.pathname === "/explorer") {
    res.writeHead(301, { location: `/explorer/${url.search}` }).end();
    return true;
  }
  const index = await readOrNull(path.join(DIST, "index.html"));
  if (!index) {
    res.writeHead(503, { "content-type": "text/plain; charset=utf-8" }).end("The explorer is not built: run npm run build:explorer\n");
    return true;
  }
  const rel = decodePath(url.pathname.slice("/explorer/".length));
  if (rel === null) {
    res.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end("Bad path\n");
    return true;
  }
  const file = path.resolve(DIST, rel);
  // Nothing outside explorer/dist, whatever the path says (../, encoded or not).
  const inside = file.startsWith(DIST) && rel !== "";
  const body = inside ? await readOrNull(file) : null;
  if (body) {
    const ext = path.extname(file);
    // Vite puts a content hash in every name under assets/: those never change.
    const cache = rel.startsWith("assets/") ? "public, max-age=31536000, immutable" : "no-cache";
    const headers = { "content-type": TYPES[ext] ?? "application/octet-stream", "cache-control": cache, "x-content-type-options": "nosniff" };
    res.writeHead(200, ext === ".html" ? { ...headers, "content-security-policy": CSP } : headers).end(body);
    return true;
  }
  if (path.extname(rel)) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end(`Not found: ${url.pathname}\n`);
    return true;
  }
  res.writeHead(200, { "content-type": TYPES[".html"], "cache-control": "no-cache", "content-security-policy": CSP }).end(index);
  return true;
}

/**
 * `npm run token -- --sub alice@example.org [--role editor] [--expires 8h]`: mints an HS256 token
 * signed with TIERGRAPH_JWT_SECRET, for local use (curl, the sandbox's Authorization header).
 * In production, tokens come from your identity provider (TIERGRAPH_JWKS_URL) instead.
 */
import { parseArgs } from "node:util";
import { SignJWT } from "jose";
import { runCli } from "./run.js";
import { loadConfig } from "../config.js";

export async function mintToken(secret: string, o: { sub: string; roles: string[]; expiresIn?: string | number }): Promise<string> {
  return new SignJWT({ roles: o.roles })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(o.sub)
    .setIssuedAt()
    .setExpirationTime(o.expiresIn ?? "8h")
    .sign(new TextEncoder().encode(secret));
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { sub: { type: "string" }, role: { type: "string", multiple: true }, expires: { type: "string", default: "8h" } },
  });
  const jwt = loadConfig().security.jwt;
  if (!jwt || !("secret" in jwt)) {
    process.stderr.write("Set TIERGRAPH_JWT_SECRET (32+ characters; `openssl rand -base64 48`) to mint local tokens; the server must run with the same value.\n");
    return 2;
  }
  if (!values.sub) {
    process.stderr.write("--sub is required: who the token is for (recorded on every note they write).\n");
    return 2;
  }
  process.stdout.write(`${await mintToken(jwt.secret, { sub: values.sub, roles: values.role ?? ["editor"], expiresIn: values.expires })}\n`);
  return 0;
}

if (process.argv[1]?.endsWith("token.ts")) runCli(main);

/**
 * Tokens for tests. HS256 ones are minted with src/cli/token.ts (the `npm run token` code) or, for
 * claims it never writes, with `signHs256`; RS256 ones come from a small identity provider that
 * serves its key set on loopback, as a real one would over https.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT } from "jose";

export interface Claims {
  /** Omitted: the token has no `sub` claim at all. */
  sub?: string;
  roles?: string[];
  iss?: string;
  aud?: string | string[];
}

async function sign(claims: Claims, header: { alg: string; kid?: string }, key: Parameters<SignJWT["sign"]>[0]): Promise<string> {
  const jwt = new SignJWT({ roles: claims.roles ?? ["editor"] }).setProtectedHeader(header).setIssuedAt().setExpirationTime("5m");
  if (claims.sub !== undefined) jwt.setSubject(claims.sub);
  if (claims.iss !== undefined) jwt.setIssuer(claims.iss);
  if (claims.aud !== undefined) jwt.setAudience(claims.aud);
  return jwt.sign(key);
}

/** An HS256 token with exactly these claims (src/cli/token.ts always sets `sub` and no iss/aud). */
export function signHs256(secret: string, claims: Claims): Promise<string> {
  return sign(claims, { alg: "HS256" }, new TextEncoder().encode(secret));
}

export interface IdentityProvider {
  /** Where tiergraph fetches the public keys (http on 127.0.0.1: allowed for loopback only). */
  jwksUrl: string;
  /** An RS256 token signed with the provider's key. */
  sign(claims: Claims): Promise<string>;
  /** The same, signed with a key the provider never published. */
  signWithStrangerKey(claims: Claims): Promise<string>;
  /** The published public key as a JWK (for algorithm-confusion attempts). */
  publicJwk: Record<string, unknown>;
  close(): Promise<void>;
}

export async function startIdentityProvider(): Promise<IdentityProvider> {
  const { publicKey, privateKey } = await generateKeyPair("RS256");
  const stranger = await generateKeyPair("RS256");
  const publicJwk = { ...(await exportJWK(publicKey)) } as Record<string, unknown>;
  const jwks = JSON.stringify({ keys: [{ ...publicJwk, kid: "k1", alg: "RS256", use: "sig" }] });
  const server = http.createServer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(jwks));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    jwksUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`,
    sign: (claims) => sign(claims, { alg: "RS256", kid: "k1" }, privateKey),
    signWithStrangerKey: (claims) => sign(claims, { alg: "RS256", kid: "k1" }, stranger.privateKey),
    publicJwk,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // the JWKS client keeps its connection alive
      }),
  };
}

/**
 * The HTTP floor, run as a child process: a bare node:http server that reads the request body
 * and answers a fixed body (given on stdin, a real whoDelivers response so the bytes match).
 * It prints its port on stdout when listening, on 127.0.0.1 only.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const body = Buffer.concat(chunks);

const server = http.createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json", "content-length": body.length });
    res.end(body);
  });
});
server.listen(0, "127.0.0.1", () => process.stdout.write(`${(server.address() as AddressInfo).port}\n`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));

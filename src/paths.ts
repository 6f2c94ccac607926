/** Where the checkout is: the folder holding package.json, schema/, seeds/ and neo4j/. */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

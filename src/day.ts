/**
 * Calendar days as tiergraph reads them everywhere (the GraphQL Date scalar in schema/date.ts,
 * the CSV export and the CLIs through questions/resolve.ts isoDay): YYYY-MM-DD, a real day.
 */
import neo4j, { type Date as Neo4jDate } from "neo4j-driver";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The neo4j Date for `text` when it is a real calendar day written YYYY-MM-DD; otherwise undefined. */
export function parseDay(text: string): Neo4jDate<number> | undefined {
  const m = DAY.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return new neo4j.types.Date(year, month, day);
}

/** What is said of a value that is not a day, here and by the CSV export and the CLIs (questions/resolve.ts isoDay). */
export function notADay(value: unknown): string {
  const shown = typeof value === "string" ? `"${value}"` : String(value);
  return `${shown} is not a date: use a calendar day written YYYY-MM-DD, e.g. 2024-04-01.`;
}


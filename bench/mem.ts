/**
 * Memory as the kernel sees it: VmRSS (resident now) and VmHWM (peak resident since the
 * process started) from /proc/<pid>/status, and a sampler for peaks over an interval.
 */
import { readFileSync } from "node:fs";

/** Resident memory of a process, in MiB; null fields when /proc cannot be read. */
export interface ProcMemory {
  rssMiB: number | null;
  hwmMiB: number | null;
}

const field = (status: string, name: string): number | null => {
  const m = new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status);
  return m?.[1] ? Math.round((Number(m[1]) / 1024) * 10) / 10 : null;
};

/** Reads VmRSS and VmHWM of `pid` (Linux only; nulls elsewhere or when the process is gone). */
export function procMemory(pid: number | undefined): ProcMemory {
  if (pid === undefined) return { rssMiB: null, hwmMiB: null };
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return { rssMiB: field(status, "VmRSS"), hwmMiB: field(status, "VmHWM") };
  } catch {
    return { rssMiB: null, hwmMiB: null };
  }
}

/** Samples a reading every `everyMs` until stopped; returns the peak and the last value. */
export function sampleMax(read: () => number | null, everyMs = 50): { stop(): { peak: number | null; last: number | null } } {
  let peak: number | null = null;
  let last: number | null = null;
  const take = () => {
    last = read();
    if (last !== null && (peak === null || last > peak)) peak = last;
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop() {
      clearInterval(timer);
      take();
      return { peak, last };
    },
  };
}

/** This process's resident memory in MiB. */
export const selfRssMiB = (): number => Math.round((process.memoryUsage().rss / 1048576) * 10) / 10;

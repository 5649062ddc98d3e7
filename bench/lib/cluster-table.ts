import type { Turn } from "./cluster-load";

export interface CaseFigures {
  label: string;
  /** Requests per second over all its turns (total answers / total seconds). */
  requestsPerSecond: number;
  /** The mean of its turns' medians, and the highest of its turns' 99th percentiles. */
  p50: number;
  p99: number;
  failed: number;
  /** The case this one is divided by in the last column (same page, one instance, local cache). */
  baseline?: string;
}

export function figuresOf(label: string, turns: Turn[], baseline?: string): CaseFigures {
  const requests = turns.reduce((sum, turn) => sum + turn.requests, 0);
  const seconds = turns.reduce((sum, turn) => sum + turn.seconds, 0);
  return {
    label,
    requestsPerSecond: seconds > 0 ? requests / seconds : 0,
    p50: turns.reduce((sum, turn) => sum + turn.p50, 0) / Math.max(turns.length, 1),
    p99: Math.max(0, ...turns.map((turn) => turn.p99)),
    failed: turns.reduce((sum, turn) => sum + turn.failed, 0),
    baseline,
  };
}

/**
 * One table: each case's figures, its requests per second against the static file nginx serves
 * itself, and against its baseline (the same requests to one instance directly, local cache).
 */
export function printClusterTable(cases: CaseFigures[], staticLabel: string): void {
  const byLabel = new Map(cases.map((figures) => [figures.label, figures]));
  const staticFile = byLabel.get(staticLabel);
  const ratio = (value: number, reference: CaseFigures | undefined) =>
    reference && reference.requestsPerSecond > 0
      ? `${(value / reference.requestsPerSecond).toFixed(3)}×`
      : "";
  const width = Math.max(...cases.map((figures) => figures.label.length));
  console.log("");
  console.log(
    [
      "case".padEnd(width),
      "req/s".padStart(8),
      "p50 ms".padStart(7),
      "p99 ms".padStart(7),
      "non-2xx".padStart(8),
      "× static".padStart(9),
      "× direct local".padStart(15),
    ].join("  "),
  );
  for (const figures of cases) {
    const baseline = figures.baseline ? byLabel.get(figures.baseline) : undefined;
    console.log(
      [
        figures.label.padEnd(width),
        figures.requestsPerSecond.toFixed(0).padStart(8),
        figures.p50.toFixed(1).padStart(7),
        figures.p99.toFixed(0).padStart(7),
        String(figures.failed).padStart(8),
        ratio(figures.requestsPerSecond, staticFile).padStart(9),
        ratio(figures.requestsPerSecond, baseline).padStart(15),
      ].join("  "),
    );
  }
}

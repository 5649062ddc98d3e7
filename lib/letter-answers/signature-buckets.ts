/**
 * Signatures over time for the letter page's chart and table: hourly for the first days (when a
 * petition spreads and the hours tell its story), then daily (a year of hours would be 8,760
 * points nobody reads). Pure: the database gives counts per UTC hour, this module shapes them.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Calendar days (UTC), counting the day of the first signature, shown hour by hour. */
export const HOURLY_DAYS = 3;

export interface HourlyCount {
  /** The start of a UTC hour. */
  hour: Date;
  count: number;
}

export interface SignatureBucket {
  /** ISO start of the hour or UTC day. */
  start: string;
  unit: "hour" | "day";
  /** Confirmed signatures in the bucket. */
  count: number;
  /** Confirmed signatures up to the end of the bucket. */
  total: number;
}

function startOfHour(time: number): number {
  return Math.floor(time / HOUR_MS) * HOUR_MS;
}

function startOfDay(time: number): number {
  return Math.floor(time / DAY_MS) * DAY_MS;
}

/**
 * Continuous buckets (empty hours and days included) from the hour of the first signature to the
 * bucket holding `until` (now, or the letter's close): hourly up to the end of the HOURLY_DAYS-th
 * UTC day, daily after. Empty when nobody has signed.
 */
export function bucketSignatures(
  hourly: readonly HourlyCount[],
  until: Date,
  hourlyDays: number = HOURLY_DAYS,
): SignatureBucket[] {
  const counted = hourly.filter((row) => row.count !== 0);
  if (counted.length === 0) return [];
  const byHour = new Map<number, number>();
  for (const row of counted) {
    const hour = startOfHour(row.hour.getTime());
    byHour.set(hour, (byHour.get(hour) ?? 0) + row.count);
  }
  const hours = [...byHour.keys()].sort((a, b) => a - b);
  const first = hours[0]!;
  const end = Math.max(until.getTime(), hours.at(-1)!);
  const hourlyUntil = startOfDay(first) + hourlyDays * DAY_MS;

  const buckets: SignatureBucket[] = [];
  let total = 0;
  const push = (start: number, unit: "hour" | "day", count: number) => {
    total += count;
    buckets.push({ start: new Date(start).toISOString(), unit, count, total });
  };
  for (let hour = first; hour < hourlyUntil && hour <= end; hour += HOUR_MS) {
    push(hour, "hour", byHour.get(hour) ?? 0);
  }
  for (let day = hourlyUntil; day <= end; day += DAY_MS) {
    let count = 0;
    for (let hour = day; hour < day + DAY_MS; hour += HOUR_MS) count += byHour.get(hour) ?? 0;
    push(day, "day", count);
  }
  return buckets;
}

/** The end of a bucket (the start of the next one). */
export function bucketEnd(bucket: SignatureBucket): number {
  return Date.parse(bucket.start) + (bucket.unit === "hour" ? HOUR_MS : DAY_MS);
}

/**
 * "04:41" from a daily crontab match ("41 4 * * *"), so the page states the schedule the job
 * runner actually uses (lib/jobs/job-schedules.ts); null for anything but once a day.
 */
export function dailyScheduleTime(match: string): string | null {
  const fields = /^(\d{1,2}) (\d{1,2}) \* \* \*$/.exec(match.trim().replace(/\s+/g, " "));
  if (!fields) return null;
  const [, minute = "", hour = ""] = fields;
  return `${hour.padStart(2, "0")}:${minute.padStart(2, "0")}`;
}

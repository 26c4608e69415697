// Dates as the sources give them: a day ('2024-10-28', or a timestamp '2024-10-23T22:24') or a month
// ('2024-10'). A partial date is placed at the start of its period and spans to the period's end. Pure, UTC.

export interface DateSpan {
  /** ISO day the mark is placed at (the period's first day). */
  start: string;
  /** Last ISO day of the period: equal to `start` for a full date. */
  end: string;
  partial: boolean;
}

const DAY_MS = 86_400_000;

const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** Parses a source date; null when there is none or it is not a day/month/year. */
export function spanOf(text: string | null | undefined): DateSpan | null {
  if (!text) return null;
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(text);
  if (day) return { start: day[1]!, end: day[1]!, partial: false };
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (month) {
    const y = Number(month[1]);
    const m = Number(month[2]);
    return { start: `${month[1]}-${month[2]}-01`, end: iso(Date.UTC(y, m, 1) - DAY_MS), partial: true };
  }
  const year = /^(\d{4})$/.exec(text);
  if (year) return { start: `${year[1]}-01-01`, end: `${year[1]}-12-31`, partial: true };
  return null;
}

/** Midnight UTC of an ISO day. */
export const dayTime = (day: string): Date => new Date(`${day}T00:00:00Z`);

/** The first whole day at or after `t` (a brush edge → an inclusive `from`). */
export const dayOnOrAfter = (t: Date): string => iso(Math.ceil(t.getTime() / DAY_MS) * DAY_MS);

/** The last whole day at or before `t` (a brush edge → an inclusive `to`). */
export const dayOnOrBefore = (t: Date): string => iso(Math.floor(t.getTime() / DAY_MS) * DAY_MS);

/** The day after an ISO day (a span's end drawn to the end of its last day). */
export const nextDay = (day: string): string => iso(dayTime(day).getTime() + DAY_MS);

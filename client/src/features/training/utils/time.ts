// Asia/Jakarta (WIB) is UTC+07:00 all year (no daylight saving), so a fixed offset is exact and does not
// depend on the browser's own time zone.
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const LOCAL_INPUT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export type Quarter = { year: number; quarter: 1 | 2 | 3 | 4 };

/** The wall-clock of an instant in Jakarta, read with the UTC getters of the returned Date. */
function jakartaClock(instant: Date): Date {
  return new Date(instant.getTime() + WIB_OFFSET_MS);
}

export function quarterOf(instant: Date): Quarter {
  const local = jakartaClock(instant);
  return { year: local.getUTCFullYear(), quarter: (Math.floor(local.getUTCMonth() / 3) + 1) as Quarter['quarter'] };
}

export const quarterText = (q: Quarter) => `${String(q.year).padStart(4, '0')}-Q${q.quarter}`;

export function parseQuarter(text: string | null | undefined): Quarter | null {
  const match = QUARTER.exec(text ?? '');
  return match ? { year: Number(match[1]), quarter: Number(match[2]) as Quarter['quarter'] } : null;
}

export function shiftQuarter(q: Quarter, by: number): Quarter {
  const index = q.year * 4 + (q.quarter - 1) + by;
  return { year: Math.floor(index / 4), quarter: ((index % 4) + 1) as Quarter['quarter'] };
}

/** Months (1-12) of a quarter. */
export const quarterMonths = (q: Quarter): [number, number, number] => {
  const first = (q.quarter - 1) * 3 + 1;
  return [first, first + 1, first + 2];
};

const pad = (n: number) => String(n).padStart(2, '0');

/** "YYYY-MM-DD" of an instant in Jakarta. */
export function jakartaDate(iso: string): string {
  const local = jakartaClock(new Date(iso));
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
}

/** An API instant as the value of an <input type="datetime-local"> in WIB ("2026-11-14T09:00"). */
export function toWibInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return jakartaClock(date).toISOString().slice(0, 16);
}

/** A datetime-local value typed as WIB, as the API wants it: ISO 8601 with the +07:00 offset. */
export function fromWibInput(value: string): string | null {
  return LOCAL_INPUT.test(value) ? `${value}:00+07:00` : null;
}

/** The same input value moved by some minutes (e.g. a default end time after the start). */
export function addMinutesToInput(value: string, minutes: number): string {
  if (!LOCAL_INPUT.test(value)) return '';
  const asUtc = new Date(`${value}:00Z`);
  return new Date(asUtc.getTime() + minutes * 60_000).toISOString().slice(0, 16);
}

/** Every Jakarta day (YYYY-MM-DD) a session touches, from its start day to its end day (at most 15). */
export function daysCovered(startsAt: string, endsAt: string): string[] {
  const first = jakartaDate(startsAt);
  const last = jakartaDate(endsAt);
  const days: string[] = [];
  let cursor = new Date(`${first}T00:00:00Z`);
  while (days.length < 15) {
    const day = cursor.toISOString().slice(0, 10);
    days.push(day);
    if (day >= last) break;
    cursor = new Date(cursor.getTime() + 86_400_000);
  }
  return days;
}

/** Weeks (Monday first) of a month as ISO dates; days of the neighbouring months are null. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7; // Monday = 0
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= daysInMonth; day += 1) cells.push(`${year}-${pad(month)}-${pad(day)}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** First and last Jakarta day of a quarter. */
export function quarterRange(q: Quarter): { from: string; to: string } {
  const [first, , last] = quarterMonths(q);
  const lastDay = new Date(Date.UTC(q.year, last, 0)).getUTCDate();
  return { from: `${q.year}-${pad(first)}-01`, to: `${q.year}-${pad(last)}-${pad(lastDay)}` };
}

/** A share 0..1 as a whole percentage for people ("66%"), or null. */
export function percent(share: number | null | undefined, locale: string): string | null {
  if (share === null || share === undefined || Number.isNaN(share)) return null;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

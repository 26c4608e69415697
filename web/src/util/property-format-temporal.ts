// Neo4j temporal values as the driver spells them ('2021-07-29T06:00:00Z', '06:00:00.5+02:00',
// '2021-07-29T06:00:00+02:00[Europe/Amsterdam]') → '29 Jul 2021, 06:00 UTC'. Parsed from the text, never via
// Date: a datetime keeps its own offset or zone (no conversion to the reader's zone) and local values stay local.
import type { FormattedValue } from './property-format.ts';

const KINDS = ['date', 'datetime', 'localdatetime', 'time', 'localtime', 'duration'] as const;
type TemporalKind = (typeof KINDS)[number];
export const isTemporalKind = (t: string): t is TemporalKind => (KINDS as readonly string[]).includes(t);

const HINTS: Record<TemporalKind, string> = {
  date: 'date',
  datetime: 'datetime',
  localdatetime: 'local datetime',
  time: 'time',
  localtime: 'local time',
  duration: 'duration',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DATE = /^([+-]?\d{4,})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2}){0,2})?(?:\[([^\]]+)\])?$/;

/** '2021-03-23' → '23 Mar 2021'; null when it is not an ISO date. */
function readableDate(iso: string): string | null {
  const m = DATE.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return null;
  const year = m[1]!.replace(/^\+/, '').replace(/^(-?)0+(?=\d{4})/, '$1');
  return `${Number(m[3])} ${month} ${year}`;
}

/** '06:00:00Z' → '06:00 UTC'; seconds and fractions only when they are not zero. */
function readableTime(iso: string): string | null {
  const m = TIME.exec(iso);
  if (!m) return null;
  const [, h, min, s, fraction, offset, zone] = m;
  const seconds = (s && s !== '00') || fraction ? `:${s ?? '00'}${fraction ?? ''}` : '';
  const offsetText = offset === undefined ? '' : offset === 'Z' ? 'UTC' : `UTC${offset}`;
  const where = [zone, offsetText && (zone ? `(${offsetText})` : offsetText)].filter(Boolean).join(' ');
  return `${h}:${min}${seconds}${where ? ` ${where}` : ''}`;
}

function readable(kind: TemporalKind, iso: string): string | null {
  if (kind === 'date') return readableDate(iso);
  if (kind === 'time' || kind === 'localtime') return readableTime(iso);
  if (kind === 'duration') return iso;
  const t = iso.indexOf('T');
  const [day, time] = t < 0 ? [null, null] : [readableDate(iso.slice(0, t)), readableTime(iso.slice(t + 1))];
  return day && time ? `${day}, ${time}` : null;
}

/** A temporal's readable text, with the ISO text as given in `title` (and as the text when it does not parse). */
export function formatTemporal(kind: TemporalKind, iso: string): FormattedValue {
  const text = readable(kind, iso) ?? iso;
  return text === iso ? { text, hint: HINTS[kind] } : { text, hint: HINTS[kind], title: iso };
}

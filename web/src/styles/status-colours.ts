// The claim status colours wherever claims are drawn by status (figure table, dot plot, timeline): the one list in
// CLAIM_STATUSES (lib/model/domain.ts), which the timeline and the `.status-*` badges of styles.css use too.
import { CLAIM_STATUSES } from '../../../lib/model/domain.ts';

export const STATUS_COLOURS: Record<string, string> = Object.fromEntries(CLAIM_STATUSES.map((s) => [s.id, s.colour]));

/** A claim without a status, or with one the app does not know. */
export const NO_STATUS_COLOUR = '#868e96';

export const statusColour = (status: string | null): string =>
  (status !== null ? STATUS_COLOURS[status] : undefined) ?? NO_STATUS_COLOUR;

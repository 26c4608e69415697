// The claim status colours of the app (the text colours of `.status-*` in web/src/styles.css, which
// status-colours.test.ts pins), for the dot plot and its legend, on screen and in the exported figure.
export const STATUS_COLOURS: Record<string, string> = {
  confirmed: '#2b8a3e',
  reported: '#1864ab',
  estimated: '#5f3dc4',
  planned: '#5f3dc4',
  alleged: '#d9480f',
  unconfirmed: '#d9480f',
  denied: '#c92a2a',
};

/** A claim without a status, or with one the app does not know. */
export const NO_STATUS_COLOUR = '#495057';

export const statusColour = (status: string | null): string =>
  (status !== null ? STATUS_COLOURS[status] : undefined) ?? NO_STATUS_COLOUR;

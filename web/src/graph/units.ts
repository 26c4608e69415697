// Figures as words: thousands separators and the unit a figure key stands for. Registries, not switches: the
// curated graph's keys (data/graph/*.yaml) are English; Dutch keys an editor might write map to the same words.
// Any other key is spelled out from its camelCase (`squareMiles` → "square miles").

/** Thousands separators, the same everywhere (labels, inspector, figures). */
export const formatNumber = (n: number): string => n.toLocaleString('en-GB');

/** `1,500–11,000`, or just `10,000` when every claim gives the same value. */
export const formatRange = (min: number, max: number): string =>
  min === max ? formatNumber(min) : `${formatNumber(min)}–${formatNumber(max)}`;

interface Unit {
  /** The word after the number. */
  word: string;
  /** Written without a space (`40%`). */
  tight?: boolean;
}

const UNITS: Record<string, Unit> = {
  troops: { word: 'troops' },
  troepen: { word: 'troops' },
  soldiers: { word: 'soldiers' },
  soldaten: { word: 'soldiers' },
  militairen: { word: 'troops' },
  personnel: { word: 'personnel' },
  personeel: { word: 'personnel' },
  casualties: { word: 'casualties' },
  slachtoffers: { word: 'casualties' },
  deaths: { word: 'deaths' },
  doden: { word: 'deaths' },
  shells: { word: 'shells' },
  granaten: { word: 'shells' },
  allies: { word: 'allies' },
  bondgenoten: { word: 'allies' },
  squareKilometres: { word: 'km²' },
  vierkanteKilometer: { word: 'km²' },
  percent: { word: '%', tight: true },
  procent: { word: '%', tight: true },
};

const spelled = (key: string): Unit => ({ word: key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase() });

/** The unit word of a figure key (`troepen` → "troops"). */
export const unitOf = (key: string): string => (UNITS[key] ?? spelled(key)).word;

/** `1,500–11,000 troops`, `40%`. */
export function formatFigure(key: string, min: number, max = min): string {
  const u = UNITS[key] ?? spelled(key);
  return `${formatRange(min, max)}${u.tight ? '' : ' '}${u.word}`;
}

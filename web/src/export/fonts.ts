// The figure font's files (DejaVu Sans, from the dejavu-fonts-ttf package), loaded as Vite assets on first use:
// the PDF embeds them, the portable SVG embeds a subset or draws the glyph outlines.
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';

export interface FontFiles {
  regular: ArrayBuffer;
  bold: ArrayBuffer;
}

/** The family name the figure writes and the embedded files are registered under. */
export const EMBEDDED_FAMILY = 'DejaVu Sans';

let loading: Promise<FontFiles> | null = null;

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`could not load the figure font ${url}: HTTP ${r.status}`);
  return r.arrayBuffer();
}

export function loadFigureFonts(): Promise<FontFiles> {
  loading ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]).then(([regular, bold]) => ({
    regular,
    bold,
  }));
  loading.catch(() => (loading = null));
  return loading;
}

export function toBase64(bytes: ArrayBuffer): string {
  const u8 = new Uint8Array(bytes);
  let s = '';
  for (let i = 0; i < u8.length; i += 0x8000) s += String.fromCharCode(...u8.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Bold for weights from 600 (CSS: bold = 700). */
export const isBold = (weight: string | null | undefined): boolean =>
  weight === 'bold' || weight === 'bolder' || (Number(weight) || 0) >= 600;

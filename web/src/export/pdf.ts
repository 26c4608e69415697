// Vector PDF of a figure document: the SVG drawn by svg2pdf.js into a jsPDF page of the preset's size in
// millimetres, every text in DejaVu Sans embedded as a TrueType font (jsPDF writes a ToUnicode map, so the
// text is extractable as text).
import { jsPDF } from 'jspdf';
import { svg2pdf } from 'svg2pdf.js';
import type { FigureDocument } from './document.ts';
import { EMBEDDED_FAMILY, isBold, loadFigureFonts, toBase64, type FontFiles } from './fonts.ts';
import { parseFonts, textPath, type ParsedFonts } from './portable.ts';
import { pageMm } from './presets.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const HALO_ATTRS = ['stroke', 'stroke-width', 'stroke-linejoin', 'paint-order'];

let parsed: ParsedFonts | null = null;

/**
 * svg2pdf ignores paint-order, so a label's halo (a wide stroke in the background colour, drawn under the fill)
 * would cover its letters. The halo becomes a path of the glyph outlines behind the text, and the text keeps
 * only its fill: drawn once, extractable once.
 */
function outlineHalos(svg: Element, fonts: ParsedFonts): void {
  for (const t of [...svg.querySelectorAll('text[paint-order][stroke]')]) {
    const size = Number(t.getAttribute('font-size') ?? 16);
    const font = isBold(t.getAttribute('font-weight')) ? fonts.bold : fonts.regular;
    const d = textPath(
      font,
      t.textContent ?? '',
      Number(t.getAttribute('x') ?? 0),
      Number(t.getAttribute('y') ?? 0),
      size,
      t.getAttribute('text-anchor') ?? 'start',
    );
    const halo = svg.ownerDocument.createElementNS(SVG_NS, 'path');
    halo.setAttribute('d', d);
    halo.setAttribute('fill', t.getAttribute('stroke')!);
    for (const a of HALO_ATTRS.slice(0, 3)) if (t.hasAttribute(a)) halo.setAttribute(a, t.getAttribute(a)!);
    t.parentNode!.insertBefore(halo, t);
    for (const a of HALO_ATTRS) t.removeAttribute(a);
  }
}

function registerFonts(pdf: jsPDF, fonts: FontFiles): void {
  pdf.addFileToVFS('DejaVuSans.ttf', toBase64(fonts.regular));
  pdf.addFont('DejaVuSans.ttf', EMBEDDED_FAMILY, 'normal');
  pdf.addFileToVFS('DejaVuSans-Bold.ttf', toBase64(fonts.bold));
  pdf.addFont('DejaVuSans-Bold.ttf', EMBEDDED_FAMILY, 'bold');
}

/** Every text in the embedded family, bold or normal: labels ask for the canvas font, which the PDF lacks. */
function toEmbeddedFont(svg: Element): void {
  for (const el of [svg, ...svg.querySelectorAll('[font-family], text, tspan')]) {
    if (el.hasAttribute('font-family') || el.tagName === 'text') el.setAttribute('font-family', EMBEDDED_FAMILY);
    const w = el.getAttribute('font-weight');
    if (w !== null) el.setAttribute('font-weight', isBold(w) ? 'bold' : 'normal');
    if (el.hasAttribute('font-style')) el.setAttribute('font-style', 'normal');
  }
}

/** The document as PDF bytes, base64 (no data: prefix). */
export async function documentPdf(doc: FigureDocument): Promise<string> {
  const page = doc.page ?? pageMm(doc.width, doc.height);
  const pdf = new jsPDF({
    unit: 'mm',
    format: [page.width, page.height],
    orientation: page.width > page.height ? 'landscape' : 'portrait',
    compress: true,
    putOnlyUsedFonts: true,
  });
  const files = await loadFigureFonts();
  registerFonts(pdf, files);
  parsed ??= parseFonts(files);
  if (doc.title) pdf.setProperties({ title: doc.title, creator: 'kg-explorer' });
  const svg = new DOMParser().parseFromString(doc.svg, 'image/svg+xml').documentElement;
  toEmbeddedFont(svg);
  outlineHalos(svg, parsed);
  // svg2pdf reads computed styles, so the element must be in a document that lays it out.
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;left:-100000px;top:0;visibility:hidden';
  host.appendChild(document.importNode(svg, true));
  document.body.appendChild(host);
  try {
    await svg2pdf(host.firstElementChild!, pdf, { x: 0, y: 0, width: page.width, height: page.height });
  } finally {
    host.remove();
  }
  return pdf.output('datauristring').replace(/^data:application\/pdf;[^,]*,/, '');
}

// The bench draws with the app's own stylesheet and interaction options, so its figures hold for the app.
import type { StylesheetJson } from 'cytoscape';
import { buildStylesheet } from '../../web/src/styles/registry.ts';

export const STYLE_SOURCE = "web/src/styles/registry.ts buildStylesheet('default') + web/src/render/scale-style.ts";

export const appStylesheet = (): StylesheetJson => buildStylesheet('default') as StylesheetJson;

/**
 * Copied from web/src/components/CytoscapeCanvas.tsx (not exported there): they change how far one
 * wheel notch zooms and which viewport shortcuts are on, so they change the frame times.
 */
export const APP_CORE_OPTIONS = {
  textureOnViewport: true,
  wheelSensitivity: 0.3,
  minZoom: 0.05,
  maxZoom: 6,
  boxSelectionEnabled: true,
  selectionType: 'additive',
} as const;

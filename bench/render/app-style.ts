// The bench draws with the app's own stylesheet and interaction options, so its figures hold for the app.
import type { StylesheetJson } from 'cytoscape';
import { buildStylesheet } from '../../web/src/styles/registry.ts';

export const STYLE_SOURCE = "web/src/styles/registry.ts buildStylesheet('default') + web/src/render/scale-style.ts";

export const appStylesheet = (): StylesheetJson => buildStylesheet('default') as StylesheetJson;

/**
 * The app's core options (web/src/render/core-options.ts, also used by CytoscapeCanvas): they change how far
 * one wheel notch zooms and which viewport shortcuts are on, so they change the frame times.
 */
export { APP_CORE_OPTIONS, appCoreOptions } from '../../web/src/render/core-options.ts';

// Registers layout extensions once (cytoscape.use throws on double registration).
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import dagre from 'cytoscape-dagre';

let done = false;
export function registerExtensions(): void {
  if (done) return;
  done = true;
  cytoscape.use(fcose);
  cytoscape.use(dagre);
}

// Opens a timeline mark's claim: its bundle selected (the inspector shows it) and its card scrolled into view
// and outlined, so the quote is right there.
import type cytoscape from 'cytoscape';

const FOCUS = 'claim-focus';

/** Waits (a few frames) for the inspector to render the claim's card; null if it does not (filtered, paged). */
function claimCard(claimId: string, tries = 60): Promise<HTMLElement | null> {
  const find = () =>
    document.querySelector<HTMLElement>(`[data-testid="inspector"] [data-claim-id="${CSS.escape(claimId)}"]`);
  return new Promise((resolve) => {
    const step = (left: number) => {
      const el = find();
      if (el || left === 0) resolve(el);
      else requestAnimationFrame(() => step(left - 1));
    };
    step(tries);
  });
}

/** Selects the bundle's edge and focuses the claim's card; false when the card is not shown. */
export async function openClaim(
  cy: cytoscape.Core | null,
  select: (ids: string[]) => void,
  bundleId: string,
  claimId: string,
): Promise<boolean> {
  const edge = cy?.getElementById(bundleId);
  cy?.elements(':selected').unselect();
  if (edge && edge.nonempty()) edge.select();
  else select([bundleId]); // not drawn (outside the filters): the inspector still shows its bundle
  const card = await claimCard(claimId);
  document.querySelectorAll(`.${FOCUS}`).forEach((el) => el.classList.remove(FOCUS));
  if (!card) return false;
  card.classList.add(FOCUS);
  card.scrollIntoView({ block: 'nearest' });
  return true;
}

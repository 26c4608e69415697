// Plan view for EXPLAIN / PROFILE results: the operator tree as text.
import { planLines, totalDbHits, type PlanStep } from './plan.ts';

export function PlanView({ plan }: { plan: PlanStep }) {
  const hits = totalDbHits(plan);
  return (
    <div className="wb-json">
      <div className="wb-graph-bar">
        <span className="muted">
          {hits > 0
            ? `${hits.toLocaleString()} total db hits`
            : 'Estimated plan (EXPLAIN); use PROFILE for rows and db hits'}
        </span>
      </div>
      <pre data-testid="wb-plan">{planLines(plan).join('\n')}</pre>
    </div>
  );
}

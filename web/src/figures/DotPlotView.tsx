// The dot plot in the inspector: the same geometry as the exported figure (plot.ts), drawn as SVG elements.
import type { DotPlot } from './plot.ts';

export function DotPlotView({ plot }: { plot: DotPlot }) {
  return (
    <svg
      className="dot-plot"
      data-testid="figure-plot"
      width={plot.width}
      height={plot.height}
      viewBox={`0 0 ${plot.width} ${plot.height}`}
      role="img"
      aria-label="Figures over time"
    >
      {plot.panels.map((p) => (
        <g key={p.key} data-key={p.key}>
          {p.yTicks.map((t) => (
            <g key={t.at}>
              <line x1={plot.left} x2={plot.right} y1={t.at} y2={t.at} stroke="#eeeeee" />
              <text x={plot.left - 6} y={t.at + 3.5} textAnchor="end" fontSize={10}>
                {t.text}
              </text>
            </g>
          ))}
          <line x1={plot.left} x2={plot.left} y1={p.top} y2={p.top + p.height} stroke="#888888" />
          <text x={plot.left + 6} y={p.labelY} fontSize={10} fontWeight="bold">
            {p.unit}
          </text>
          {p.dots.map((d) => (
            <circle
              key={`${d.claimId}-${d.x}`}
              data-testid="figure-dot"
              data-claim={d.claimId}
              cx={d.x}
              cy={d.y}
              r={d.r}
              fill={d.partial ? '#ffffff' : d.colour}
              fillOpacity={d.partial ? 1 : 0.85}
              stroke={d.partial ? d.colour : '#ffffff'}
              strokeWidth={d.partial ? 1.5 : 1}
            >
              <title>{d.title}</title>
            </circle>
          ))}
        </g>
      ))}
      <line x1={plot.left} x2={plot.right} y1={plot.axisY} y2={plot.axisY} stroke="#888888" />
      {plot.xTicks.map((t) => (
        <text key={t.at} x={t.at} y={plot.axisY + 16} textAnchor="middle" fontSize={10}>
          {t.text}
        </text>
      ))}
    </svg>
  );
}

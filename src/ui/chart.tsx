// A small bar chart as inline SVG built from Preact elements; each bar carries its value as a tooltip title.
export interface Bar {
  label: string;
  /** Stacked parts, bottom first. */
  values: number[];
  title: string;
}

export function BarChart({ id, bars, title, desc, classes }: { id: string; bars: Bar[]; title: string; desc: string; classes: string[] }) {
  const width = 560;
  const height = 160;
  const pad = { top: 10, bottom: 24, left: 28, right: 4 };
  const max = Math.max(1, ...bars.map((b) => b.values.reduce((a, v) => a + v, 0)));
  const step = (width - pad.left - pad.right) / Math.max(1, bars.length);
  const scale = (v: number) => (v / max) * (height - pad.top - pad.bottom);
  return (
    <svg class="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <line x1={pad.left} x2={width - pad.right} y1={height - pad.bottom} y2={height - pad.bottom} class="axis" />
      <text x={pad.left - 4} y={pad.top + 8} text-anchor="end" class="tick">{max}</text>
      <text x={pad.left - 4} y={height - pad.bottom} text-anchor="end" class="tick">0</text>
      {bars.map((bar, i) => {
        let y = height - pad.bottom;
        const x = pad.left + i * step + step * 0.15;
        return (
          <g key={bar.label}>
            <title>{bar.title}</title>
            {bar.values.map((v, part) => {
              const h = scale(v);
              y -= h;
              return <rect key={part} x={x} y={y} width={step * 0.7} height={h} class={classes[part]} />;
            })}
            {i % 2 === 0 && (
              <text x={x + step * 0.35} y={height - 8} text-anchor="middle" class="tick">
                {bar.label}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

import { chartColors } from './chart-theme';

export type BarSeries = { key: string; label: string; color: string };
export type BarRow = { key: string; label: string; values: number[] };

type Props = {
  rows: BarRow[];
  series: BarSeries[];
  format: (value: number) => string;
  /** The value of a full-length bar (default: the largest value). */
  max?: number;
  /** A dashed vertical line with its label, e.g. this year's target. */
  reference?: { value: number; label: string };
};

const BAR = 16; // height of one series' bar
const BAR_GAP = 2; // between the bars of one row
const ROW_GAP = 12; // between rows
const TOP = 20; // room above the first row for the reference line's label
// Bars use at most this share of the plot's width: the rest is room for the value after the bar.
const SPAN = 86;

/**
 * Horizontal bars, drawn as plain SVG (issue #18: the chart library was 89 KB on the wire for five
 * simple bar charts). Widths are percentages of the plot, so the chart follows its container without
 * measuring it; the labels are an HTML column beside it, so long kecamatan names wrap or clip as text
 * does. Every bar carries its value. The panel's table holds the same numbers for assistive technology.
 */
export function BarChart({ rows, series, format, max, reference }: Props) {
  const top = Math.max(max ?? 0, ...rows.flatMap((row) => row.values), reference?.value ?? 0, 1);
  const x = (value: number) => `${(Math.max(0, value) / top) * SPAN}%`;
  const rowHeight = series.length * BAR + (series.length - 1) * BAR_GAP;
  const offset = reference ? TOP : 0;
  const height = offset + rows.length * (rowHeight + ROW_GAP);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => (share * SPAN).toFixed(1) + '%');
  return (
    <div className="bar-chart">
      <ul className="bar-chart-labels" style={{ paddingTop: offset }}>
        {rows.map((row) => (
          <li key={row.key} style={{ height: rowHeight, marginBottom: ROW_GAP }} title={row.label}>
            {row.label}
          </li>
        ))}
      </ul>
      <svg className="bar-chart-plot" width="100%" height={height} focusable="false">
        {ticks.map((tick) => (
          <line key={tick} x1={tick} x2={tick} y1={offset} y2={height} stroke={chartColors.grid} />
        ))}
        {rows.map((row, r) =>
          series.map((s, i) => {
            const value = row.values[i] ?? 0;
            const y = offset + r * (rowHeight + ROW_GAP) + i * (BAR + BAR_GAP);
            return (
              <g key={`${row.key}-${s.key}`}>
                <rect className="bar-chart-bar" x="0" y={y} width={x(value)} height={BAR} fill={s.color} rx="2" />
                <text x={x(value)} dx="4" y={y + BAR / 2} dominantBaseline="central" fontSize="12" fill={chartColors.text}>
                  {format(value)}
                </text>
              </g>
            );
          }),
        )}
        {reference && (
          <g>
            <line
              x1={x(reference.value)}
              x2={x(reference.value)}
              y1={TOP - 4}
              y2={height}
              stroke={chartColors.target}
              strokeWidth="2"
              strokeDasharray="6 3"
            />
            <text x={x(reference.value)} y={TOP - 8} textAnchor="middle" fontSize="12" fill={chartColors.target}>
              {reference.label}
            </text>
          </g>
        )}
      </svg>
    </div>
  );
}

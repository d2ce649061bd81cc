import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type TableColumn = { key: string; header: string; numeric?: boolean };
export type TableRow = { key: string; header: string; cells: string[] };

type Props = {
  title: string;
  /** The figures in words above the chart (a headline, a summary). */
  children?: ReactNode;
  /** The chart itself; hidden from assistive technology, which reads the table instead. */
  chart: ReactNode;
  caption: string;
  columns: TableColumn[];
  rows: TableRow[];
  footer?: ReactNode;
  className?: string;
  /** Series names and colours, shown above the chart (the table has the same names). */
  legend?: { label: string; color: string }[];
};

/**
 * A chart with its numbers as a real table. The table is always in the page for screen readers
 * (visually hidden); "Lihat tabel" shows it on screen too.
 */
export function ChartPanel({ title, children, chart, caption, columns, rows, footer, className, legend }: Props) {
  const { t } = useTranslation();
  const [showTable, setShowTable] = useState(false);
  const id = useId();
  const titleId = `${id}-title`;
  const tableId = `${id}-table`;
  return (
    <section className={['dash-panel', className].filter(Boolean).join(' ')} aria-labelledby={titleId}>
      <div className="dash-panel-head">
        <h2 id={titleId}>{title}</h2>
        <button
          type="button"
          className="button button-secondary button-small"
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((shown) => !shown)}
        >
          {showTable ? t('dashboard.table.hide') : t('dashboard.table.show')}
          <span className="visually-hidden">: {title}</span>
        </button>
      </div>
      {children}
      {legend && (
        <ul className="dash-legend" aria-hidden="true">
          {legend.map((item) => (
            <li key={item.label}>
              <span className="dash-legend-swatch" style={{ background: item.color }} />
              {item.label}
            </li>
          ))}
        </ul>
      )}
      <div className="dash-chart" data-testid="dashboard-chart" aria-hidden="true">
        {chart}
      </div>
      <div id={tableId} className={showTable ? 'table-wrap dash-table' : 'visually-hidden'}>
        <table className="data-table">
          <caption className={showTable ? 'dash-table-caption' : undefined}>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.key} scope="col" className={column.numeric ? 'num' : undefined}>
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.header}</th>
                {row.cells.map((cell, index) => (
                  <td key={columns[index + 1]?.key ?? index} className="num">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {footer}
    </section>
  );
}

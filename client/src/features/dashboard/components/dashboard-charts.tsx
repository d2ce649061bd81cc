import { useTranslation } from 'react-i18next';
import type { EkatalogStatus } from '@/lib/api/types';
import { formatNumber, localeFor } from '@/lib/format';
import type { Dashboard } from '../api/get-dashboard';
import { formatPercent, share } from '../utils/format';
import { BarChart } from './bar-chart';
import { ChartPanel } from './chart-panel';
import { chartColors } from './chart-theme';
import { funnelLabels, label, scaleLabels, stageLabels } from './labels';

function useLocale() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const num = (value: number) => formatNumber(value, locale);
  const pct = (value: number) => formatPercent(value, locale);
  return { t, locale, num, pct };
}

export function CoverageChart({ coverage }: { coverage: Dashboard['coverage'] }) {
  const { t, num, pct } = useLocale();
  return (
    <ChartPanel
      className="dash-panel-coverage"
      title={t('dashboard.coverage.title')}
      caption={t('dashboard.coverage.caption')}
      columns={[
        { key: 'measure', header: t('dashboard.coverage.measure') },
        { key: 'value', header: t('dashboard.coverage.value'), numeric: true },
      ]}
      rows={[
        { key: 'listed', header: t('dashboard.coverage.rows.listed'), cells: [num(coverage.listed)] },
        { key: 'target', header: t('dashboard.coverage.rows.target'), cells: [num(coverage.target)] },
        { key: 'share', header: t('dashboard.coverage.rows.share'), cells: [pct(coverage.sharePercent)] },
        {
          key: 'targetLine',
          header: t('dashboard.coverage.rows.targetLine'),
          cells: [`${pct(coverage.targetLinePercent)} (${num(coverage.yearTarget)})`],
        },
        { key: 'yearShare', header: t('dashboard.coverage.rows.yearShare'), cells: [pct(coverage.yearTargetSharePercent)] },
      ]}
      chart={
        <BarChart
          rows={[{ key: 'share', label: t('dashboard.coverage.bar'), values: [coverage.sharePercent] }]}
          series={[{ key: 'share', label: t('dashboard.coverage.rows.share'), color: chartColors.listed }]}
          format={pct}
          max={100}
          reference={{ value: coverage.targetLinePercent, label: t('dashboard.coverage.targetLabel', { percent: pct(coverage.targetLinePercent) }) }}
        />
      }
    >
      <p className="dash-headline">
        <span className="dash-big">{pct(coverage.sharePercent)}</span>{' '}
        {t('dashboard.coverage.headline', { listed: num(coverage.listed), target: num(coverage.target) })}
      </p>
      <p className="muted small" data-testid="coverage-year">
        {t('dashboard.coverage.targetLine', {
          percent: pct(coverage.targetLinePercent),
          n: num(coverage.yearTarget),
          share: pct(coverage.yearTargetSharePercent),
        })}
      </p>
    </ChartPanel>
  );
}

const MAIN_STEPS: EkatalogStatus[] = ['not_started', 'preparing', 'submitted', 'listed'];
const SECONDARY_STEPS: EkatalogStatus[] = ['rejected', 'delisted'];

export function FunnelChart({ funnel }: { funnel: Dashboard['funnel'] }) {
  const { t, num } = useLocale();
  const count = (status: EkatalogStatus) => funnel.find((step) => step.status === status)?.count ?? 0;
  return (
    <ChartPanel
      title={t('dashboard.funnel.title')}
      caption={t('dashboard.funnel.caption')}
      columns={[
        { key: 'status', header: t('dashboard.funnel.status') },
        { key: 'count', header: t('dashboard.funnel.count'), numeric: true },
      ]}
      rows={[...MAIN_STEPS, ...SECONDARY_STEPS].map((status) => ({
        key: status,
        header: label(funnelLabels, status, t),
        cells: [num(count(status))],
      }))}
      chart={
        <BarChart
          rows={MAIN_STEPS.map((status) => ({ key: status, label: label(funnelLabels, status, t), values: [count(status)] }))}
          series={[{ key: 'count', label: t('dashboard.funnel.count'), color: chartColors.primary }]}
          format={num}
        />
      }
      footer={
        <p className="muted small dash-secondary">
          {t('dashboard.funnel.secondary')}:{' '}
          {SECONDARY_STEPS.map((status) => `${label(funnelLabels, status, t)} ${num(count(status))}`).join(' · ')}
        </p>
      }
    />
  );
}

/** Kecamatan by coverage (listed / active), highest first; equal coverage: more businesses first, then by name. */
export function byCoverage(rows: Dashboard['byKecamatan']): Dashboard['byKecamatan'] {
  return [...rows].sort(
    (a, b) =>
      share(b.listed, b.businesses) - share(a.listed, a.businesses) || b.businesses - a.businesses || a.name.localeCompare(b.name),
  );
}

export function KecamatanChart({ rows }: { rows: Dashboard['byKecamatan'] }) {
  const { t, num, pct } = useLocale();
  const sorted = byCoverage(rows);
  const series = [
    { key: 'businesses', label: t('dashboard.kecamatan.businesses'), color: chartColors.primary },
    { key: 'listed', label: t('dashboard.kecamatan.listed'), color: chartColors.listed },
  ];
  return (
    <ChartPanel
      className="dash-panel-wide"
      legend={series}
      title={t('dashboard.kecamatan.title')}
      caption={t('dashboard.kecamatan.caption')}
      columns={[
        { key: 'kecamatan', header: t('dashboard.kecamatan.kecamatan') },
        { key: 'businesses', header: t('dashboard.kecamatan.businesses'), numeric: true },
        { key: 'listed', header: t('dashboard.kecamatan.listed'), numeric: true },
        { key: 'share', header: t('dashboard.kecamatan.share'), numeric: true },
      ]}
      rows={sorted.map((row) => ({
        key: row.code,
        header: row.name,
        cells: [num(row.businesses), num(row.listed), pct(share(row.listed, row.businesses))],
      }))}
      chart={
        <BarChart
          rows={sorted.map((row) => ({
            key: row.code,
            label: `${row.name} (${pct(share(row.listed, row.businesses))})`,
            values: [row.businesses, row.listed],
          }))}
          series={series}
          format={num}
        />
      }
    />
  );
}

export function ScaleChart({ rows }: { rows: Dashboard['byScale'] }) {
  const { t, num } = useLocale();
  return (
    <ChartPanel
      title={t('dashboard.scale.title')}
      caption={t('dashboard.scale.caption')}
      columns={[
        { key: 'scale', header: t('dashboard.scale.scale') },
        { key: 'count', header: t('dashboard.scale.count'), numeric: true },
      ]}
      rows={rows.map((row) => ({ key: row.scale, header: label(scaleLabels, row.scale, t), cells: [num(row.count)] }))}
      chart={
        <BarChart
          rows={rows.map((row) => ({ key: row.scale, label: label(scaleLabels, row.scale, t), values: [row.count] }))}
          series={[{ key: 'count', label: t('dashboard.scale.count'), color: chartColors.primary }]}
          format={num}
        />
      }
    />
  );
}

export function StageChart({ exportCases, children }: { exportCases: Dashboard['exportCases']; children?: React.ReactNode }) {
  const { t, num } = useLocale();
  return (
    <ChartPanel
      title={t('dashboard.export.title')}
      caption={t('dashboard.export.caption')}
      columns={[
        { key: 'stage', header: t('dashboard.export.stage') },
        { key: 'count', header: t('dashboard.export.count'), numeric: true },
      ]}
      rows={exportCases.byStage.map((row) => ({
        key: row.stage,
        header: label(stageLabels, row.stage, t),
        cells: [num(row.count)],
      }))}
      chart={
        <BarChart
          rows={exportCases.byStage.map((row) => ({ key: row.stage, label: label(stageLabels, row.stage, t), values: [row.count] }))}
          series={[{ key: 'count', label: t('dashboard.export.count'), color: chartColors.primary }]}
          format={num}
        />
      }
    >
      {children}
    </ChartPanel>
  );
}

import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { EkatalogStatus } from '@/lib/api/types';
import { formatNumber, localeFor } from '@/lib/format';
import type { Dashboard } from '../api/get-dashboard';
import { formatPercent, share } from '../utils/format';
import { ChartPanel } from './chart-panel';
import { axisTick, chartColors } from './chart-theme';
import { funnelLabels, label, scaleLabels, stageLabels } from './labels';

// Charts live in this module only, so recharts stays in the dashboard's lazy chunk.

function useLocale() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const num = (value: unknown) => formatNumber(typeof value === 'number' ? value : Number(value), locale);
  const pct = (value: unknown) => formatPercent(typeof value === 'number' ? value : Number(value), locale);
  return { t, locale, num, pct };
}

function Responsive({ height, children }: { height: number; children: React.ReactElement }) {
  // initialDimension draws the chart at once (also where the size cannot be measured yet).
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      {children}
    </ResponsiveContainer>
  );
}

export function CoverageChart({ coverage }: { coverage: Dashboard['coverage'] }) {
  const { t, num, pct } = useLocale();
  const targetCount = Math.round((coverage.target * coverage.targetLinePercent) / 100);
  const data = [{ name: t('dashboard.coverage.bar'), share: coverage.sharePercent }];
  const height = 130;
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
          cells: [`${pct(coverage.targetLinePercent)} (${num(targetCount)})`],
        },
      ]}
      chartHeight={height}
      chart={
        <Responsive height={height}>
          <BarChart data={data} layout="vertical" margin={{ top: 24, right: 24, bottom: 4, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} stroke={chartColors.grid} />
            <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={pct} tick={axisTick} />
            <YAxis type="category" dataKey="name" width={80} tick={axisTick} />
            <Bar dataKey="share" fill={chartColors.listed} barSize={32} isAnimationActive={false}>
              <LabelList dataKey="share" position="right" formatter={pct} fill={chartColors.text} />
            </Bar>
            <ReferenceLine
              x={coverage.targetLinePercent}
              stroke={chartColors.target}
              strokeWidth={2}
              strokeDasharray="6 3"
              label={{
                value: t('dashboard.coverage.targetLabel', { percent: pct(coverage.targetLinePercent) }),
                position: 'top',
                fill: chartColors.target,
                fontSize: 12,
              }}
            />
          </BarChart>
        </Responsive>
      }
    >
      <p className="dash-headline">
        <span className="dash-big">{pct(coverage.sharePercent)}</span>{' '}
        {t('dashboard.coverage.headline', { listed: num(coverage.listed), target: num(coverage.target) })}
      </p>
      <p className="muted small">
        {t('dashboard.coverage.targetLine', { percent: pct(coverage.targetLinePercent), n: num(targetCount) })}
      </p>
    </ChartPanel>
  );
}

const MAIN_STEPS: EkatalogStatus[] = ['not_started', 'preparing', 'submitted', 'listed'];
const SECONDARY_STEPS: EkatalogStatus[] = ['rejected', 'delisted'];

export function FunnelChart({ funnel }: { funnel: Dashboard['funnel'] }) {
  const { t, num } = useLocale();
  const count = (status: EkatalogStatus) => funnel.find((step) => step.status === status)?.count ?? 0;
  const data = MAIN_STEPS.map((status) => ({ status, name: label(funnelLabels, status, t), count: count(status) }));
  const height = 240;
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
      chartHeight={height}
      chart={
        <Responsive height={height}>
          <BarChart data={data} margin={{ top: 24, right: 8, bottom: 4, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke={chartColors.grid} />
            <XAxis dataKey="name" tick={axisTick} interval={0} />
            <YAxis allowDecimals={false} tickFormatter={num} tick={axisTick} width={56} />
            <Tooltip formatter={num} cursor={{ fill: '#eef4fb' }} />
            <Bar dataKey="count" name={t('dashboard.funnel.count')} fill={chartColors.primary} isAnimationActive={false}>
              <LabelList dataKey="count" position="top" formatter={num} fill={chartColors.text} />
            </Bar>
          </BarChart>
        </Responsive>
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

export function KecamatanChart({ rows }: { rows: Dashboard['byKecamatan'] }) {
  const { t, num, pct } = useLocale();
  const data = rows.map((row) => ({ name: row.name, businesses: row.businesses, listed: row.listed }));
  const height = Math.max(110, rows.length * 34 + 40);
  return (
    <ChartPanel
      className="dash-panel-wide"
      legend={[
        { label: t('dashboard.kecamatan.businesses'), color: chartColors.primary },
        { label: t('dashboard.kecamatan.listed'), color: chartColors.listed },
      ]}
      title={t('dashboard.kecamatan.title')}
      caption={t('dashboard.kecamatan.caption')}
      columns={[
        { key: 'kecamatan', header: t('dashboard.kecamatan.kecamatan') },
        { key: 'businesses', header: t('dashboard.kecamatan.businesses'), numeric: true },
        { key: 'listed', header: t('dashboard.kecamatan.listed'), numeric: true },
        { key: 'share', header: t('dashboard.kecamatan.share'), numeric: true },
      ]}
      rows={rows.map((row) => ({
        key: row.code,
        header: row.name,
        cells: [num(row.businesses), num(row.listed), pct(share(row.listed, row.businesses))],
      }))}
      chartHeight={height}
      chart={
        <Responsive height={height}>
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 40, bottom: 4, left: 8 }} barGap={1} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} stroke={chartColors.grid} />
            <XAxis type="number" allowDecimals={false} tickFormatter={num} tick={axisTick} />
            <YAxis type="category" dataKey="name" width={150} tick={axisTick} interval={0} />
            <Tooltip formatter={num} cursor={{ fill: '#eef4fb' }} />
            <Bar dataKey="businesses" name={t('dashboard.kecamatan.businesses')} fill={chartColors.primary} isAnimationActive={false}>
              <LabelList dataKey="businesses" position="right" formatter={num} fill={chartColors.text} fontSize={11} />
            </Bar>
            <Bar dataKey="listed" name={t('dashboard.kecamatan.listed')} fill={chartColors.listed} isAnimationActive={false} />
          </BarChart>
        </Responsive>
      }
    />
  );
}

export function ScaleChart({ rows }: { rows: Dashboard['byScale'] }) {
  const { t, num } = useLocale();
  const data = rows.map((row) => ({ name: label(scaleLabels, row.scale, t), count: row.count }));
  const height = 200;
  return (
    <ChartPanel
      title={t('dashboard.scale.title')}
      caption={t('dashboard.scale.caption')}
      columns={[
        { key: 'scale', header: t('dashboard.scale.scale') },
        { key: 'count', header: t('dashboard.scale.count'), numeric: true },
      ]}
      rows={rows.map((row) => ({ key: row.scale, header: label(scaleLabels, row.scale, t), cells: [num(row.count)] }))}
      chartHeight={height}
      chart={
        <Responsive height={height}>
          <BarChart data={data} margin={{ top: 24, right: 8, bottom: 4, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke={chartColors.grid} />
            <XAxis dataKey="name" tick={axisTick} interval={0} />
            <YAxis allowDecimals={false} tickFormatter={num} tick={axisTick} width={56} />
            <Tooltip formatter={num} cursor={{ fill: '#eef4fb' }} />
            <Bar dataKey="count" name={t('dashboard.scale.count')} fill={chartColors.primary} isAnimationActive={false}>
              <LabelList dataKey="count" position="top" formatter={num} fill={chartColors.text} />
            </Bar>
          </BarChart>
        </Responsive>
      }
    />
  );
}

export function StageChart({ exportCases, children }: { exportCases: Dashboard['exportCases']; children?: React.ReactNode }) {
  const { t, num } = useLocale();
  const data = exportCases.byStage.map((row) => ({ name: label(stageLabels, row.stage, t), count: row.count }));
  const height = Math.max(120, data.length * 30 + 30);
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
      chartHeight={height}
      chart={
        <Responsive height={height}>
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 32, bottom: 4, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} stroke={chartColors.grid} />
            <XAxis type="number" allowDecimals={false} tickFormatter={num} tick={axisTick} />
            <YAxis type="category" dataKey="name" width={150} tick={axisTick} interval={0} />
            <Tooltip formatter={num} cursor={{ fill: '#eef4fb' }} />
            <Bar dataKey="count" name={t('dashboard.export.count')} fill={chartColors.primary} isAnimationActive={false}>
              <LabelList dataKey="count" position="right" formatter={num} fill={chartColors.text} />
            </Bar>
          </BarChart>
        </Responsive>
      }
    >
      {children}
    </ChartPanel>
  );
}

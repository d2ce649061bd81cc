import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/states';
import { ApiError, toFieldErrors } from '@/lib/api/problem-details';
import { useAddExportCasePlot, useDeleteExportCasePlot, useExportCasePlots } from '../api/plots';
import type { ExportCase, PlotInput } from '../api/types';
import { outlines } from '../utils/plot-outline';

const SIZE = 240;

/** The plots as outlines (polygons) and dots (points) in a small SVG: no map tiles, no network. */
function PlotMap({ geometries }: { geometries: unknown[] }) {
  const { t } = useTranslation();
  const shapes = outlines(geometries, SIZE);
  if (shapes.length === 0) return null;
  return (
    <svg width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={t('export-cases.plots.mapLabel', { n: shapes.length })} className="ec-plot-map">
      <rect x={0} y={0} width={SIZE} height={SIZE} fill="none" stroke="currentColor" strokeOpacity={0.2} />
      {shapes.map((s, i) =>
        s.kind === 'polygon' ? (
          <polygon key={i} points={s.points.map((p) => `${p.x},${p.y}`).join(' ')} fill="currentColor" fillOpacity={0.15} stroke="currentColor" />
        ) : (
          <circle key={i} cx={s.points[0]?.x} cy={s.points[0]?.y} r={4} fill="currentColor" />
        ),
      )}
    </svg>
  );
}

type Mode = 'geojson' | 'point';

/** EUDR: the case's production plots, what the due diligence still misses, and a form to add a plot. */
export function PlotsPanel({ exportCase: c, canEdit }: { exportCase: ExportCase; canEdit: boolean }) {
  const { t } = useTranslation();
  const plots = useExportCasePlots(c.id);
  const add = useAddExportCasePlot(c.id);
  const remove = useDeleteExportCasePlot(c.id);
  const [mode, setMode] = useState<Mode>('point');
  const [values, setValues] = useState({
    producerName: '', productionPlace: '', region: '', productionFrom: '', productionTo: '', geojson: '', latitude: '', longitude: '', areaHa: '',
  });
  const [parseError, setParseError] = useState<string | null>(null);
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const errors = add.error instanceof ApiError && add.error.status === 400 ? toFieldErrors(add.error.problem) : {};
  const dd = c.dueDiligence;

  function submit(event: FormEvent) {
    event.preventDefault();
    setParseError(null);
    let geometry: unknown = null;
    if (mode === 'geojson') {
      try {
        geometry = JSON.parse(values.geojson);
      } catch {
        setParseError(t('export-cases.plots.notJson'));
        return;
      }
    }
    const input = {
      producerName: values.producerName,
      productionPlace: values.productionPlace,
      countryCode: 'ID',
      region: values.region,
      productionFrom: values.productionFrom || null,
      productionTo: values.productionTo || null,
      geometry,
      latitude: mode === 'point' && values.latitude ? Number(values.latitude) : null,
      longitude: mode === 'point' && values.longitude ? Number(values.longitude) : null,
      areaHa: mode === 'point' && values.areaHa ? Number(values.areaHa) : null,
    } as PlotInput;
    add.mutate(input, { onSuccess: () => setValues((v) => ({ ...v, geojson: '', latitude: '', longitude: '', areaHa: '', productionPlace: '' })) });
  }

  const fieldLabels: Record<keyof typeof values, string> = {
    producerName: t('export-cases.plots.fields.producerName'),
    productionPlace: t('export-cases.plots.fields.productionPlace'),
    region: t('export-cases.plots.fields.region'),
    productionFrom: t('export-cases.plots.fields.productionFrom'),
    productionTo: t('export-cases.plots.fields.productionTo'),
    latitude: t('export-cases.plots.fields.latitude'),
    longitude: t('export-cases.plots.fields.longitude'),
    areaHa: t('export-cases.plots.fields.areaHa'),
    geojson: t('export-cases.plots.fields.geojson'),
  };

  const field = (key: keyof typeof values, type = 'text', error?: string) => (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={`ec-plot-${key}`}>{fieldLabels[key]}</label>
      <input id={`ec-plot-${key}`} type={type} value={values[key]} onChange={set(key)} aria-invalid={error ? true : undefined} />
      {error && <p className="field-error">{error}</p>}
    </div>
  );

  return (
    <section aria-labelledby="ec-plots-heading" className="ec-plots">
      <h2 id="ec-plots-heading">{t('export-cases.plots.heading')}</h2>
      {dd && (
        <div className="ec-due-diligence" role="status">
          <p>
            <strong>{t('export-cases.plots.dueDiligence')}:</strong> {dd.statusText}
            {dd.referenceNumber && <> · {t('export-cases.plots.reference', { number: dd.referenceNumber })}</>}
          </p>
          {dd.missing.length > 0 && (
            <>
              <p>{t('export-cases.plots.missing')}</p>
              <ul>
                {dd.missing.map((m) => (
                  <li key={m.code}>{m.text}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {plots.isPending ? (
        <LoadingState />
      ) : plots.isError ? (
        <ErrorState onRetry={() => void plots.refetch()} />
      ) : plots.data.length === 0 ? (
        <p className="muted">{t('export-cases.plots.empty')}</p>
      ) : (
        <div className="ec-plots-body">
          <PlotMap geometries={plots.data.map((p) => p.geometry)} />
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('export-cases.plots.fields.productionPlace')}</th>
                <th scope="col">{t('export-cases.plots.fields.producerName')}</th>
                <th scope="col">{t('export-cases.plots.kind')}</th>
                <th scope="col">{t('export-cases.plots.area')}</th>
                <th scope="col">{t('export-cases.plots.period')}</th>
                {canEdit && <th scope="col"><span className="visually-hidden">{t('export-cases.plots.delete')}</span></th>}
              </tr>
            </thead>
            <tbody>
              {plots.data.map((p) => (
                <tr key={p.id}>
                  <td>{p.productionPlace}, {p.region}</td>
                  <td>{p.producerName}</td>
                  <td>{p.geometryType === 'polygon' ? t('export-cases.plots.kinds.polygon') : t('export-cases.plots.kinds.point')}</td>
                  <td>{t('export-cases.plots.hectares', { n: p.areaHa })}</td>
                  <td>{p.productionFrom} – {p.productionTo}</td>
                  {canEdit && (
                    <td>
                      <button type="button" className="button button-ghost" disabled={remove.isPending} onClick={() => remove.mutate(p)}>
                        {t('export-cases.plots.delete')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit && (
        <form onSubmit={submit} noValidate aria-label={t('export-cases.plots.addLabel')}>
          <fieldset>
            <legend>{t('export-cases.plots.mode')}</legend>
            <label>
              <input type="radio" name="ec-plot-mode" checked={mode === 'point'} onChange={() => setMode('point')} /> {t('export-cases.plots.modes.point')}
            </label>
            <label>
              <input type="radio" name="ec-plot-mode" checked={mode === 'geojson'} onChange={() => setMode('geojson')} /> {t('export-cases.plots.modes.geojson')}
            </label>
          </fieldset>
          <div className="form-grid">
            {field('producerName', 'text', errors.producerName)}
            {field('productionPlace', 'text', errors.productionPlace)}
            {field('region', 'text', errors.region)}
            {field('productionFrom', 'date', errors.productionFrom)}
            {field('productionTo', 'date', errors.productionTo)}
            {mode === 'point' && field('latitude', 'number', errors.geometry)}
            {mode === 'point' && field('longitude', 'number')}
            {mode === 'point' && field('areaHa', 'number', errors.areaHa)}
          </div>
          {mode === 'geojson' && (
            <div className={errors.geometry || parseError ? 'field field-invalid' : 'field'}>
              <label htmlFor="ec-plot-geojson">{t('export-cases.plots.fields.geojson')}</label>
              <textarea id="ec-plot-geojson" rows={4} value={values.geojson} onChange={set('geojson')} />
              <p className="field-hint">{t('export-cases.plots.geojsonHint')}</p>
              {(errors.geometry || parseError) && <p className="field-error">{parseError ?? errors.geometry}</p>}
            </div>
          )}
          {add.error instanceof ApiError && add.error.status === 409 && (
            <p className="field-error" role="alert">{add.error.problem?.detail}</p>
          )}
          <button type="submit" className="button button-primary" disabled={add.isPending}>
            {add.isPending ? t('export-cases.saving') : t('export-cases.plots.add')}
          </button>
        </form>
      )}
    </section>
  );
}

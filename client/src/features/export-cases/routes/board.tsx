import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { SelectField } from '@/components/form-field';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { useAuth } from '@/lib/auth/auth-context';
import { EDITOR_ROLES, hasRole } from '@/lib/auth/roles';
import { formatNumber, localeFor } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { etagOf } from '@/lib/api/if-match';
import { exportKeys } from '../api/keys';
import { listAllExportCases, listExportCases } from '../api/list-export-cases';
import type { ExportCase, ExportStage } from '../api/types';
import { CaseCard } from '../components/case-card';
import { COMMODITIES, commodityLabels, label, stageLabels } from '../components/labels';
import { MoveFeedback, MoveNotePanel, useStageMove } from '../components/stage-move';
import { ExportSubNav } from '../components/sub-nav';
import { boardFilters, parseBoardParams, toBoardSearch, type BoardParams } from '../utils/board-params';
import { ENDED_STAGES, OPEN_STAGES } from '../utils/stages';

const ENDED_PAGE = 50;

export default function ExportBoardPage() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseBoardParams(searchParams);
  const filters = boardFilters(params);
  const { session } = useAuth();
  const canMove = hasRole(session?.user.role, EDITOR_ROLES);
  const mover = useStageMove();
  const [dragging, setDragging] = useState<ExportCase | null>(null);
  const [over, setOver] = useState<ExportStage | null>(null);
  const [q, setQ] = useState(params.q);
  useDocumentTitle(t('export-cases.board.title'));

  const open = useQuery({
    queryKey: exportKeys.board({ ...filters, part: 'open' }),
    queryFn: () => listAllExportCases({ ...filters, stage: 'open', sort: 'stageEnteredAt' }),
  });
  const expiring = useQuery({
    queryKey: exportKeys.board({ ...filters, part: 'expiring' }),
    queryFn: () => listAllExportCases({ ...filters, stage: 'open', expiringWithinDays: 30, sort: 'stageEnteredAt' }),
  });
  const ended = useQuery({
    queryKey: exportKeys.board({ ...filters, part: 'ended' }),
    queryFn: async () =>
      Promise.all(ENDED_STAGES.map((stage) => listExportCases({ ...filters, stage, sort: '-updatedAt', page: 1, pageSize: ENDED_PAGE }))),
    enabled: params.ended,
  });
  const expiringIds = new Set((expiring.data?.items ?? []).map((c) => c.id));

  function update(changes: Partial<BoardParams>) {
    setSearchParams(toBoardSearch({ ...params, ...changes }), { replace: true });
  }

  function reload() {
    void open.refetch();
    void expiring.refetch();
    if (params.ended) void ended.refetch();
  }

  function drop(stage: ExportStage, caseId: string) {
    setOver(null);
    setDragging(null);
    const all = [...(open.data?.items ?? []), ...(ended.data ?? []).flatMap((r) => r.items)];
    const exportCase = all.find((c) => c.id === caseId);
    if (!exportCase || exportCase.stage === stage) return;
    // The API decides: a move it does not allow comes back as a 409 with the allowed moves.
    mover.move(exportCase, etagOf(exportCase.version), stage);
  }

  const columns: { stage: ExportStage; items: ExportCase[]; total: number; target?: number | null }[] = OPEN_STAGES.map((stage) => {
    const items = (open.data?.items ?? []).filter((c) => c.stage === stage);
    return { stage, items, total: items.length, target: items[0]?.targetDays };
  });
  if (params.ended && ended.data) {
    ENDED_STAGES.forEach((stage, index) => {
      const result = ended.data[index]!;
      columns.push({ stage, items: result.items, total: result.totalCount });
    });
  }

  return (
    <div className="page ec-page">
      <div className="page-header">
        <h1>{t('export-cases.board.title')}</h1>
        {open.data && (
          <p className="muted" aria-live="polite">
            {t('export-cases.board.count', { total: formatNumber(open.data.totalCount, locale) })}
          </p>
        )}
        {canMove && (
          <Link to="/export-cases/new" className="button button-primary page-header-action">
            {t('export-cases.board.new')}
          </Link>
        )}
      </div>
      <ExportSubNav />
      <form
        className="filters ec-filters"
        role="search"
        aria-label={t('export-cases.board.filters')}
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          update({ q: q.trim() });
        }}
      >
        <div className="field">
          <label htmlFor="ec-board-q">{t('export-cases.board.search')}</label>
          <div className="search-row">
            <input id="ec-board-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
            <button type="submit" className="button button-secondary">
              {t('export-cases.board.searchButton')}
            </button>
          </div>
        </div>
        <SelectField
          id="ec-board-commodity"
          label={t('export-cases.fields.commodity')}
          value={params.commodity}
          onChange={(e) => update({ commodity: e.target.value as BoardParams['commodity'] })}
          options={[{ value: '', label: t('export-cases.board.allCommodities') }, ...COMMODITIES.map((c) => ({ value: c, label: label(commodityLabels, c, t) }))]}
        />
        <div className="field ec-check">
          <input id="ec-board-ended" type="checkbox" checked={params.ended} onChange={(e) => update({ ended: e.target.checked })} />
          <label htmlFor="ec-board-ended">{t('export-cases.board.showEnded')}</label>
        </div>
      </form>
      {canMove && <p className="muted small">{t('export-cases.board.howToMove')}</p>}
      <MoveNotePanel mover={mover} />
      <div aria-live="polite">
        <MoveFeedback mover={mover} onReload={reload} />
      </div>
      {open.isPending ? (
        <LoadingState />
      ) : open.isError ? (
        <ErrorState error={open.error} onRetry={() => void open.refetch()} />
      ) : (
        <>
          {open.data.totalCount === 0 && <EmptyState>{t('export-cases.board.empty')}</EmptyState>}
          {expiring.isError && <p className="muted small">{t('export-cases.board.expiringFailed')}</p>}
          {params.ended && ended.isPending && <LoadingState label={t('export-cases.board.loadingEnded')} />}
          {params.ended && ended.isError && <ErrorState error={ended.error} onRetry={() => void ended.refetch()} />}
          <div className="ec-board" role="region" aria-label={t('export-cases.board.regionLabel')} tabIndex={0}>
            {columns.map(({ stage, items, total, target }) => {
              const allowedHere = dragging ? dragging.allowedStages.includes(stage) : false;
              const className = ['ec-column', dragging && allowedHere ? 'ec-column-allowed' : '', over === stage ? 'ec-column-over' : '']
                .filter(Boolean)
                .join(' ');
              return (
                <section
                  key={stage}
                  className={className}
                  aria-labelledby={`ec-col-${stage}`}
                  data-stage={stage}
                  onDragOver={(event) => {
                    if (!dragging) return;
                    event.preventDefault();
                    event.dataTransfer.dropEffect = 'move';
                    if (over !== stage) setOver(stage);
                  }}
                  onDragLeave={() => setOver((current) => (current === stage ? null : current))}
                  onDrop={(event) => {
                    event.preventDefault();
                    drop(stage, event.dataTransfer.getData('text/plain') || dragging?.id || '');
                  }}
                >
                  <h2 className="ec-column-title" id={`ec-col-${stage}`}>
                    {label(stageLabels, stage, t)} <span className="ec-count">{formatNumber(total, locale)}</span>
                  </h2>
                  {target != null && <p className="muted small">{t('export-cases.board.target', { days: target })}</p>}
                  {items.length < total && (
                    <p className="muted small">{t('export-cases.board.showingOf', { shown: items.length, total })}</p>
                  )}
                  {items.length === 0 ? (
                    <p className="muted small ec-column-empty">{t('export-cases.board.columnEmpty')}</p>
                  ) : (
                    <ul className="plain-list ec-cards">
                      {items.map((c) => (
                        <li key={c.id}>
                          <CaseCard
                            exportCase={c}
                            expiring={expiringIds.has(c.id)}
                            canMove={canMove}
                            mover={mover}
                            onDragStart={setDragging}
                            onDragEnd={() => {
                              setDragging(null);
                              setOver(null);
                            }}
                          />
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
          </div>
        </>
      )}
    </div>
  );
}

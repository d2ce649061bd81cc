import { useTranslation } from 'react-i18next';
import { formatNumber, localeFor } from '@/lib/format';

type PaginationProps = {
  page: number;
  pageSize: number;
  totalCount: number;
  onPageChange: (page: number) => void;
};

export function Pagination({ page, pageSize, totalCount, onPageChange }: PaginationProps) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const pageCount = Math.max(1, Math.ceil(totalCount / pageSize));
  const from = totalCount === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(totalCount, page * pageSize);
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <p className="pagination-range">
        {t('pagination.range', {
          from: formatNumber(from, locale),
          to: formatNumber(to, locale),
          total: formatNumber(totalCount, locale),
        })}
      </p>
      <div className="pagination-controls">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onPageChange(page - 1)}
          disabled={page <= 1}
        >
          {t('pagination.previous')}
        </button>
        <span aria-current="page">{t('pagination.pageOf', { page, pageCount })}</span>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onPageChange(page + 1)}
          disabled={page >= pageCount}
        >
          {t('pagination.next')}
        </button>
      </div>
    </nav>
  );
}

import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatNumber, formatRupiah, localeFor } from '@/lib/format';
import type { GroupWithMemberLoans } from '../api/types';
import { label } from './labels';
import { bankLabels, loanStatusLabels, productLabels } from './loan-labels';

/**
 * "Which groups got equipment this year, worth how much, and which of their members also got a
 * loan": one row per group; its button opens the distributions and the members' loans below it.
 */
export function GroupsWithLoansTable({ items, year }: { items: GroupWithMemberLoans[]; year: number }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className="table-wrap">
      <table className="data-table expandable">
        <caption className="visually-hidden">{t('aid.reports.loans.caption', { year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('aid.reports.loans.group')}</th>
            <th scope="col">{t('aid.reports.loans.kecamatan')}</th>
            <th scope="col" className="num">{t('aid.reports.loans.members')}</th>
            <th scope="col" className="num">{t('aid.reports.loans.value')}</th>
            <th scope="col" className="num">{t('aid.reports.loans.membersWithLoans')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('aid.reports.loans.details')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((g) => {
            const expanded = open.has(g.groupId);
            const panelId = `gwl-${g.groupId}`;
            return (
              <Fragment key={g.groupId}>
                <tr>
                  <th scope="row" className="cell-name">
                    <Link to={`/groups/${encodeURIComponent(g.groupId)}`}>{g.name}</Link>
                  </th>
                  <td>{g.kecamatanName}</td>
                  <td className="num">{formatNumber(g.memberCount, locale)}</td>
                  <td className="num">{formatRupiah(g.totalValueIdr)}</td>
                  <td className="num">{formatNumber(g.membersWithLoans.length, locale)}</td>
                  <td>
                    <button
                      type="button"
                      className="button button-ghost button-small"
                      aria-expanded={expanded}
                      aria-controls={panelId}
                      // the visible words first, then which group (WCAG 2.5.3 label in name)
                      aria-label={`${expanded ? t('aid.reports.loans.hideShort') : t('aid.reports.loans.showShort')} ${g.name}`}
                      onClick={() => toggle(g.groupId)}
                    >
                      {expanded ? t('aid.reports.loans.hideShort') : t('aid.reports.loans.showShort')}
                    </button>
                  </td>
                </tr>
                <tr id={panelId} hidden={!expanded} className="expand-row">
                  <td colSpan={6}>
                    {expanded && (
                      <div className="expand-panel">
                        <h3>{t('aid.reports.loans.distributions')}</h3>
                        <ul className="plain-list">
                          {g.distributions.map((d) => (
                            <li key={d.id}>
                              <Link to={`/aid/${encodeURIComponent(d.id)}`}>{d.programme}</Link> · {formatDate(d.handedOverOn, locale)} ·{' '}
                              <strong>{formatRupiah(d.totalValueIdr)}</strong>
                              <span className="small muted"> — {d.items.map((i) => `${i.name} (${i.quantity} ${i.unit})`).join(', ')}</span>
                            </li>
                          ))}
                        </ul>
                        <h3>{t('aid.reports.loans.memberLoans')}</h3>
                        {g.membersWithLoans.length === 0 ? (
                          <p className="muted">{t('aid.reports.loans.noMemberLoans')}</p>
                        ) : (
                          <table className="data-table nested">
                            <caption className="visually-hidden">{t('aid.reports.loans.memberLoansOf', { name: g.name })}</caption>
                            <thead>
                              <tr>
                                <th scope="col">{t('aid.reports.loans.member')}</th>
                                <th scope="col">{t('aid.reports.loans.bank')}</th>
                                <th scope="col">{t('aid.reports.loans.product')}</th>
                                <th scope="col">{t('aid.reports.loans.status')}</th>
                                <th scope="col" className="num">{t('aid.reports.loans.requested')}</th>
                                <th scope="col" className="num">{t('aid.reports.loans.disbursed')}</th>
                              </tr>
                            </thead>
                            <tbody>
                              {g.membersWithLoans.flatMap((m) =>
                                m.loans.map((loan, index) => (
                                  <tr key={loan.id}>
                                    {index === 0 ? (
                                      <th scope="row" rowSpan={m.loans.length}>
                                        <Link to={`/businesses/${encodeURIComponent(m.businessId)}?tab=loans`}>{m.name}</Link>
                                      </th>
                                    ) : null}
                                    <td>{label(bankLabels, loan.bank, t)}</td>
                                    <td>{label(productLabels, loan.product, t)}</td>
                                    <td>{label(loanStatusLabels, loan.status, t)}</td>
                                    <td className="num">{formatRupiah(loan.amountRequestedIdr)}</td>
                                    <td className="num">{formatRupiah(loan.amountDisbursedIdr)}</td>
                                  </tr>
                                )),
                              )}
                            </tbody>
                          </table>
                        )}
                      </div>
                    )}
                  </td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BusinessPicker, type PickedBusiness } from '@/components/business-picker';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { ApiError } from '@/lib/api/problem-details';
import { formatDateTime, localeFor } from '@/lib/format';
import { useAddMember, useGroupMembers, useRemoveMember } from '../api/groups';
import { pickerTexts } from './picker-texts';

/** The message for a refused member change: known 409 codes in the user's language, else the API's words. */
function useConflictText() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (!(error instanceof ApiError)) return t('states.networkError');
    const code = error.problem?.code;
    if (error.status === 409 && code === 'already_member') return t('groups.members.alreadyMember');
    if (error.status === 409 && code === 'business_inactive') return t('groups.members.businessInactive');
    if (error.status === 409 && code === 'leader_must_be_member') return t('groups.members.leaderCannotLeave');
    return error.problem?.detail || error.problem?.title || t('states.error');
  };
}

export function GroupMembers({ groupId, canEdit }: { groupId: string; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const members = useGroupMembers(groupId);
  const add = useAddMember(groupId);
  const remove = useRemoveMember(groupId);
  const [picked, setPicked] = useState<PickedBusiness | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const conflictText = useConflictText();

  function addPicked() {
    if (!picked) return;
    setAdded(null);
    remove.reset();
    add.mutate(picked.id, {
      onSuccess: () => {
        setAdded(picked.name);
        setPicked(null);
      },
    });
  }

  return (
    <section className="detail-section group-members" aria-labelledby="group-members-title">
      <h2 id="group-members-title">{t('groups.members.title')}</h2>
      {members.isPending ? (
        <LoadingState />
      ) : members.isError ? (
        <ErrorState error={members.error} onRetry={() => void members.refetch()} />
      ) : members.data.length === 0 ? (
        <EmptyState>{t('groups.members.empty')}</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('groups.members.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('groups.members.columns.name')}</th>
                <th scope="col">{t('groups.members.columns.nib')}</th>
                <th scope="col">{t('groups.members.columns.joinedAt')}</th>
                {canEdit && (
                  <th scope="col">
                    <span className="visually-hidden">{t('groups.members.columns.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {members.data.map((m) => (
                <tr key={m.businessId}>
                  <th scope="row" className="cell-name">
                    <Link to={`/businesses/${encodeURIComponent(m.businessId)}`}>{m.name}</Link>
                    {m.isLeader && <span className="badge badge-status-active">{t('groups.members.leader')}</span>}
                    {m.businessStatus === 'inactive' && <span className="badge badge-muted">{t('status.business.inactive')}</span>}
                  </th>
                  <td className="mono">{m.nib}</td>
                  <td>{formatDateTime(m.joinedAt, locale)}</td>
                  {canEdit && (
                    <td>
                      <button
                        type="button"
                        className="button button-ghost button-small"
                        disabled={remove.isPending}
                        onClick={() => {
                          add.reset();
                          setAdded(null);
                          remove.mutate(m.businessId);
                        }}
                      >
                        {t('groups.members.remove', { name: m.name })}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {remove.isError && (
        <div className="alert alert-error" role="alert">
          {conflictText(remove.error)}
        </div>
      )}
      {remove.isSuccess && (
        <div className="alert alert-success" role="status">
          {t('groups.members.removed')}
        </div>
      )}
      {canEdit && (
        <div className="add-member">
          <h3>{t('groups.members.addTitle')}</h3>
          <BusinessPicker
            texts={pickerTexts(t, t('groups.members.business'))}
            value={picked}
            onChange={(value) => {
              setPicked(value);
              add.reset();
            }}
          />
          <button type="button" className="button button-primary" disabled={!picked || add.isPending} onClick={addPicked}>
            {t('groups.members.add')}
          </button>
          {add.isError && (
            <div className="alert alert-error" role="alert">
              {conflictText(add.error)}
            </div>
          )}
          {added && (
            <div className="alert alert-success" role="status">
              {t('groups.members.added', { name: added })}
            </div>
          )}
        </div>
      )}
    </section>
  );
}

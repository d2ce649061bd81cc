import { oneOf, type ListSpec } from '@/lib/list-params';
import { JOB_STATUSES } from '../components/labels';

export type HistoryFilter = 'status' | 'dryRun';

/** GET /imports as the history page keeps it in the URL: newest first, filters by status and by dry run or commit. */
export const historySpec: ListSpec<HistoryFilter> = {
  filters: {
    status: oneOf(...JOB_STATUSES),
    dryRun: oneOf('true', 'false'),
  },
  sortKeys: ['createdAt'],
  defaultSort: '-createdAt',
};

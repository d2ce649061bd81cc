import { anyText, isKecamatanCode, oneOf, type ListSpec } from '@/lib/list-params';
import { kindLabels, statusLabels } from '../components/labels';

export type GroupFilter = 'q' | 'kecamatan' | 'kind' | 'status';

export const groupListSpec: ListSpec<GroupFilter> = {
  filters: {
    q: anyText,
    kecamatan: isKecamatanCode,
    kind: oneOf(...Object.keys(kindLabels)),
    status: oneOf(...Object.keys(statusLabels)),
  },
  sortKeys: ['name', 'formedOn', 'kecamatan', 'createdAt'],
  defaultSort: 'name',
};

import { anyText, isId, isKecamatanCode, isYear, oneOf, type ListSpec } from '@/lib/list-params';
import { statusValues } from '../components/labels';

export type AidFilter = 'groupId' | 'kecamatan' | 'programme' | 'budgetYear' | 'status';

export const aidListSpec: ListSpec<AidFilter> = {
  filters: {
    groupId: isId,
    kecamatan: isKecamatanCode,
    programme: anyText,
    budgetYear: isYear,
    status: oneOf(...statusValues),
  },
  sortKeys: ['handedOverOn', 'budgetYear', 'totalValue', 'createdAt'],
  defaultSort: '-createdAt',
};

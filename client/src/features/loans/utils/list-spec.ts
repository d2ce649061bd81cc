import { isId, oneOf, type ListSpec } from '@/lib/list-params';
import { bankValues, productValues, statusValues } from '../components/labels';

export type LoanFilter = 'businessId' | 'bank' | 'product' | 'status';

export const loanListSpec: ListSpec<LoanFilter> = {
  filters: { businessId: isId, bank: oneOf(...bankValues), product: oneOf(...productValues), status: oneOf(...statusValues) },
  sortKeys: ['referredOn', 'amountRequested', 'createdAt'],
  defaultSort: '-referredOn',
};

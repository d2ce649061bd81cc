export { loanBankLabels as bankLabels, loanProductLabels as productLabels, loanStatusLabels } from '@/lib/status-labels';

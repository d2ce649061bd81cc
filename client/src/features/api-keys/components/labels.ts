import type { TFunction } from 'i18next';
import type { Scope } from '../api/types';

const scopeLabels: Record<Scope, (t: TFunction) => string> = {
  'catalog:read': (t) => t('api-keys.scopes.catalogRead'),
  'businesses:read': (t) => t('api-keys.scopes.businessesRead'),
  'businesses:write': (t) => t('api-keys.scopes.businessesWrite'),
  'personal-data:read': (t) => t('api-keys.scopes.personalDataRead'),
  'metrics:read': (t) => t('api-keys.scopes.metricsRead'),
  'training:read': (t) => t('api-keys.scopes.trainingRead'),
  'training:write': (t) => t('api-keys.scopes.trainingWrite'),
  'export-cases:read': (t) => t('api-keys.scopes.exportCasesRead'),
  'export-cases:write': (t) => t('api-keys.scopes.exportCasesWrite'),
  'groups:read': (t) => t('api-keys.scopes.groupsRead'),
  'aid:read': (t) => t('api-keys.scopes.aidRead'),
  'loans:read': (t) => t('api-keys.scopes.loansRead'),
  'loans:write': (t) => t('api-keys.scopes.loansWrite'),
  'reports:read': (t) => t('api-keys.scopes.reportsRead'),
  'dashboard:read': (t) => t('api-keys.scopes.dashboardRead'),
};

export function scopeLabel(scope: string, t: TFunction): string {
  return scopeLabels[scope as Scope]?.(t) ?? scope;
}

import type { TFunction } from 'i18next';
import type { Scope } from '../api/types';

const scopeLabels: Record<Scope, (t: TFunction) => string> = {
  'catalog:read': (t) => t('api-keys.scopes.catalogRead'),
  'businesses:read': (t) => t('api-keys.scopes.businessesRead'),
  'businesses:write': (t) => t('api-keys.scopes.businessesWrite'),
  'personal-data:read': (t) => t('api-keys.scopes.personalDataRead'),
};

export function scopeLabel(scope: string, t: TFunction): string {
  return scopeLabels[scope as Scope]?.(t) ?? scope;
}

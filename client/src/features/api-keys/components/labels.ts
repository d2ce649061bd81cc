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

const statusLabels: Record<string, (t: TFunction) => string> = {
  active: (t) => t('api-keys.status.active'),
  expired: (t) => t('api-keys.status.expired'),
  revoked: (t) => t('api-keys.status.revoked'),
};

export function keyStatusLabel(status: string, t: TFunction): string {
  return statusLabels[status]?.(t) ?? status;
}

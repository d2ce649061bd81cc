import type { TFunction } from 'i18next';

const actorTypes: Record<string, (t: TFunction) => string> = {
  user: (t) => t('audit.actorTypes.user'),
  api_key: (t) => t('audit.actorTypes.api_key'),
  anonymous: (t) => t('audit.actorTypes.anonymous'),
  system: (t) => t('audit.actorTypes.system'),
};
export const ACTOR_TYPES = Object.keys(actorTypes);

const entityTypes: Record<string, (t: TFunction) => string> = {
  business: (t) => t('audit.entityTypes.business'),
  user: (t) => t('audit.entityTypes.user'),
  api_key: (t) => t('audit.entityTypes.api_key'),
  product: (t) => t('audit.entityTypes.product'),
  group: (t) => t('audit.entityTypes.group'),
  training_session: (t) => t('audit.entityTypes.training_session'),
  export_case: (t) => t('audit.entityTypes.export_case'),
  import: (t) => t('audit.entityTypes.import'),
};
export const ENTITY_TYPES = Object.keys(entityTypes);

const actions: Record<string, (t: TFunction) => string> = {
  created: (t) => t('audit.actions.created'),
  registered: (t) => t('audit.actions.registered'),
  updated: (t) => t('audit.actions.updated'),
  deleted: (t) => t('audit.actions.deleted'),
  revoked: (t) => t('audit.actions.revoked'),
  role_changed: (t) => t('audit.actions.role_changed'),
  password_reset: (t) => t('audit.actions.password_reset'),
  password_changed: (t) => t('audit.actions.password_changed'),
  committed: (t) => t('audit.actions.committed'),
};

/** Known values get a label; others (new kinds of events) are shown readable, underscores as spaces. */
const pick = (labels: Record<string, (t: TFunction) => string>, value: string, t: TFunction) =>
  labels[value]?.(t) ?? value.replace(/_/g, ' ');

export const actorTypeLabel = (value: string, t: TFunction) => pick(actorTypes, value, t);
export const entityTypeLabel = (value: string, t: TFunction) => pick(entityTypes, value, t);
export const actionLabel = (value: string, t: TFunction) => pick(actions, value, t);

/** The texts the API words at read time in the caller's language (present once the client's types know them). */
type ServerWorded = { actionText?: string | null; actorText?: string | null; entityTypeText?: string | null };

/** What was done: the server's wording, else the client's label of the code. */
export const eventAction = (event: { action: string } & ServerWorded, t: TFunction) => event.actionText || actionLabel(event.action, t);
/** Who did it: the server's wording (name, or "Anonim"/"Sistem"), else the name or the client's label of the actor type. */
export const eventActor = (event: { actorType: string; actorName?: string | null } & ServerWorded, t: TFunction) =>
  event.actorText || event.actorName || actorTypeLabel(event.actorType, t);
/** The kind of entity: the server's wording, else the client's label of the code. */
export const eventEntityType = (event: { entityType: string } & ServerWorded, t: TFunction) =>
  event.entityTypeText || entityTypeLabel(event.entityType, t);

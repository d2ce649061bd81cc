import type { paths } from '@/lib/api/schema';

// Derived from the generated OpenAPI paths (never hand-written), as in src/lib/api/types.ts.
type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Body<T> = T extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

export type Webhook = JsonOf<paths['/api/v1/webhooks/{id}']['get']['responses'][200]>;
export type WebhookList = { items: Webhook[]; page: number; pageSize: number; totalCount: number };
export type CreateWebhookInput = Body<paths['/api/v1/webhooks']['post']>;
export type CreatedWebhook = JsonOf<paths['/api/v1/webhooks']['post']['responses'][201]>;
export type Delivery = JsonOf<paths['/api/v1/webhooks/{id}/deliveries']['get']['responses'][200]>['items'][number];
export type EventType = JsonOf<paths['/api/v1/webhooks/event-types']['get']['responses'][200]>[number];

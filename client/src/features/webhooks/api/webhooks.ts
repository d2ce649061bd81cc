import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { etagOf, ifMatch } from '@/lib/api/if-match';
import type { CreateWebhookInput, CreatedWebhook, Delivery, EventType, Webhook, WebhookList } from './types';

export const webhookKeys = {
  all: ['webhooks'] as const,
  lists: () => [...webhookKeys.all, 'list'] as const,
  list: (page: number) => [...webhookKeys.lists(), page] as const,
  eventTypes: () => [...webhookKeys.all, 'event-types'] as const,
  deliveries: (id: string) => [...webhookKeys.all, 'deliveries', id] as const,
};

export async function listWebhooks(page: number): Promise<WebhookList> {
  const body = unwrap(await api.GET('/api/v1/webhooks', { params: { query: { page, pageSize: 25, sort: 'name' } } }));
  return { items: body.items ?? [], page: body.page ?? page, pageSize: body.pageSize ?? 25, totalCount: body.totalCount ?? 0 };
}

export function useWebhooks(page: number) {
  return useQuery({ queryKey: webhookKeys.list(page), queryFn: () => listWebhooks(page), placeholderData: keepPreviousData });
}

export function useEventTypes() {
  return useQuery({
    queryKey: webhookKeys.eventTypes(),
    queryFn: async (): Promise<EventType[]> => unwrap(await api.GET('/api/v1/webhooks/event-types')),
    staleTime: Infinity,
  });
}

export function useDeliveries(id: string | null) {
  return useQuery({
    queryKey: webhookKeys.deliveries(id ?? ''),
    enabled: id !== null,
    queryFn: async (): Promise<Delivery[]> =>
      unwrap(await api.GET('/api/v1/webhooks/{id}/deliveries', { params: { path: { id: id! }, query: { page: 1, pageSize: 25 } } })).items ?? [],
  });
}

/** CreateWebhook: the answer carries the signing secret, this once. */
export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: CreateWebhookInput): Promise<CreatedWebhook> => unwrap(await api.POST('/api/v1/webhooks', { body: input })),
    gcTime: 0,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: webhookKeys.lists() }),
  });
}

/** UpdateWebhook with If-Match of the version listed: here, to pause or resume deliveries. */
export function useSetWebhookActive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ hook, active }: { hook: Webhook; active: boolean }): Promise<Webhook> =>
      unwrap(
        await api.PUT('/api/v1/webhooks/{id}', {
          params: ifMatch({ id: hook.id }, etagOf(hook.version)),
          body: { name: hook.name, url: hook.url, eventTypes: hook.eventTypes, active },
        }),
      ),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: webhookKeys.lists() }),
  });
}

export function useRedeliver(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (deliveryId: string): Promise<Delivery> =>
      unwrap(await api.POST('/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver', { params: { path: { id, deliveryId } } })),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: webhookKeys.deliveries(id) }),
  });
}

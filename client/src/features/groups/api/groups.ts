import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { ifMatch } from '@/lib/api/if-match';
import { sharedKeys } from '@/lib/query-keys';
import type { Aid, Group, GroupInput, GroupListQuery, GroupMember, Paged } from './types';

export type GroupWithEtag = { group: Group; etag: string | null };

export const groupKeys = {
  all: sharedKeys.groups,
  lists: () => [...groupKeys.all, 'list'] as const,
  list: (query: GroupListQuery) => [...groupKeys.lists(), query] as const,
  detail: (id: string) => ['groups', 'detail', id] as const,
  members: (id: string) => ['groups', 'members', id] as const,
  aid: (id: string) => ['groups', 'aid', id] as const,
  ofBusiness: (id: string) => ['groups', 'of-business', id] as const,
  aidOfBusiness: (id: string) => ['groups', 'aid-of-business', id] as const,
};

/** ListGroups: server paging, sort and filters. */
export async function listGroups(query: GroupListQuery): Promise<Paged<Group>> {
  const body = unwrap(await api.GET('/api/v1/groups', { params: { query } }));
  return { items: body.items ?? [], page: body.page ?? 1, pageSize: body.pageSize ?? 25, totalCount: body.totalCount ?? 0 };
}

export function useGroups(query: GroupListQuery) {
  return useQuery({ queryKey: groupKeys.list(query), queryFn: () => listGroups(query), placeholderData: keepPreviousData });
}

export async function getGroup(id: string): Promise<GroupWithEtag> {
  const result = await api.GET('/api/v1/groups/{id}', { params: { path: { id } } });
  return { group: unwrap(result), etag: result.response.headers.get('ETag') };
}

export function useGroup(id: string) {
  return useQuery({ queryKey: groupKeys.detail(id), queryFn: () => getGroup(id) });
}

export function useGroupMembers(id: string) {
  return useQuery({
    queryKey: groupKeys.members(id),
    queryFn: async (): Promise<GroupMember[]> => unwrap(await api.GET('/api/v1/groups/{id}/members', { params: { path: { id } } })),
  });
}

/** The aid distributions of one group (newest first; a group rarely has more than a page). */
export function useGroupAid(id: string) {
  return useQuery({
    queryKey: groupKeys.aid(id),
    queryFn: async (): Promise<Paged<Aid>> => {
      const body = unwrap(
        await api.GET('/api/v1/aid-distributions', { params: { query: { groupId: id, page: 1, pageSize: 100, sort: '-createdAt' } } }),
      );
      return { items: body.items ?? [], page: body.page ?? 1, pageSize: body.pageSize ?? 100, totalCount: body.totalCount ?? 0 };
    },
  });
}

/** CreateGroup: 201; 400 field errors; 409 when the leader business is deactivated. */
export function useCreateGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: GroupInput): Promise<GroupWithEtag> => {
      const result = await api.POST('/api/v1/groups', { body: input });
      return { group: unwrap(result), etag: result.response.headers.get('ETag') };
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: groupKeys.all }),
  });
}

/** UpdateGroup with If-Match (412 when someone changed it first). */
export function useUpdateGroup(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ etag, input }: { etag: string; input: GroupInput }): Promise<GroupWithEtag> => {
      const result = await api.PUT('/api/v1/groups/{id}', { params: ifMatch({ id }, etag), body: input });
      return { group: unwrap(result), etag: result.response.headers.get('ETag') };
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: groupKeys.all }),
  });
}

/** AddGroupMember: 409 when already a member or the business is deactivated. */
export function useAddMember(groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (businessId: string) =>
      unwrap(await api.POST('/api/v1/groups/{id}/members', { params: { path: { id: groupId } }, body: { businessId } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: groupKeys.members(groupId) });
      void queryClient.invalidateQueries({ queryKey: groupKeys.detail(groupId) });
      void queryClient.invalidateQueries({ queryKey: groupKeys.lists() });
    },
  });
}

/** RemoveGroupMember: 409 for the leader. */
export function useRemoveMember(groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (businessId: string) => {
      const result = await api.DELETE('/api/v1/groups/{id}/members/{businessId}', { params: { path: { id: groupId, businessId } } });
      unwrap(result);
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: groupKeys.members(groupId) });
      void queryClient.invalidateQueries({ queryKey: groupKeys.detail(groupId) });
      void queryClient.invalidateQueries({ queryKey: groupKeys.lists() });
    },
  });
}

export function useBusinessGroups(businessId: string) {
  return useQuery({
    queryKey: groupKeys.ofBusiness(businessId),
    queryFn: async (): Promise<Group[]> => unwrap(await api.GET('/api/v1/businesses/{id}/groups', { params: { path: { id: businessId } } })),
  });
}

export function useBusinessAid(businessId: string) {
  return useQuery({
    queryKey: groupKeys.aidOfBusiness(businessId),
    queryFn: async (): Promise<Aid[]> => unwrap(await api.GET('/api/v1/businesses/{id}/aid', { params: { path: { id: businessId } } })),
  });
}

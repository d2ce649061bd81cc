import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';

// Derived from the generated OpenAPI paths (never hand-written).
type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type ListBody = JsonOf<paths['/api/v1/requirements']['get']['responses'][200]>;

export type Requirement = ListBody[number];
export type RequirementVersion = NonNullable<Requirement['versions']>[number];
export type RequirementScope = 'ekatalog' | 'export' | 'loan';

export const requirementKeys = {
  all: ['requirements'] as const,
  list: (scope: RequirementScope) => [...requirementKeys.all, scope] as const,
};

export async function listRequirements(scope: RequirementScope): Promise<Requirement[]> {
  return unwrap(await api.GET('/api/v1/requirements', { params: { query: { scope } } }));
}

export function useRequirements(scope: RequirementScope) {
  return useQuery({ queryKey: requirementKeys.list(scope), queryFn: () => listRequirements(scope) });
}

type AddVersionBody = NonNullable<paths['/api/v1/requirements/{code}/versions']['post']['requestBody']>['content']['application/json'];
export type AddVersionInput = AddVersionBody;

/** AddRequirementVersion (admin): 201 with the requirement and its whole history; 400 with field errors. */
export async function addRequirementVersion(code: string, body: AddVersionInput): Promise<Requirement> {
  return unwrap(await api.POST('/api/v1/requirements/{code}/versions', { params: { path: { code } }, body }));
}

export function useAddRequirementVersion(scope: RequirementScope) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, body }: { code: string; body: AddVersionInput }) => addRequirementVersion(code, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: requirementKeys.list(scope) }),
  });
}

type OpenCategories = JsonOf<paths['/api/v1/reference/open-catalogue-categories']['get']['responses'][200]>;
export type OpenCategory = OpenCategories[number];

export const openCategoryKeys = { all: ['open-catalogue-categories'] as const };

export function useOpenCategories() {
  return useQuery({
    queryKey: openCategoryKeys.all,
    queryFn: async () => unwrap(await api.GET('/api/v1/reference/open-catalogue-categories')),
  });
}

/** SetOpenCategories (admin): replaces the list of categories open in the city's local e-katalog. */
export function useSetOpenCategories() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (categories: OpenCategory['category'][]) =>
      unwrap(await api.PUT('/api/v1/reference/open-catalogue-categories', { body: { categories } })),
    onSuccess: (data) => queryClient.setQueryData(openCategoryKeys.all, data),
  });
}

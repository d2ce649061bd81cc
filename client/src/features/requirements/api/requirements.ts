import { useQuery } from '@tanstack/react-query';
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

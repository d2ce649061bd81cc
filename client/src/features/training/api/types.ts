import type { paths } from '@/lib/api/schema';

// Derived from the generated OpenAPI paths (never hand-written), like src/lib/api/types.ts, but kept in
// this feature so the shared file stays untouched.
type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Complete<T> = { [K in keyof T]-?: NonNullable<T[K]> };

export type TrainingSession = JsonOf<paths['/api/v1/training-sessions/{id}']['get']['responses'][200]>;
export type TrainingSessionInput = NonNullable<JsonOf<paths['/api/v1/training-sessions']['post']['requestBody']>>;
export type TrainingSessionListQuery = NonNullable<paths['/api/v1/training-sessions']['get']['parameters']['query']>;
export type TrainingTopic = TrainingSession['topic'];
export type TrainingStatus = TrainingSession['status'];

export type Registration = JsonOf<paths['/api/v1/training-sessions/{id}/registrations']['post']['responses'][201]>;
export type RegistrationStatus = Registration['status'];
export type RegistrationListQuery = NonNullable<paths['/api/v1/training-sessions/{id}/registrations']['get']['parameters']['query']>;
export type RegisterForTrainingBody = NonNullable<
  JsonOf<paths['/api/v1/training-sessions/{id}/registrations']['post']['requestBody']>
>;
export type AttendanceItem = NonNullable<JsonOf<paths['/api/v1/training-sessions/{id}/attendance']['put']['requestBody']>>[number];
export type AttendanceResult = JsonOf<paths['/api/v1/training-sessions/{id}/attendance']['put']['responses'][200]>;

export type BusinessTraining = JsonOf<paths['/api/v1/businesses/{id}/trainings']['get']['responses'][200]>['items'][number];

export type UntrainedQuery = NonNullable<paths['/api/v1/training-reports/untrained']['get']['parameters']['query']>;
export type UntrainedBusiness = JsonOf<paths['/api/v1/training-reports/untrained']['get']['responses'][200]>['items'][number];
export type AttendanceReport = JsonOf<paths['/api/v1/training-reports/attendance']['get']['responses'][200]>;
export type AttendanceCounts = AttendanceReport['overall'];
export type EkatalogEffect = JsonOf<paths['/api/v1/training-reports/ekatalog-effect']['get']['responses'][200]>;
export type EkatalogEffectGroup = EkatalogEffect['trained'];

/** A page of any list: the envelope's fields are always present. */
export type Page<T> = Complete<{ page?: number; pageSize?: number; totalCount?: number }> & { items: T[] };

export function toPage<T>(body: { items?: T[] | null; page?: number; pageSize?: number; totalCount?: number }, query: { page?: number; pageSize?: number }): Page<T> {
  return {
    items: body.items ?? [],
    page: body.page ?? query.page ?? 1,
    pageSize: body.pageSize ?? query.pageSize ?? 25,
    totalCount: body.totalCount ?? 0,
  };
}

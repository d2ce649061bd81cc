import type { paths } from '@/lib/api/schema';

// Derived from the generated OpenAPI paths (never hand-written), like src/lib/api/types.ts.
type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type BodyOf<T> = T extends { content: { 'application/json': infer B } } ? NonNullable<B> : never;

export type ExportCase = JsonOf<paths['/api/v1/export-cases/{id}']['get']['responses'][200]>;
export type ExportCaseListQuery = NonNullable<paths['/api/v1/export-cases']['get']['parameters']['query']>;
export type ExportCaseList = { items: ExportCase[]; page: number; pageSize: number; totalCount: number };
export type OpenExportCaseInput = BodyOf<NonNullable<paths['/api/v1/export-cases']['post']['requestBody']>>;
export type UpdateExportCaseInput = BodyOf<NonNullable<paths['/api/v1/export-cases/{id}']['put']['requestBody']>>;
export type ChangeStageInput = BodyOf<NonNullable<paths['/api/v1/export-cases/{id}/stage']['post']['requestBody']>>;
export type TimelineEntry = JsonOf<paths['/api/v1/export-cases/{id}/timeline']['get']['responses'][200]>[number];
export type ExportDocument = JsonOf<paths['/api/v1/export-cases/{id}/documents']['get']['responses'][200]>[number];
export type UpdateDocumentInput = BodyOf<
  NonNullable<paths['/api/v1/export-cases/{id}/documents/{documentId}']['put']['requestBody']>
>;
export type ExportPlot = JsonOf<paths['/api/v1/export-cases/{id}/plots']['get']['responses'][200]>[number];
export type PlotInput = BodyOf<NonNullable<paths['/api/v1/export-cases/{id}/plots']['post']['requestBody']>>;
export type OpenCasesByStage = JsonOf<paths['/api/v1/export-reports/open-cases-by-stage']['get']['responses'][200]>;
export type StageDurationRow = JsonOf<paths['/api/v1/export-reports/stage-durations']['get']['responses'][200]>[number];
export type ShippedQuarterRow = JsonOf<paths['/api/v1/export-reports/shipped-per-quarter']['get']['responses'][200]>[number];
export type CommodityValueRow = JsonOf<paths['/api/v1/export-reports/value-by-commodity']['get']['responses'][200]>[number];

export type ExportStage = ExportCase['stage'];
export type Commodity = ExportCase['commodity'];
export type VolumeUnit = ExportCase['volumeUnit'];
export type DocumentStatus = ExportDocument['status'];
export type CaseOutcome = NonNullable<ExportCase['outcome']>;
export type ExportCaseSort = 'openedOn' | 'stageEnteredAt' | 'updatedAt' | 'estimatedValueIdr' | 'businessName';

export type StaffUser = JsonOf<paths['/api/v1/staff']['get']['responses'][200]>[number];
export type BusinessSummary = JsonOf<paths['/api/v1/businesses']['get']['responses'][200]>['items'][number];

import type { ExportStage } from '../api/types';
import type { ProblemDetails } from '@/lib/api/problem-details';

// Record<Union, true> makes the compiler insist these lists match the generated enums.
const STAGES: Record<ExportStage, true> = {
  intake: true,
  legal_check: true,
  commodity_licence: true,
  buyer_contract: true,
  certification: true,
  customs: true,
  certificate_of_origin: true,
  shipped: true,
  post_export: true,
  closed: true,
  rejected: true,
  withdrawn: true,
};

/** Every stage in the API's order. */
export const ALL_STAGES = Object.keys(STAGES) as ExportStage[];
/** The stages a case works through (board columns). */
export const OPEN_STAGES: ExportStage[] = ALL_STAGES.slice(0, 9);
/** Where a case ends: shown on the board only behind a filter. */
export const ENDED_STAGES: ExportStage[] = ['closed', 'rejected', 'withdrawn'];

export function isStage(value: string | null | undefined): value is ExportStage {
  return !!value && Object.prototype.hasOwnProperty.call(STAGES, value);
}

export function isOpenStage(stage: ExportStage): boolean {
  return OPEN_STAGES.includes(stage);
}

/** The next forward stage of an open stage. */
export function nextStage(stage: ExportStage): ExportStage | null {
  const order = [...OPEN_STAGES, 'closed' as const];
  const index = order.indexOf(stage);
  return index >= 0 && index < order.length - 1 ? order[index + 1]! : null;
}

/** Rejected and withdrawn need the reason as a note (the API refuses them without one). */
export const needsNote = (stage: ExportStage) => stage === 'rejected' || stage === 'withdrawn';

export type MissingDocument = { documentId: string; type: string; name: string; /** A DocumentStatus, or whatever the API sent. */ status: string; isExpired: boolean };

/** What a 409 from the stage endpoint carries: the allowed moves, or the documents still missing. */
export type StageConflict = { code: string | null; detail: string | null; allowed: ExportStage[]; missing: MissingDocument[] };

function pick(record: Record<string, unknown>, name: string): unknown {
  if (name in record) return record[name];
  const pascal = name.charAt(0).toUpperCase() + name.slice(1);
  return record[pascal];
}

/** A string or number field as text ('' when absent or of another kind). */
function pickText(record: Record<string, unknown>, name: string): string {
  const value = pick(record, name);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

export function stageConflictOf(problem: ProblemDetails | null | undefined): StageConflict {
  const raw = (problem ?? {}) as Record<string, unknown>;
  const allowed = Array.isArray(raw.allowed) ? raw.allowed.filter((s): s is ExportStage => typeof s === 'string' && isStage(s)) : [];
  const missing = Array.isArray(raw.missing)
    ? raw.missing.flatMap((item) => {
        if (typeof item !== 'object' || item === null) return [];
        const r = item as Record<string, unknown>;
        return [
          {
            documentId: pickText(r, 'documentId'),
            type: pickText(r, 'type'),
            name: pickText(r, 'name'),
            status: pickText(r, 'status'),
            isExpired: pick(r, 'isExpired') === true,
          },
        ];
      })
    : [];
  return {
    code: typeof raw.code === 'string' ? raw.code : null,
    detail: typeof raw.detail === 'string' ? raw.detail : null,
    allowed,
    missing,
  };
}

import type { TrainingSession, TrainingSessionInput, TrainingTopic } from '../api/types';
import { addMinutesToInput, fromWibInput, toWibInput } from './time';

/** What the form edits: text as typed; start and end are datetime-local values read as WIB. */
export type SessionFormValues = {
  title: string;
  topic: TrainingTopic | '';
  description: string;
  trainer: string;
  venue: string;
  kecamatanCode: string;
  startsAt: string;
  endsAt: string;
  capacity: string;
};

export const SESSION_FIELDS = ['title', 'topic', 'description', 'trainer', 'venue', 'kecamatanCode', 'startsAt', 'endsAt', 'capacity'] as const;

export function emptySessionValues(): SessionFormValues {
  return { title: '', topic: '', description: '', trainer: '', venue: '', kecamatanCode: '', startsAt: '', endsAt: '', capacity: '30' };
}

export function sessionValuesFrom(s: TrainingSession): SessionFormValues {
  return {
    title: s.title,
    topic: s.topic,
    description: s.description ?? '',
    trainer: s.trainer,
    venue: s.venue,
    kecamatanCode: s.kecamatanCode,
    startsAt: toWibInput(s.startsAt),
    endsAt: toWibInput(s.endsAt),
    capacity: String(s.capacity),
  };
}

/** A sensible end when the user has set only the start: three hours later, the same day. */
export const suggestedEnd = (startsAt: string) => addMinutesToInput(startsAt, 180);

export type SessionProblem = 'required' | 'capacity' | 'endBeforeStart';

/** Obvious checks only; the API is the authority (its 400 errors are shown under the same fields). */
export function checkSessionValues(v: SessionFormValues): Partial<Record<keyof SessionFormValues, SessionProblem>> {
  const problems: Partial<Record<keyof SessionFormValues, SessionProblem>> = {};
  for (const field of ['title', 'topic', 'trainer', 'venue', 'kecamatanCode', 'startsAt', 'endsAt', 'capacity'] as const) {
    if (v[field].trim() === '') problems[field] = 'required';
  }
  if (!problems.capacity && !/^\d+$/.test(v.capacity.trim())) problems.capacity = 'capacity';
  if (!problems.startsAt && !problems.endsAt && v.endsAt <= v.startsAt) problems.endsAt = 'endBeforeStart';
  return problems;
}

export function toSessionInput(v: SessionFormValues): TrainingSessionInput {
  return {
    title: v.title.trim(),
    topic: (v.topic || null)!, // required: the server answers 400 without it
    description: v.description.trim() === '' ? null : v.description.trim(),
    trainer: v.trainer.trim(),
    venue: v.venue.trim(),
    kecamatanCode: v.kecamatanCode,
    startsAt: fromWibInput(v.startsAt) ?? v.startsAt,
    endsAt: fromWibInput(v.endsAt) ?? v.endsAt,
    capacity: Number(v.capacity.trim()),
  };
}

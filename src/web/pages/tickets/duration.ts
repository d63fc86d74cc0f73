// Splitting a duration for SLA countdowns ("2 h 15 min left", "overdue 3 d 4 h").

/** Whole days, hours and minutes of a duration in ms (sign ignored; under a minute counts as one minute). */
export function durationParts(ms: number): { d: number; h: number; m: number } {
  const minutes = Math.max(1, Math.ceil(Math.abs(ms) / 60_000));
  return { d: Math.floor(minutes / 1440), h: Math.floor((minutes % 1440) / 60), m: minutes % 60 };
}

/** The i18n key and values that say a duration at the coarsest useful precision. */
export function durationKey(ms: number): { key: 'work.duration.dh' | 'work.duration.hm' | 'work.duration.m'; values: { d: number; h: number; m: number } } {
  const values = durationParts(ms);
  if (values.d > 0) return { key: 'work.duration.dh', values };
  if (values.h > 0) return { key: 'work.duration.hm', values };
  return { key: 'work.duration.m', values };
}

import type { Locale } from '../../../shared/schemas/common.ts';

/** Error messages of courses, cases and self-care, in every locale. */
export const courseMessages = {} satisfies Record<string, Record<Locale, string>>;

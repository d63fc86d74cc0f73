import type { Locale } from '../../../shared/schemas/common.ts';

/** Error messages of quizzes, in every locale. */
export const quizMessages = {} satisfies Record<string, Record<Locale, string>>;

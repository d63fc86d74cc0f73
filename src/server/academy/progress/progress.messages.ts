import type { Locale } from '../../../shared/schemas/common.ts';

/** Error messages of assignments and progress, in every locale. */
export const progressMessages = {} satisfies Record<string, Record<Locale, string>>;

import type { Locale } from '../../../shared/schemas/common.ts';

/** Error messages of the simulator, in every locale. */
export const simulatorMessages = {} satisfies Record<string, Record<Locale, string>>;

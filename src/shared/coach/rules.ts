// The built-in service-language rule base, in the order findings are reported.
import type { CoachRule } from './types.ts';
import { refusalRules } from './rules-refusal.ts';
import { blameRules } from './rules-blame.ts';
import { framingRules } from './rules-tone.ts';
import { attitudeRules } from './rules-attitude.ts';

/** Every built-in rule; companies add their own through ReplyContext.extraRules. */
export const coachRules: readonly CoachRule[] = [...refusalRules, ...blameRules, ...framingRules, ...attitudeRules];

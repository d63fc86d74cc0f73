// The built-in service-language rule base, in the order findings are reported.
import type { CoachRule } from './types.ts';
import { refusalRules } from './rules-refusal.ts';
import { blameRules } from './rules-blame.ts';
import { framingRules } from './rules-tone.ts';
import { attitudeRules } from './rules-attitude.ts';
import { generalPeopleRules } from './rules-general-people.ts';
import { generalToneRules } from './rules-general-tone.ts';

/**
 * Every built-in rule; companies add their own through ReplyContext.extraRules. The phrase rules
 * come first (their messages are the most specific); the general lexicon rules catch other wording.
 */
export const coachRules: readonly CoachRule[] = [
  ...refusalRules,
  ...blameRules,
  ...framingRules,
  ...attitudeRules,
  ...generalPeopleRules,
  ...generalToneRules,
];

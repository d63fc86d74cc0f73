/** Trainers' view of assignments: completion and scores per person and per team, and assigning work. */
export function TeamProgress() {
  return null;
}

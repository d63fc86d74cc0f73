// The time limit of an attempt, enforced by the server with a little grace for the network.

/** Seconds after the deadline in which a submission is still accepted (the player submits itself at zero). */
export const GRACE_SECONDS = 30;

/** The deadline of an attempt started at `startedAt` (ISO), or null without a time limit. */
export function deadlineOf(startedAt: string, limitMinutes: number | null): string | null {
  return limitMinutes === null ? null : new Date(Date.parse(startedAt) + limitMinutes * 60_000).toISOString();
}

/** Whether `now` is past the deadline plus the grace, so the attempt can no longer be answered. */
export function isTimeUp(deadline: string | null, now: Date): boolean {
  return deadline !== null && now.getTime() > Date.parse(deadline) + GRACE_SECONDS * 1000;
}

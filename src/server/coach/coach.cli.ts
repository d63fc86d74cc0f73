// `lingting coach reply|customer ["text"]`: the coach on the command line, no database needed.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { analyzeCustomer } from '../../shared/coach/analyze-customer.ts';
import { analyzeReply, MAX_COACH_TEXT_LENGTH } from '../../shared/coach/analyze-reply.ts';
import type { CoachLocale } from '../../shared/coach/types.ts';

/** Usage line of the coach command, for the CLI's help text. */
export const coachUsage =
  'coach reply|customer ["TEXT"] [--locale en] check a reply or read a customer message; without TEXT, one per stdin line → one JSON line each';

type Mode = 'reply' | 'customer';

function analyseLine(mode: Mode, text: string, locale: CoachLocale): { json: unknown; ok: boolean } {
  if (text.length > MAX_COACH_TEXT_LENGTH) {
    return { json: { error: { code: 'text_too_long', message: `Text is longer than ${MAX_COACH_TEXT_LENGTH} characters` } }, ok: false };
  }
  return { json: mode === 'reply' ? { findings: analyzeReply(text, { locale }) } : analyzeCustomer(text, [], locale), ok: true };
}

/** Runs the coach command; returns the exit code (1 for bad usage or any text that could not be analysed). */
export async function runCoachCommand(
  args: string[],
  options: { locale?: string },
  io: { stdin: Readable; stdout: Writable; stderr: Writable },
): Promise<number> {
  const [mode, ...rest] = args;
  if ((mode !== 'reply' && mode !== 'customer') || rest.length > 1) {
    io.stderr.write(`Usage: lingting ${coachUsage}\n`);
    return 1;
  }
  const locale: CoachLocale = options.locale === 'en' ? 'en' : 'zh-CN';
  if (rest.length === 1) {
    const { json, ok } = analyseLine(mode, rest[0], locale);
    io.stdout.write(`${JSON.stringify(json)}\n`);
    return ok ? 0 : 1;
  }
  let code = 0;
  // One result line per input line, empty lines included, so outputs line up with inputs.
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    const { json, ok } = analyseLine(mode, line, locale);
    if (!ok) code = 1;
    io.stdout.write(`${JSON.stringify(json)}\n`);
  }
  return code;
}

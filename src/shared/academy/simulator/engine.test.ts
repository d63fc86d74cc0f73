import { describe, expect, it } from 'vitest';
import { buildDebrief, type DebriefTurn } from './debrief.ts';
import { endByTrainee, openSimulation, takeTurn, type TurnResult } from './engine.ts';
import { bannedQin } from '../../coach/company-rule.fixture.ts';
import { toCoachRule } from '../../coach/custom-rules.ts';
import { findPersona, findScenario, personas } from './personas.ts';
import { MAX_TURNS, personaKeys, type Persona, type Scenario, type SimulationState } from './types.ts';

/** Plays messages in order and returns every result plus the turns the debrief needs. */
function play(personaKey: string, messages: string[], scenarioIndex = 0) {
  const persona = findPersona(personaKey) as Persona;
  const scenario = persona.scenarios[scenarioIndex] as Scenario;
  const opened = openSimulation(persona, scenario);
  let state: SimulationState = opened.state;
  let last = opened.opening['zh-CN'];
  const results: TurnResult[] = [];
  const turns: DebriefTurn[] = [];
  for (const text of messages) {
    const result = takeTurn(persona, scenario, state, last, text);
    results.push(result);
    turns.push({ text, reply: result.reply, mood: result.state.mood, findings: result.findings });
    state = result.state;
    last = result.reply['zh-CN'];
    if (state.stage === 'finished') break;
  }
  return { persona, scenario, opening: opened.opening, state, results, turns };
}

const goodEmotional = [
  '您好，谢谢您告诉我这件事，我非常理解您的心情，真的很抱歉给您添了麻烦。',
  '为了尽快帮您处理，请问您是哪天买的手机？',
  '您的意思是手机买了五天，通话时屏幕就黑了，已经来了两次，对吗？',
  '我马上为您换一台新机，今天下午五点前就能办好，您看可以吗？',
  '感谢您的理解，还有什么可以帮您的吗？祝您生活愉快，再见。',
];

describe('personas', () => {
  it('are the seven of the contract, each with at least three bilingual scenarios', () => {
    expect(personas.map((p) => p.key)).toEqual([...personaKeys]);
    for (const p of personas) {
      expect(p.name['zh-CN']).toBeTruthy();
      expect(p.name.en).toBeTruthy();
      expect(p.scenarios.length).toBeGreaterThanOrEqual(3);
      for (const s of p.scenarios) {
        for (const text of [s.title, s.product, s.problem, s.wants, s.accepts, s.opening, s.acceptLine, ...s.details]) {
          expect(text['zh-CN'], `${p.key}/${s.key}`).toBeTruthy();
          expect(text.en, `${p.key}/${s.key}`).toBeTruthy();
        }
        expect(() => new RegExp(s.acceptPattern, 'u')).not.toThrow();
      }
      expect(new Set(p.scenarios.map((s) => s.key)).size).toBe(p.scenarios.length);
    }
    expect(findScenario(personas[0], 'nope')).toBeUndefined();
    expect(findPersona('nope')).toBeUndefined();
  });
});

describe('the simulator state machine', () => {
  it('calms the emotional customer to acceptance with a good six-step conversation', () => {
    const { persona, state, results, turns, opening } = play('emotional', goodEmotional);
    expect(persona.startMood).toBeGreaterThanOrEqual(70);
    expect(results.map((r) => r.reaction)).toEqual(['acknowledged', 'asked', 'asked', 'accept', 'farewell']);
    const moods = results.map((r) => r.state.mood);
    expect(moods[3]).toBeLessThanOrEqual(persona.acceptBelow);
    expect(state).toMatchObject({ stage: 'finished', outcome: 'accepted' });
    // The questions were answered with the scenario's details, in order.
    expect(results[1].reply['zh-CN']).toContain(persona.scenarios[0].details[0]['zh-CN']);

    const debrief = buildDebrief(persona, opening, turns, 'accepted');
    expect(debrief.steps.every((s) => s.achieved)).toBe(true);
    expect(debrief.score).toBeGreaterThanOrEqual(90);
    expect(debrief.passed).toBe(true);
    expect(debrief.moodCurve).toEqual([persona.startMood, ...moods]);
    expect(debrief.playbook.name['zh-CN']).toBe('情绪失控型');
    expect(debrief.findings).toEqual([]);
  });

  it.each(['您不必这么生气。', '你别激动，听我说。'])('"%s" makes the angry customer worse', (denial) => {
    const { results } = play('emotional', [goodEmotional[0], denial]);
    const [calmer, worse] = results;
    expect(worse.state.mood).toBeGreaterThan(calmer.state.mood);
    expect(worse.reaction).toBe('denied');
    expect(worse.findings.some((f) => f.category === 'denying_emotion')).toBe(true);
    expect(worse.findings[0].suggestion['zh-CN']).toBeTruthy();
    expect(worse.findings[0].suggestion.en).toBeTruthy();
  });

  it('lets the furious customer walk away when the emotion is denied at once', () => {
    const { state, results, persona, opening, turns } = play('emotional', ['您不必这么生气。']);
    expect(results[0].reaction).toBe('walk_away');
    expect(state).toMatchObject({ stage: 'finished', outcome: 'walked_away', mood: 100 });
    const debrief = buildDebrief(persona, opening, turns, 'walked_away');
    expect(debrief.breakdown.outcome).toBe(-25);
    expect(debrief.passed).toBe(false);
  });

  it('is deterministic: the same messages give the same replies and moods', () => {
    const a = play('emotional', goodEmotional).results.map((r) => [r.reply, r.state]);
    const b = play('emotional', goodEmotional).results.map((r) => [r.reply, r.state]);
    expect(a).toEqual(b);
  });

  it('turns the mild customer difficult when handled coldly', () => {
    const { results, state } = play('mild', ['等着。', '等着。', '不归我管。']);
    expect(results[0].state.mood).toBeGreaterThan(findPersona('mild')!.startMood);
    expect(results[1].state.mood).toBeGreaterThanOrEqual(70);
    expect(results[1].reply['zh-CN']).toContain('投诉');
    expect(state.outcome).toBe('walked_away');
  });

  it('keeps the mild customer calm and accepting when handled warmly', () => {
    const { state, results } = play('mild', ['您好，谢谢您的耐心，我马上为您激活，五分钟内就能用，您看可以吗？', '感谢您的理解，祝您生活愉快，再见。']);
    expect(results[0].reaction).toBe('accept');
    expect(state.outcome).toBe('accepted');
  });

  it('asks for the missing piece before accepting (a time for the emotional customer)', () => {
    const { results } = play('emotional', [goodEmotional[0], '我理解，我为您换一台新机，您看可以吗？']);
    expect(results[1].reaction).toBe('missing');
    expect(results[1].reply['zh-CN']).toContain('时间');
  });

  it('answers the boss-demanding customer differently once the agent states their authority', () => {
    const without = play('boss_demanding', ['您好，我理解您着急的心情，我为您办理换货，明天发出，您看可以吗？']).results[0];
    const withAuthority = play('boss_demanding', ['您好，我理解您着急的心情。这件事由我全权负责，我为您办理换货，明天发出，您看可以吗？']).results[0];
    expect(without.reaction).toBe('missing');
    expect(withAuthority.reaction).toBe('accept');
  });

  it('provokes the boss-demanding customer with "找领导也一样"', () => {
    const { results } = play('boss_demanding', ['您好，我理解您着急的心情。', '您放心，找领导也一样。']);
    expect(results[1].reaction).toBe('irritated');
    expect(results[1].state.mood).toBeGreaterThan(results[0].state.mood);
  });

  it('ends at the turn limit when no offer is ever made', () => {
    const { state, results } = play('talkative', Array.from({ length: MAX_TURNS + 3 }, () => '您好，我明白，您慢慢说。'));
    expect(results).toHaveLength(MAX_TURNS);
    expect(results.at(-1)?.reaction).toBe('turn_limit');
    expect(state).toMatchObject({ stage: 'finished', outcome: 'turn_limit' });
  });

  it('refuses a message after the end, and the trainee can end it early', () => {
    const { persona, scenario, state } = play('emotional', goodEmotional);
    expect(() => takeTurn(persona, scenario, state, '', '您好')).toThrow();
    const opened = openSimulation(persona, scenario).state;
    expect(endByTrainee(opened)).toMatchObject({ stage: 'finished', outcome: 'ended' });
  });

  it('scores an ended conversation without turns as zero and keeps the mood curve', () => {
    const persona = findPersona('picky')!;
    const debrief = buildDebrief(persona, persona.scenarios[0].opening, [], 'ended');
    expect(debrief).toMatchObject({ score: 0, passed: false, moodCurve: [persona.startMood] });
    expect(debrief.steps).toHaveLength(6);
  });
});

describe("the company's own phrase rules", () => {
  const banned = toCoachRule(7, { ...bannedQin, severity: 'error' });

  it('count as the built-in rules do: a banned phrase is a finding and brushes the customer off', () => {
    const persona = findPersona('emotional') as Persona;
    const scenario = persona.scenarios[0] as Scenario;
    const { state, opening } = openSimulation(persona, scenario);
    const text = `亲，${goodEmotional[0]}`;
    const judged = takeTurn(persona, scenario, state, opening['zh-CN'], text, [banned]);
    const unjudged = takeTurn(persona, scenario, state, opening['zh-CN'], text);
    expect(judged.findings.map((f) => f.ruleId)).toContain('company.7');
    expect(judged.signals.brushedOff).toBe(true);
    expect(unjudged.signals.brushedOff).toBe(false);
    expect(judged.state.mood).toBeGreaterThan(unjudged.state.mood);
  });
});

import type { Locale } from '../../../shared/schemas/common.ts';

/** Error messages of the simulator, in every locale. */
export const simulatorMessages = {
  simulation_not_found: { 'zh-CN': '找不到情景模拟 {id}。', en: 'Simulation {id} was not found.' },
  simulation_scenario_unknown: {
    'zh-CN': '“{persona}”没有名为“{scenario}”的情景，请重新选择。',
    en: 'The persona "{persona}" has no scenario called "{scenario}"; choose another.',
  },
  simulation_finished: { 'zh-CN': '这次情景模拟已经结束，不能再发送消息，请查看复盘或重新开始。', en: 'This simulation has ended; no more messages can be sent. Read the debrief or start a new one.' },
  simulation_message_empty: { 'zh-CN': '请输入要对客户说的话。', en: 'Write what you want to say to the customer.' },
  simulation_message_too_long: { 'zh-CN': '一条消息最多 2000 个字，请分几次说。', en: 'A message may have at most 2,000 characters; say it in several messages.' },
} satisfies Record<string, Record<Locale, string>>;

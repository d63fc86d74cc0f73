// The mild 温和型 customer: polite at first, but turns difficult when handled coldly.
import { loc } from '../../tickets/localized.ts';
import type { Persona } from './types.ts';

/** The mild customer: calm and courteous; a cold tone or an empty answer turns them fast. */
export const mild: Persona = {
  key: 'mild',
  name: loc('温和的客户', 'The mild customer'),
  type: null,
  brief: loc('一开始很客气，但一句冷淡的话、一次没交代的等待就可能让他变脸。', 'Courteous at first, but one cold sentence or an unexplained wait can turn them.'),
  startMood: 15,
  acceptBelow: 40,
  requires: [],
  weights: { cold: 25, idle: 8, error: 18 },
  lines: {
    acknowledged: { calm: [loc('好的，谢谢。', 'All right, thank you.')] },
    cold: {
      calm: [loc('哦……好吧。', 'Oh … all right.')],
      tense: [loc('你这话说得有点冷冰冰的，我是客客气气来问的。', 'That sounds rather cold. I came and asked politely.')],
      furious: [loc('我好声好气跟你说，你就这种态度？我要投诉你！', 'I spoke to you nicely and this is your attitude? I am filing a complaint about you!')],
    },
    idle: {
      calm: [loc('嗯？那我该怎么办呢？', 'Hm? So what should I do?')],
      tense: [loc('你能不能给我一句准话？', 'Can you give me a straight answer?')],
      furious: [loc('我已经很有耐心了，你别再敷衍我！', 'I have been very patient. Stop fobbing me off!')],
    },
  },
  scenarios: [
    {
      key: 'sim-activation',
      title: loc('新卡两小时还没开通', 'New SIM not active after two hours'),
      product: loc('刚办理的新手机卡', 'A SIM card just issued'),
      problem: loc('办卡时说半小时开通，两小时后仍无信号。', 'Activation was promised within half an hour; two hours later there is still no signal.'),
      wants: loc('能不能帮我看看，今天能用上就行。', 'Could you take a look? As long as I can use it today.'),
      accepts: loc('当场查看并激活，或说明具体开通时间。', 'Check and activate on the spot, or give a definite activation time.'),
      acceptPattern: '激活|开通',
      opening: loc('你好，打扰一下，我上午办的新卡，说半小时就能用，现在两个小时了还是没信号，能帮我看看吗？', 'Hello, sorry to bother you. I got a new SIM this morning, they said it would work in half an hour, and two hours later there is still no signal. Could you look into it?'),
      details: [
        loc('上午十点在你们这里办的，手机是新买的。', 'I got it here at ten this morning; the phone is new.'),
        loc('重启过两次了，还是显示无服务。', 'I restarted twice; it still says no service.'),
      ],
      acceptLine: loc('太好了，谢谢你这么快帮我处理。', 'Great, thank you for sorting it out so quickly.'),
    },
    {
      key: 'expired-points',
      title: loc('积分没提醒就过期了', 'Points expired without a reminder'),
      product: loc('会员积分三千分', '3,000 loyalty points'),
      problem: loc('积分到期前没有收到任何提醒，全部清零。', 'No reminder came before the points expired; all were cleared.'),
      wants: loc('能不能想办法把积分补回来？', 'Could you find a way to restore the points?'),
      accepts: loc('按政策恢复积分，或赠送等值的话费或流量。', 'Restore the points under the policy, or give credit or data of equal value.'),
      acceptPattern: '恢复|补回|返还|积分|赠送|话费|流量',
      opening: loc('你好，我想问一下，我的积分怎么一下子全没了？之前也没收到提醒，本来想换个充电宝的。', 'Hello, may I ask why all my points suddenly disappeared? I never got a reminder; I was about to exchange them for a power bank.'),
      details: [
        loc('大概有三千分，上个月看还在。', 'About three thousand points; they were there last month.'),
        loc('短信和应用里都没有提醒，我每条短信都会看的。', 'No reminder by text or in the app, and I read every text.'),
      ],
      acceptLine: loc('那就好，谢谢你帮我想办法。', 'That is good — thank you for finding a way.'),
    },
    {
      key: 'plan-change',
      title: loc('想换个更合适的套餐', 'Wants a better-suited plan'),
      product: loc('每月一百五十八元的套餐', 'A 158-yuan monthly plan'),
      problem: loc('每月流量用不完，想换便宜的套餐，问了两次都被晾在一边。', 'The customer never uses all the data, wants a cheaper plan, and was left waiting twice when asking.'),
      wants: loc('帮我换一个便宜点、够用的套餐。', 'Help me change to a cheaper plan that is enough.'),
      accepts: loc('推荐合适的套餐，从下个月起生效。', 'A suitable plan recommended, effective next month.'),
      acceptPattern: '(?:改|换|变更|办理)[^。]{0,6}套餐|下个月|次月',
      opening: loc('你好，我每个月流量都用不完，想换个便宜点的套餐，不知道有没有合适的？', 'Hello, I never use up my data each month and would like a cheaper plan. Do you have something suitable?'),
      details: [
        loc('我每个月大概用十个G，电话打得不多。', 'I use about 10 GB a month and do not call much.'),
        loc('现在是一百五十八的，感觉有点浪费。', 'I am on the 158-yuan plan now; it feels like a waste.'),
      ],
      acceptLine: loc('好的，就换这个吧，谢谢你。', 'Fine, let us switch to that one. Thank you.'),
    },
  ],
};

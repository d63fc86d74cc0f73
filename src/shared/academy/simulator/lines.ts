// The customer's default scripted lines per reaction and mood band; each persona overrides the ones that make it.
import { loc } from '../../tickets/localized.ts';
import type { BandLines, Reaction, Requirement } from './types.ts';

const same = (...lines: ReturnType<typeof loc>[]): BandLines => ({ calm: lines, tense: lines, furious: lines });

/** Lines every persona falls back to. */
export const defaultLines: Record<Exclude<Reaction, 'accept' | 'missing'>, BandLines> = {
  walk_away: same(loc('算了，跟你们说不通。我去营业厅投诉，以后也不在你们这儿办业务了！', 'Forget it, there is no talking to you. I am filing a complaint at the service hall and taking my business elsewhere!')),
  farewell: same(loc('好，那就这么办。谢谢你，再见。', 'Fine, let us do that. Thank you, goodbye.')),
  turn_limit: same(loc('我没时间再耗下去了，先这样吧，回头我再找你们。', 'I have no more time for this. Leave it for now; I will come back to you later.')),
  denied: {
    calm: [loc('我没生气，我只是想把事情说清楚，你这么说我反倒不舒服了。', 'I am not angry, I just want this sorted out, and hearing that makes me feel worse.')],
    tense: [loc('什么叫“别激动”？换了你你不急吗？', 'What do you mean "calm down"? Would you not be upset in my place?')],
    furious: [loc('你还教育起我来了？我今天非要讨个说法不可！', 'Now you are lecturing me? I am not leaving without a proper answer!')],
  },
  irritated: same(loc('你这是什么态度？我说的话你到底有没有放在心上？', 'What kind of attitude is that? Are you even taking what I say seriously?')),
  brushed: {
    calm: [loc('这么说就没意思了，我是来解决问题的，不是来听推脱的。', 'That is not helpful. I came to get this solved, not to be brushed off.')],
    tense: [loc('又是不行、又是不归你管，那我到底该找谁？', 'First it cannot be done, then it is not your job. So who am I supposed to talk to?')],
    furious: [loc('推来推去！你们就是这样对待老客户的？', 'Passing me around again! Is this how you treat loyal customers?')],
  },
  not_yet: {
    calm: [loc('嗯，这个方向可以，我再想想。', 'Hm, that sounds like the right direction. Let me think.')],
    tense: [loc('说得倒轻巧，我心里这口气还没顺过来。', 'Easy for you to say. I am still not over how this was handled.')],
    furious: [loc('现在才想起来给方案？我已经被折腾得够呛了！', 'Only now you come up with something? I have been run ragged already!')],
  },
  offer_other: same(loc('这不是我想要的。', 'That is not what I want.')),
  asked: {
    calm: [loc('好的，我说一下。', 'All right, let me tell you.')],
    tense: [loc('问这么多……行吧。', 'So many questions … fine.')],
    furious: [loc('还要问？我都说过了！', 'More questions? I already told you!')],
  },
  paraphrased: {
    calm: [loc('对，就是这个意思。', 'Yes, that is exactly it.')],
    tense: [loc('对，总算有人听明白了。', 'Right, finally someone gets it.')],
    furious: [loc('对！所以你们打算怎么办？', 'Yes! So what are you going to do about it?')],
  },
  pleased: same(loc('嗯，这话我爱听。', 'Well, that is good to hear.')),
  acknowledged: {
    calm: [loc('谢谢你能理解。', 'Thank you for understanding.')],
    tense: [loc('你能理解就好，可问题还摆在那儿呢。', 'Good that you understand, but the problem is still there.')],
    furious: [loc('光理解有什么用？我要的是解决！', 'What good is understanding? I want it fixed!')],
  },
  cold: {
    calm: [loc('……你们的服务就是这样吗？', '… Is this your idea of service?')],
    tense: [loc('你这态度也太冷淡了吧？', 'Aren\'t you being rather cold about this?')],
    furious: [loc('你就这么敷衍我？叫个会说话的来！', 'Is that all I get? Send me someone who knows how to talk to people!')],
  },
  idle: {
    calm: [loc('然后呢？', 'And then?')],
    tense: [loc('你倒是说句有用的呀。', 'Say something useful, would you?')],
    furious: [loc('你到底能不能解决？不能就直说！', 'Can you fix this or not? If not, say so!')],
  },
};

/** What the customer asks for when a good offer still lacks something they need. */
export const missingLines: Record<Requirement, ReturnType<typeof loc>> = {
  acknowledged: loc('方案先放一边，你们到底知不知道我这几天有多糟心？', 'Never mind the offer for now. Do you have any idea how miserable these days have been for me?'),
  paraphrased: loc('等等，你真的听明白我说的是什么了吗？', 'Wait, did you actually understand what I told you?'),
  timeCommitment: loc('听着还行，可到底什么时候能办好？给我一个准确的时间。', 'That sounds all right, but when exactly will it be done? Give me a definite time.'),
  pleased: loc('这话谁都会说，你说了能算吗？', 'Anyone can say that. Is your word worth anything here?'),
};

// The emotion self-care table: bad moods an agent meets and a short self-talk for each, written for Lingting.
import type { Localized } from '../assessments.ts';

/** When to say the self-talk: on the spot, over and over, or morning, noon and evening for a few days. */
export type SelfTalkRhythm = 'now' | 'daily';

/** One bad mood with the self-talk that answers it. */
export type Mood = { key: string; mood: Localized; selfTalk: Localized; rhythm: SelfTalkRhythm };

function mood(key: string, rhythm: SelfTalkRhythm, zhMood: string, enMood: string, zhTalk: string, enTalk: string): Mood {
  return { key, rhythm, mood: { 'zh-CN': zhMood, en: enMood }, selfTalk: { 'zh-CN': zhTalk, en: enTalk } };
}

/** The moods in the order the page lists them (keys are stored in pins: never rename one). */
export const moods: readonly Mood[] = [
  mood('unwell', 'daily', '觉得身体状态不好', 'Feeling physically low', '我的身体底子不错，休息好就能恢复精神。', 'My body is sound; with some rest I will be myself again.'),
  mood('ill', 'daily', '生病了', 'Being ill', '我在一天天好起来，今天已经比昨天轻松。', 'I am getting better day by day; today is easier than yesterday.'),
  mood('helpless', 'now', '想找人依靠却找不到，觉得无助', 'Wanting someone to lean on and finding no one', '我已经是能独当一面的人，靠自己也能把事情办好。', 'I can stand on my own; I can get this done myself.'),
  mood('deceived', 'now', '被人欺骗，心里失落', 'Being deceived and let down', '我看清了这件事，下次不会再上当，我并没有输掉一切。', 'Now I see it clearly; it will not fool me again, and I have not lost everything.'),
  mood('setback', 'now', '工作受挫，想要放弃', 'A setback at work, wanting to give up', '挫折只是一时的，再坚持一下就会有转机。', 'A setback is only for now; if I keep going a little longer, things will turn.'),
  mood('criticised', 'now', '被严厉批评，情绪低落', 'Harshly criticised and feeling down', '谁都会被批评，这正好让我看到可以改进的地方。', 'Everyone gets criticised; this shows me exactly where I can grow.'),
  mood('falsely_accused', 'now', '被人冤枉，心烦意乱', 'Falsely accused and upset', '事实会说明一切，我先把手上的事做好。', 'The facts will speak for themselves; I will get on with my work.'),
  mood('wronged', 'now', '别人对不起我，很生气', 'Angry because someone treated me badly', '为别人的错生气，伤的是我自己，不值得。', 'Being angry over someone else\'s fault only hurts me; it is not worth it.'),
  mood('looks', 'daily', '为自己的外表自卑', 'Feeling self-conscious about my looks', '自卑改变不了什么，我用专业和真诚赢得尊重。', 'Feeling small changes nothing; my skill and sincerity earn respect.'),
  mood('sad', 'now', '伤心难过', 'Feeling sad', '事情已经发生，难过之后，我还要继续向前。', 'It has happened; after the sadness, I keep moving forward.'),
  mood('regret', 'now', '做错了事，十分懊悔', 'Regretting a mistake', '懊悔补救不了什么，我记住教训，下次做得更好。', 'Regret repairs nothing; I keep the lesson and do better next time.'),
  mood('blamed', 'now', '被人指责，心情很差', 'Being blamed and feeling awful', '别人怎么说由他们，我专心做好自己的事。', 'Let others say what they like; I will focus on doing my work well.'),
  mood('about_to_fail', 'now', '眼看就要失败', 'About to fail', '只要还有一线希望，我就不放弃。', 'As long as there is a chance left, I will not give up.'),
  mood('overwhelmed', 'now', '事情太多，脑子一团乱', 'Too much at once, my head in a muddle', '先停一停、深呼吸，办法总会有的，一件一件来。', 'Pause and breathe; there is always a way, one thing at a time.'),
  mood('low_confidence', 'daily', '信心不足', 'Low confidence', '我有很多长处，我能做好这份工作。', 'I have many strengths; I can do this job well.'),
  mood('not_strong', 'daily', '觉得自己不够坚强', 'Feeling not strong enough', '我撑得住，局面在我的掌控之中。', 'I can hold on; I am in control of this.'),
  mood('about_to_explode', 'now', '忍不住想发火', 'About to lose my temper', '发火解决不了问题，只会更糟；我要心平气和地把话说清楚。', 'Anger solves nothing and makes it worse; I will say my piece calmly.'),
  mood('overlooked', 'daily', '不被重用，觉得怀才不遇', 'Overlooked, my talent unused', '真本事总会被看见，我继续积累，等待机会。', 'Real ability gets noticed in the end; I keep building and wait for my chance.'),
  mood('failed_exam', 'daily', '考核没有通过', 'Failing an assessment', '这次没过只说明这条路要换个走法，我继续努力。', 'Failing once only means this path needs another approach; I keep working.'),
  mood('hard_blow', 'now', '受到打击，心情变差', 'Hit hard and feeling worse', '这点事打不倒我，我不让它影响接下来的工作。', 'This will not knock me down; I will not let it spoil the rest of my work.'),
  mood('money_worries', 'daily', '手头拮据', 'Money worries', '只要踏实努力，日子会一天天好起来。', 'If I keep working steadily, life will get better day by day.'),
  mood('stuck', 'daily', '陷入困境，怎么都走不出来', 'Stuck, nothing I try works', '路总是有的，我很快就能走出这个局面。', 'There is always a way out; I will be through this soon.'),
];

/** The mood of a key, if there is one. */
export function moodOf(key: string): Mood | undefined {
  return moods.find((m) => m.key === key);
}

/** The self-talk suggested when nothing is pinned: the one for losing one's temper, the commonest after a hard call. */
export const suggestedMoodKey = 'about_to_explode';

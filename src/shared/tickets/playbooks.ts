// Playbooks for difficult customers 棘手客户 and hints for the two moods, written afresh from the method.
import type { DifficultType } from './model.ts';
import { loc, type Localized } from './localized.ts';

/** How to recognise and handle one difficult-customer type. */
export type Playbook = {
  name: Localized;
  signs: Localized;
  /** Concrete moves, in the order to try them. */
  approach: Localized[];
  avoid: Localized[];
  /** Model sentences in the positive service style. */
  samplePhrases: Localized[];
  toneHint: Localized;
};

/** The playbook for each difficult-customer type, shown beside the conversation. */
export const playbooks: Record<DifficultType, Playbook> = {
  emotional: {
    name: loc('情绪失控型', 'Emotional'),
    signs: loc('情绪激动、抵触，甚至出言不逊。', 'Agitated and hostile, sometimes insulting.'),
    approach: [
      loc('先承认并尊重客户的感受，让对方知道我明白他为什么生气。', 'Acknowledge and respect the feeling first, so the customer knows you see why they are upset.'),
      loc('放慢语速、放低音量，用平稳的语气帮客户静下来。', 'Slow down and lower your voice; a steady tone helps the customer calm down.'),
      loc('让客户把不满全部说出来，不插话，也不急着解释。', 'Let the customer get it all out without interrupting or rushing to explain.'),
      loc('给出具体承诺：由谁处理、什么时候有结果，让客户放心。', 'Reassure with a concrete commitment: who will handle it and when there will be a result.'),
      loc('请客户说出希望的解决办法，合理且在权限内的就采纳。', 'Ask what solution the customer has in mind and adopt it when it is reasonable and within your authority.'),
    ],
    avoid: [
      loc('说“您别这么激动”之类否定客户情绪的话。', 'Denying the feeling, e.g. "there is no need to get so worked up".'),
      loc('用“是的，但是……”打断客户。', 'Cutting in with "yes, but …".'),
      loc('提高嗓门、与客户争辩。', 'Raising your voice or arguing back.'),
    ],
    samplePhrases: [
      loc('遇到这样的事，换作是我也会着急，谢谢您愿意告诉我。', 'If this had happened to me I would be upset too. Thank you for telling me.'),
      loc('我今天下午五点前给您回电话，告诉您处理结果。', 'I will call you back before five this afternoon with the result.'),
      loc('您希望怎样处理？在我的权限内，我马上为您安排。', 'How would you like this handled? Within my authority, I will arrange it right away.'),
    ],
    toneHint: loc('语速比客户慢一些，声音平稳温和。', 'Speak a little slower than the customer, in a steady, warm voice.'),
  },
  stubborn: {
    name: loc('固执型', 'Stubborn'),
    signs: loc('坚持己见，听不进解释，反复争取同一个要求。', 'Holds to their own view, will not take in explanations, presses the same demand again and again.'),
    approach: [
      loc('简短听完客户的看法，表示理解。', 'Hear the customer\'s view briefly and show that you understand it.'),
      loc('用简单明确的话说明公司政策和我能提供的方案，不长篇说服。', 'State the policy and what you can offer in plain, brief words instead of long persuasion.'),
      loc('态度友好、语气果断，前后说法保持一致。', 'Stay friendly and decisive, and say the same thing each time.'),
      loc('必要时在权限内加一点小补偿，帮助双方达成一致。', 'If needed, add a small extra compensation within your authority to reach agreement.'),
    ],
    avoid: [
      loc('花大量时间辩论，非要客户认同。', 'Spending a long time debating until the customer agrees.'),
      loc('含糊其辞，或前后说法不一。', 'Being vague, or changing your answer.'),
      loc('因为客户坚持就随意突破政策。', 'Breaking policy just because the customer insists.'),
    ],
    samplePhrases: [
      loc('我理解您的想法。按照保修政策，我为您免费维修，另外送您一张五十元话费券，您看可以吗？', 'I understand your view. Under the warranty I will repair it free of charge and add a 50-yuan phone credit. Would that work for you?'),
      loc('这是我们对每位客户都一样的标准，我会把您的意见如实转达给负责的同事。', 'This is the same standard we apply to every customer, and I will pass your view on, word for word, to the colleague responsible.'),
    ],
    toneHint: loc('简洁、坚定、友好。', 'Brief, firm and friendly.'),
  },
  talkative: {
    name: loc('唠叨型', 'Talkative'),
    signs: loc('说个不停，同一件事反复讲。', 'Talks on and on and tells the same story again.'),
    approach: [
      loc('先当好听众，给客户充分表达的机会。', 'Be a good listener first and give the customer room to say everything.'),
      loc('客户开始重复时，趁停顿礼貌地接过话：“您说的情况我已经完全了解了。”', 'When the customer starts repeating, take over politely at a pause: "I have fully understood the situation."'),
      loc('用一两句话复述要点，请客户确认。', 'Restate the key points in a sentence or two and ask the customer to confirm.'),
      loc('紧接着提出具体方案，把对话引向解决。', 'Follow straight away with a concrete proposal to steer towards a solution.'),
    ],
    avoid: [
      loc('生硬打断，或流露出不耐烦。', 'Cutting in abruptly or showing impatience.'),
      loc('任由对话无休止地进行下去。', 'Letting the conversation run on without end.'),
      loc('跟着客户跑题。', 'Following the customer off topic.'),
    ],
    samplePhrases: [
      loc('谢谢您讲得这么仔细，您的情况我已经完全了解了：手机买了两周就常常自动关机，您希望换一台新的。', 'Thank you for explaining it so carefully. I have fully understood: the phone keeps switching itself off two weeks after purchase, and you would like a new one.'),
      loc('我现在就为您办理换机手续，您看这样可以吗？', 'I will start the exchange for you right now. Is that all right with you?'),
    ],
    toneHint: loc('耐心亲切，适时把握对话方向。', 'Patient and warm, taking the lead at the right moment.'),
  },
  arrogant: {
    name: loc('妄自尊大型', 'Arrogant'),
    signs: loc('以自我为中心，要求别人立刻放下手头的事先为他服务。', 'Self-centred; expects everyone to drop what they are doing and serve them first.'),
    approach: [
      loc('称呼得体，表现出尊重，照顾客户的面子。', 'Address the customer properly and show respect for their standing.'),
      loc('避免正面冲突，不与客户比谁的声音大。', 'Avoid open conflict and never try to out-shout the customer.'),
      loc('温和地说明办理顺序，对每位客户一视同仁。', 'Gently explain the order of service, which is the same for every customer.'),
      loc('告诉客户大约要等多久，并在等待时提供方便，比如先登记资料。', 'Tell the customer roughly how long the wait is and make it easier, e.g. by taking their details in advance.'),
    ],
    avoid: [
      loc('冷淡或带讽刺的语气。', 'A cold or sarcastic tone.'),
      loc('为了息事宁人让客户插队，打乱公平秩序。', 'Letting the customer jump the queue to keep the peace.'),
      loc('与客户争面子、较输赢。', 'Turning it into a contest of pride.'),
    ],
    samplePhrases: [
      loc('王先生，我先为您登记资料，大约十分钟后就轮到您，感谢您的耐心等待。', 'Mr Wang, I will take your details now; it will be your turn in about ten minutes. Thank you for your patience.'),
      loc('为了对每位客户都公平，我们按顺序办理，轮到您时我第一时间为您服务。', 'To be fair to every customer we serve in order, and I will be with you the moment it is your turn.'),
    ],
    toneHint: loc('恭敬得体，不卑不亢。', 'Respectful and composed, neither servile nor cold.'),
  },
  boss_demanding: {
    name: loc('要找老板型', 'Boss-demanding'),
    signs: loc('语气咄咄逼人，动不动就说“叫你们领导来”。', 'Aggressive; keeps saying "get me your manager".'),
    approach: [
      loc('保持冷静，不对抗，也不把这句话当成威胁。', 'Stay calm; do not push back or take the demand as a threat.'),
      loc('明确告诉客户：我有充分授权，会在政策范围内给出最好的方案。', 'Tell the customer clearly that you are fully authorised to give the best solution the policy allows.'),
      loc('立即给出具体方案，用行动让客户放心。', 'Offer a concrete solution at once and let the action reassure the customer.'),
      loc('确实超出权限时，由我主动请主管介入，并告诉客户何时答复。', 'If it truly exceeds your authority, bring in your supervisor yourself and tell the customer when they will hear back.'),
    ],
    avoid: [
      loc('说“找领导也一样”之类激化矛盾的话。', 'Provoking remarks such as "the manager will tell you the same".'),
      loc('客户一提领导就把问题推给上级。', 'Handing the case upward the moment a manager is mentioned.'),
      loc('流露出紧张或被冒犯的情绪。', 'Showing that you feel nervous or offended.'),
    ],
    samplePhrases: [
      loc('请您放心，这件事由我全权负责，我会在公司政策内为您争取最好的方案。', 'Please rest assured: I have full authority over this and will get you the best solution our policy allows.'),
      loc('我现在就为您办理退款，三个工作日内退回您的账户。', 'I am processing your refund now; it will be back in your account within three working days.'),
    ],
    toneHint: loc('沉着自信，真诚坦率。', 'Calm, confident and sincere.'),
  },
  picky: {
    name: loc('挑剔型', 'Picky'),
    signs: loc('要求苛刻，专在细节上找毛病。', 'Exacting; finds fault with every detail.'),
    approach: [
      loc('先感谢并称赞客户的细心，他在帮我们免费把关质量。', 'Thank and praise the customer\'s care first; they are checking our quality for free.'),
      loc('营造融洽的气氛，不计较客户的措辞。', 'Build a friendly atmosphere and let sharp wording pass.'),
      loc('站在客户的角度，问清楚到底是哪一点让他不满意。', 'See it from the customer\'s side and find out exactly which point displeases them.'),
      loc('合理的意见给出改进或补救措施，并承诺完成时间；无法满足的说明原因并提供替代办法。', 'For a fair point, commit to a fix or remedy with a time; when it cannot be met, give the reason and an alternative.'),
    ],
    avoid: [
      loc('把客户看成来找麻烦的人。', 'Treating the customer as a troublemaker.'),
      loc('在细节上争论谁对谁错。', 'Arguing over details about who is right.'),
      loc('只口头答应，没有具体时间。', 'Promising with no date attached.'),
    ],
    samplePhrases: [
      loc('谢谢您这么细心地帮我们发现问题，这对我们改进服务很有帮助。', 'Thank you for spotting this so carefully; it really helps us improve.'),
      loc('您提到的包装破损，我明天中午前为您补寄一个新的包装盒，您看可以吗？', 'For the damaged packaging you mentioned, I will send you a new box by noon tomorrow. Would that suit you?'),
    ],
    toneHint: loc('真诚谦和，注重细节。', 'Sincere and modest, attentive to detail.'),
  },
};

/** The two moods an agent should recognise at the start of a contact. */
export type Mood = 'mild' | 'angry';

/** What a mood looks like and how to handle it. */
export type MoodHint = { name: Localized; signs: Localized; approach: Localized[] };

/** Hints for the mild 温和型 and the angry 怒气型 customer. */
export const moodHints: Record<Mood, MoodHint> = {
  mild: {
    name: loc('温和型', 'Mild'),
    signs: loc('一开始很客气，但可能因为一句不当的语气或一次过长的等待突然变脸。', 'Polite at first, but may turn suddenly over one wrong tone or one hold that lasts too long.'),
    approach: [
      loc('从头到尾保持同样礼貌的语气。', 'Keep the same courteous tone from start to finish.'),
      loc('尽量不让客户久等；需要等待时先说明大约多久，回来时感谢客户的耐心等待。', 'Keep holds short; say how long a wait will be and thank the customer for their patience when you return.'),
      loc('留意语气变冷、回答变短等信号，一有苗头就主动关心。', 'Watch for a cooler tone or shorter answers and check in as soon as they appear.'),
    ],
  },
  angry: {
    name: loc('怒气型', 'Angry'),
    signs: loc('一开口就带着火气和敌意。', 'Hostile and heated from the first words.'),
    approach: [
      loc('先让客户把火气发出来，认真听，不辩解。', 'Let the customer vent first; listen closely and do not defend.'),
      loc('承认客户的感受，再以第一人称道歉。', 'Acknowledge the feeling, then apologise in the first person.'),
      loc('语速放慢、音量放低，尽快给出具体承诺。', 'Slow down, lower your voice and give a concrete commitment quickly.'),
      loc('按“情绪失控型”的应对步骤处理。', 'Follow the playbook for the emotional type.'),
    ],
  },
};

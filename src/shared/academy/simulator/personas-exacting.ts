// The boss-demanding 要找老板 and the picky 挑剔 personas with their scenarios.
import { loc } from '../../tickets/localized.ts';
import type { Persona } from './types.ts';

/** The customer who demands the boss: calmed by the agent's own authority and a concrete solution. */
export const bossDemanding: Persona = {
  key: 'boss_demanding',
  name: loc('要找老板的客户', 'The customer who wants the boss'),
  type: 'boss_demanding',
  brief: loc('张口就要找领导。保持冷静，说明你有权处理，马上给出具体方案。', 'Demands the manager at once. Stay calm, say you have the authority and offer a concrete solution straight away.'),
  startMood: 70,
  acceptBelow: 40,
  requires: ['pleased'],
  weights: { pleased: -18 },
  pleaser: '全权|我有权|有权限|由我(?:来)?负责|我来负责|我负责(?:处理|到底)|授权',
  irritant: '找领导也一样|领导也没用|领导不在|找谁都一样|找谁都没用',
  pleaserAsk: loc('你一个小职员说了能算吗？还是叫你们领导来吧。', 'Can a junior clerk like you really decide this? Just get your manager.'),
  lines: {
    acknowledged: {
      calm: [loc('嗯，那你打算怎么处理？', 'Hm, so how will you handle it?')],
      tense: [loc('理解有什么用，叫你们领导来！', 'Understanding is no use. Get your manager!')],
      furious: [loc('我不跟你说，叫你们老板出来！', 'I am not talking to you. Get your boss out here!')],
    },
    idle: { tense: [loc('别磨蹭了，领导呢？', 'Stop stalling. Where is the manager?')], furious: [loc('我再说一遍，叫你们老板来！', 'I will say it once more: get your boss!')] },
  },
  scenarios: [
    {
      key: 'wrong-colour',
      title: loc('网购手机发错颜色', 'Online order delivered in the wrong colour'),
      product: loc('网上商城订购的蓝色手机', 'A blue phone ordered from the online store'),
      problem: loc('收到的是黑色，客服热线等了二十分钟。', 'A black one arrived, and the hotline kept the customer waiting twenty minutes.'),
      wants: loc('我要你们老板给我道歉，马上给我换！', 'I want your boss to apologise and to exchange it right now!'),
      accepts: loc('由坐席直接办理换货，上门取件并加急发出正确颜色，或全额退款。', 'The agent arranges the exchange directly: pickup at the door and the right colour sent express, or a full refund.'),
      acceptPattern: '换货|换成|重新发|补发|退款|退货|上门取',
      opening: loc('我买的是蓝色，你们给我寄个黑的！热线等了二十分钟，叫你们老板来跟我说！', 'I ordered blue and you sent me black! I waited twenty minutes on the hotline — get your boss to talk to me!'),
      details: [
        loc('订单是上周五下的，昨天刚收到。', 'I placed the order last Friday and it arrived yesterday.'),
        loc('盒子还没拆封，我一看标签就是黑色。', 'The box is still sealed; the label says black.'),
      ],
      acceptLine: loc('行，你能做主就好，今天就给我办。', 'All right, if you can decide, do it today.'),
    },
    {
      key: 'double-top-up',
      title: loc('充值被扣了两次', 'A top-up charged twice'),
      product: loc('手机话费充值一百元', 'A 100-yuan phone credit top-up'),
      problem: loc('银行卡被扣了两次，到账只有一次。', 'The bank card was charged twice, but the credit arrived once.'),
      wants: loc('多扣的钱马上退，不然我找你们领导投诉。', 'Refund the double charge now, or I will complain to your manager.'),
      accepts: loc('核实后原路退还多扣的一百元，并说明到账时间。', 'After checking, the extra 100 yuan refunded to the card, with a date for the money to arrive.'),
      acceptPattern: '退(?:还|回|款)|返还|原路',
      opening: loc('我充一百块你们扣我两百！跟你说没用，叫你们领导来。', 'I topped up a hundred and you took two hundred! Talking to you is pointless — get your manager.'),
      details: [
        loc('昨天晚上八点多在你们的应用里充的。', 'I topped up in your app at about eight last night.'),
        loc('银行短信提醒了两次，每次一百。', 'The bank texted me twice, a hundred each time.'),
      ],
      acceptLine: loc('好，你说到做到，钱退回来我就不找领导了。', 'Good. Keep your word, and once the money is back I will not go to your manager.'),
    },
    {
      key: 'install-delay',
      title: loc('宽带安装拖了一周', 'Broadband installation a week late'),
      product: loc('新办理的家庭宽带', 'A newly ordered home broadband line'),
      problem: loc('承诺三天内安装，一周了还没人联系。', 'Installation was promised within three days; a week on, nobody has called.'),
      wants: loc('叫你们经理给我个说法，今天就安排安装！', 'Get your manager to explain, and arrange the installation today!'),
      accepts: loc('约定确切的安装时间，并减免首月费用。', 'A definite installation time and the first month free.'),
      acceptPattern: '安装|上门|减免|免收|免费',
      opening: loc('你们说三天装好，现在一个礼拜了连个电话都没有！我要找你们经理！', 'You said three days and a week later not even a phone call! I want your manager!'),
      details: [
        loc('上周三在营业厅办的，当时说最晚周六上门。', 'I signed up at the service hall last Wednesday; they said Saturday at the latest.'),
        loc('我在家办公，没网一天就损失一天。', 'I work from home; every day without internet costs me.'),
      ],
      acceptLine: loc('好，你负责到底，我就等你们按时上门。', 'Fine. You own it, and I will expect you at the time you said.'),
    },
  ],
};

/** The picky customer: finds fault with every detail; praise for their care and a dated remedy win them over. */
export const picky: Persona = {
  key: 'picky',
  name: loc('挑剔的客户', 'The picky customer'),
  type: 'picky',
  brief: loc('专挑细节上的毛病。先感谢他的细心，问清哪一点不满意，承诺补救和完成时间。', 'Finds fault with every detail. Thank them for their care, find out exactly what displeases them, and commit to a remedy with a time.'),
  startMood: 55,
  acceptBelow: 35,
  requires: ['timeCommitment'],
  weights: { timeCommitment: -12, pleased: -12 },
  pleaser: '细心|仔细|谢谢您(?:的)?提醒|您说得对|帮我们发现|认真',
  irritant: '这没什么|不影响使用|别人都没意见|您想多了',
  lines: {
    acknowledged: {
      calm: [loc('嗯，还有一点我也得说说。', 'Hm, there is one more thing I must mention.')],
      tense: [loc('光说理解可不够，细节决定一切。', 'Understanding is not enough; details are everything.')],
      furious: [loc('你们做事就是这么粗心！', 'You are simply careless!')],
    },
  },
  scenarios: [
    {
      key: 'scratched-box',
      title: loc('新手机包装有划痕', 'Scratches on the new phone\'s box'),
      product: loc('刚送到的新手机', 'A phone just delivered'),
      problem: loc('包装盒有划痕、贴膜有气泡、发票抬头少了一个字。', 'The box is scratched, the screen protector has a bubble and one character is missing from the invoice title.'),
      wants: loc('这些问题你们都得给我弄好。', 'You must fix every one of these.'),
      accepts: loc('补寄新包装盒、重新贴膜、重开发票，并说明完成时间。', 'A new box sent, the protector reapplied, the invoice reissued, each with a date.'),
      acceptPattern: '包装|盒|发票|贴膜|补寄|重新开|重开',
      opening: loc('你们这手机怎么回事？盒子上三道划痕，膜里有气泡，发票抬头还少了个字，你们就是这么做事的？', 'What is going on with this phone? Three scratches on the box, a bubble under the film, a character missing on the invoice. Is this how you work?'),
      details: [
        loc('划痕在盒子正面，一看就是仓库磕的。', 'The scratches are on the front of the box; clearly knocked in the warehouse.'),
        loc('发票抬头是我们公司名，少了一个“限”字，报销不了。', 'The invoice title is my company name, missing the character "限"; it cannot be claimed.'),
      ],
      acceptLine: loc('好，说清楚了时间，我就等你们补过来。', 'Good. With a date given, I will wait for you to put it right.'),
    },
    {
      key: 'bill-rounding',
      title: loc('账单差了一毛钱', 'The bill is ten fen off'),
      product: loc('月度话费账单', 'A monthly phone bill'),
      problem: loc('客户自己算的和账单差了零点一元，明细格式也看不懂。', 'The customer\'s own sum differs from the bill by 0.10 yuan, and the itemised format is unclear.'),
      wants: loc('一毛钱也是钱，给我说清楚，账单改对。', 'Ten fen is still money. Explain it and correct the bill.'),
      accepts: loc('逐项核对明细，说明差额来源，有误则更正并退还。', 'Check item by item, explain where the difference comes from, and correct and refund if it is wrong.'),
      acceptPattern: '核对|更正|重新出|退还|明细|核实',
      opening: loc('我自己算了三遍，你们的账单多收了一毛钱，明细还排得乱七八糟。', 'I added it up three times: your bill overcharges ten fen, and the itemisation is a mess.'),
      details: [
        loc('通话费那一栏，我按分钟算是二十三块四，你们写二十三块五。', 'Under calls, I make it 23.40 by the minute; you wrote 23.50.'),
        loc('明细里流量按天列，通话按次列，根本对不上。', 'Data is listed by day and calls by each call; the two do not line up at all.'),
      ],
      acceptLine: loc('行，你认真核对了，按时给我更正就好。', 'All right, you checked it properly. Correct it on time and we are fine.'),
    },
    {
      key: 'case-gap',
      title: loc('手机壳有一毫米缝隙', 'A one-millimetre gap in the phone case'),
      product: loc('店里买的原厂手机壳', 'An original phone case bought in the shop'),
      problem: loc('壳子边缘有约一毫米缝隙，客户觉得做工不合格。', 'The case edge leaves a gap of about one millimetre; the customer finds the workmanship unacceptable.'),
      wants: loc('这么贵的壳子，一点缝都不该有。', 'A case this expensive should have no gap at all.'),
      accepts: loc('当场换一个检查过的新壳或换其他款式，并说明时间。', 'An inspected replacement or another model, with a time given.'),
      acceptPattern: '换|退',
      opening: loc('你看这个角，壳子跟手机之间有条缝，一毫米都不止，这做工也太差了吧？', 'Look at this corner: there is a gap between case and phone, over a millimetre. Isn\'t that shoddy work?'),
      details: [
        loc('右下角最明显，灰都能进去。', 'It is worst at the bottom right; dust gets in.'),
        loc('买了三天，一直这样，不是我摔的。', 'Bought three days ago, it has been like this from the start; I did not drop it.'),
      ],
      acceptLine: loc('嗯，你这么仔细，我也就放心了。', 'Well, since you are this careful, I feel reassured.'),
    },
  ],
};

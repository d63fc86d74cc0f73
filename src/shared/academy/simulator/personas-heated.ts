// The emotional 情绪失控 and the stubborn 固执 personas with their scenarios (phone shop and telecom operator).
import { loc } from '../../tickets/localized.ts';
import type { Persona } from './types.ts';

/** The emotional customer: starts furious; acknowledging the feeling calms them, denying it makes it worse. */
export const emotional: Persona = {
  key: 'emotional',
  name: loc('情绪失控的客户', 'The emotional customer'),
  type: 'emotional',
  brief: loc('一开口就火冒三丈，说话很冲。先接住情绪，再谈方案。', 'Furious from the first word and sharp-tongued. Take in the feeling first, then talk solutions.'),
  startMood: 80,
  acceptBelow: 40,
  requires: ['acknowledged', 'timeCommitment'],
  weights: { acknowledged: -15, deniedEmotion: 25 },
  lines: {
    acknowledged: {
      furious: [loc('你理解？你根本不知道我这几天是怎么过的！', 'You understand? You have no idea what the last few days have been like for me!')],
      tense: [loc('……好吧，总算有人肯听我说了。', '… All right, at least someone is listening now.')],
    },
    idle: { furious: [loc('你倒是说话呀！我等了半天就等来这个？', 'Say something! I waited all this time for that?')] },
  },
  scenarios: [
    {
      key: 'black-screen',
      title: loc('新手机通话黑屏', 'New phone goes black during calls'),
      product: loc('五天前在门店买的新款手机', 'A new phone bought at the shop five days ago'),
      problem: loc('一打电话屏幕就黑，挂不了机；已经跑了两趟门店都没解决。', 'The screen goes black during every call and the call cannot be ended; two trips to the shop did not fix it.'),
      wants: loc('我就要今天换一台新的，别再让我跑第三趟！', 'I want a new one today. Do not make me come back a third time!'),
      accepts: loc('按三十天包换政策换一台新机，或先借一台备用机再检测。', 'An exchange for a new phone under the 30-day exchange policy, or a loaner phone while it is checked.'),
      acceptPattern: '换(?:一台|一部|个)?新|换机|新机|备用机',
      opening: loc('你们卖的什么破手机！才买五天，一打电话就黑屏，我都跑了两趟了，今天必须给我个说法！', 'What kind of junk phone do you sell? Five days old and the screen goes black on every call. This is my second trip — I want an answer today!'),
      details: [
        loc('上周六买的，发票还在我包里。', 'I bought it last Saturday; the receipt is in my bag.'),
        loc('每次接电话脸一贴上去屏幕就黑了，想挂都挂不掉，耽误了我好几个客户的电话。', 'Every time I hold it to my ear the screen goes black and I cannot hang up. I have missed calls from several clients.'),
      ],
      acceptLine: loc('行，今天能换新的就好。早这么办我也不至于发这么大火。', 'Fine, as long as I get a new one today. If you had done this at the start I would not have lost my temper.'),
    },
    {
      key: 'unknown-charge',
      title: loc('话费里多出一笔扣费', 'An unknown charge on the phone bill'),
      product: loc('每月一百二十八元的手机套餐', 'A 128-yuan monthly mobile plan'),
      problem: loc('这个月被扣了六十元的增值业务费，客户从没订过。', 'This month 60 yuan was charged for a value-added service the customer never ordered.'),
      wants: loc('把钱退给我，把这个乱七八糟的业务给我关掉！', 'Give me my money back and switch this rubbish service off!'),
      accepts: loc('退订该业务并退还扣费，说明到账时间。', 'Cancel the service and refund the charge, saying when the money will arrive.'),
      acceptPattern: '退(?:还|回|款|费)|返还|退订|取消',
      opening: loc('你们是抢钱吗？我从来没订过什么业务，凭什么扣我六十块！', 'Are you robbing people? I never ordered any service — why did you take sixty yuan from me?'),
      details: [
        loc('就是这个月的账单，上面写着什么“视频会员”，我连听都没听过。', 'It is on this month\'s bill: some "video membership" I have never even heard of.'),
        loc('我每个月都是自动扣费，这次一看多了六十，上个月好像也多了。', 'I pay by direct debit every month. This time it was sixty more, and I think last month too.'),
      ],
      acceptLine: loc('好，退订了、钱也退回来，那我就不追究了。', 'Good. If it is cancelled and the money comes back, I will let it go.'),
    },
    {
      key: 'broadband-down',
      title: loc('宽带断网三天', 'Home broadband down for three days'),
      product: loc('家庭宽带（三百兆）', 'Home broadband (300 Mbps)'),
      problem: loc('断网三天，约好的师傅两次都没上门。', 'No internet for three days; the technician missed two booked visits.'),
      wants: loc('今天必须有人来修好，这几天的钱也不能白交！', 'Someone has to fix it today, and I am not paying for days without service!'),
      accepts: loc('约定确切时间安排师傅上门，并减免断网期间的费用。', 'A technician visit at a definite time and a credit for the days without service.'),
      acceptPattern: '上门|师傅|工程师|维修人员|减免|补偿',
      opening: loc('三天了！三天没网！孩子上网课都上不了，你们的师傅放了我两次鸽子，还有没有人管？', 'Three days! No internet for three days! My child cannot attend online classes and your technician stood me up twice. Does anyone care?'),
      details: [
        loc('周一晚上开始断的，光猫上有个红灯一直闪。', 'It went down on Monday evening; a red light keeps flashing on the modem.'),
        loc('约了周二和周三上午，我请假在家等，结果谁都没来，电话也没一个。', 'Visits were booked for Tuesday and Wednesday morning. I took time off to wait and nobody came or even called.'),
      ],
      acceptLine: loc('好，说定了时间就行，这回可别再让我白等。', 'All right, a fixed time will do. Just do not make me wait for nothing again.'),
    },
  ],
};

/** The stubborn customer: holds to one demand; a brief, firm answer with a small extra brings agreement. */
export const stubborn: Persona = {
  key: 'stubborn',
  name: loc('固执的客户', 'The stubborn customer'),
  type: 'stubborn',
  brief: loc('认准一个要求不松口。说法要简短一致，必要时在权限内加一点小补偿。', 'Sticks to one demand. Keep it short and consistent, and add a small extra within your authority if needed.'),
  startMood: 55,
  acceptBelow: 45,
  requires: ['pleased'],
  weights: { acknowledged: -6, apologised: -4, asked: -2, offeredOther: 10, pleased: -15 },
  pleaser: '话费券|代金券|优惠券|赠送|送您|积分|额外',
  irritant: '规定就是规定|没得商量|您必须|听不懂',
  pleaserAsk: loc('就这样？我大老远跑一趟，总得有点表示吧。', 'That is it? I came all this way — surely that is worth something extra.'),
  lines: {
    acknowledged: {
      calm: [loc('理解归理解，我的要求不变。', 'Understanding is one thing; my demand stays the same.')],
      tense: [loc('你理解就照我说的办。', 'If you understand, then do as I say.')],
      furious: [loc('别绕弯子，我就一句话：照我说的办！', 'Stop beating around the bush. One thing: do as I say!')],
    },
    offer_other: { calm: [loc('不行，我还是那句话。', 'No. I will say it again.')], tense: [loc('我说了多少遍了？', 'How many times do I have to say it?')], furious: [loc('我不听这些！', 'I do not want to hear it!')] },
  },
  scenarios: [
    {
      key: 'swollen-battery',
      title: loc('过保手机电池鼓包', 'Swollen battery just out of warranty'),
      product: loc('十四个月前买的手机', 'A phone bought fourteen months ago'),
      problem: loc('电池鼓包，后盖翘起；已过一年保修期。', 'The battery has swollen and lifted the back cover; the one-year warranty has ended.'),
      wants: loc('我就要免费换一台新手机，这是你们的质量问题。', 'I want a new phone free of charge. It is your quality problem.'),
      accepts: loc('免费检测、电池按成本价更换，另送一张话费券。', 'A free check and the battery replaced at cost, plus a phone-credit voucher.'),
      acceptPattern: '电池|检测|维修',
      opening: loc('这手机电池鼓起来了，你们给我换台新的，别跟我说什么过保。', 'The battery in this phone has swollen. Give me a new phone, and do not tell me about warranties.'),
      details: [
        loc('买了一年零两个月，一直好好的，上周突然鼓起来。', 'I have had it fourteen months, it was fine until it suddenly swelled last week.'),
        loc('我每天都用原装充电器，没摔过也没进过水。', 'I always use the original charger; it has never been dropped or wet.'),
      ],
      acceptLine: loc('行吧，电池换好、再给张话费券，这事就这么定了。', 'All right — a new battery and a phone credit. That settles it.'),
    },
    {
      key: 'early-cancel',
      title: loc('合约期内要求销户', 'Cancelling within the contract term'),
      product: loc('两年期合约套餐（还剩八个月）', 'A two-year contract plan with eight months left'),
      problem: loc('客户搬家，要求立即销户且不交违约金。', 'The customer is moving and wants to cancel at once without the early-termination fee.'),
      wants: loc('我今天就销户，违约金一分都不交。', 'I am cancelling today and not paying a cent of penalty.'),
      accepts: loc('改办一个更便宜的保号套餐，或按政策减免部分违约金。', 'Switch to a cheaper keep-the-number plan, or have part of the fee waived under the policy.'),
      acceptPattern: '(?:改|换|变更|转)[^。]{0,6}套餐|保号|减免|违约金',
      opening: loc('我要销户，今天就办，违约金我是不会交的。', 'I want to cancel my account today, and I am not paying any penalty.'),
      details: [
        loc('我下个月搬到外地去了，这个号在那边用不上。', 'I am moving to another city next month; this plan is no use to me there.'),
        loc('合约还剩八个月，每个月九十八块。', 'There are eight months left on the contract, 98 yuan a month.'),
      ],
      acceptLine: loc('换成便宜的套餐、再送点话费，那也行，就这么办吧。', 'A cheaper plan with some credit on top — fine, let us do that.'),
    },
    {
      key: 'lucky-number',
      title: loc('非要一个已被预留的号码', 'Insisting on a reserved number'),
      product: loc('新开手机号', 'A new mobile number'),
      problem: loc('客户想要的尾号“8888”已被预留，无法办理。', 'The number ending in 8888 the customer wants is already reserved.'),
      wants: loc('我就要尾号八八八八的那个号。', 'I want the number ending in 8888, nothing else.'),
      accepts: loc('从可选的类似号码里挑一个，并减免选号费。', 'Pick a similar available number with the selection fee waived.'),
      acceptPattern: '(?:其他|类似|相近|别的|其它)[^。]{0,8}号|选号|号码',
      opening: loc('我就要那个尾号八八八八的号码，别的我都不要。', 'I want that number ending in 8888 and nothing else.'),
      details: [
        loc('我做生意的，这个号吉利，朋友都说好。', 'I run a business; that number is lucky, all my friends say so.'),
        loc('昨天我在网上看到还在，今天就没了？', 'Yesterday it was still listed online, and today it is gone?'),
      ],
      acceptLine: loc('那就要这个吧，选号费免了我就不计较了。', 'Then I will take this one; if the fee is waived I will let it go.'),
    },
  ],
};

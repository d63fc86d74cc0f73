// The talkative 唠叨 and the arrogant 妄自尊大 personas with their scenarios.
import { loc } from '../../tickets/localized.ts';
import type { Persona } from './types.ts';

/** The talkative customer: rambles and repeats; a paraphrase ("I have fully understood …") moves them on. */
export const talkative: Persona = {
  key: 'talkative',
  name: loc('唠叨的客户', 'The talkative customer'),
  type: 'talkative',
  brief: loc('说个不停、反复讲同一件事。先耐心听，再复述要点、提出方案。', 'Talks on and repeats the story. Listen patiently, then restate the key points and propose.'),
  startMood: 45,
  acceptBelow: 35,
  requires: ['paraphrased'],
  weights: { paraphrased: -18, idle: 8 },
  irritant: '说重点|长话短说|别说了|快点说|挑重点',
  lines: {
    idle: {
      calm: [loc('我跟你讲啊，这事还得从头说起……', 'Let me tell you, it all goes back to the beginning …'), loc('对了，我刚才说到哪儿了？哦对……', 'Where was I? Oh yes …')],
      tense: [loc('你听我说完嘛，我话还没讲完呢……', 'Let me finish, I have not finished yet …')],
      furious: [loc('我说了半天你一句有用的都没有！', 'I have been talking all this time and you have not said one useful thing!')],
    },
    acknowledged: {
      calm: [loc('是吧，你也觉得是这样。我再跟你说说……', 'Right, you see it too. Let me tell you more …')],
      tense: [loc('你明白就好，我接着说啊……', 'Good that you see it. As I was saying …')],
    },
  },
  scenarios: [
    {
      key: 'auto-shutdown',
      title: loc('手机总是自动关机', 'Phone keeps switching itself off'),
      product: loc('两周前给女儿买的生日礼物手机', 'A phone bought two weeks ago as a birthday gift for her daughter'),
      problem: loc('手机一天自动关机好几次，客户边说边扯到女儿、生日和上一台手机。', 'The phone switches off several times a day; the customer drifts into stories about her daughter, the birthday and the old phone.'),
      wants: loc('反正我就是想要一台好好的手机，别再自己关机了。', 'All I want is a phone that works and stops switching itself off.'),
      accepts: loc('复述清楚问题后，按包换政策换新机或先送检。', 'Once the problem is restated, an exchange under the exchange policy or a check first.'),
      acceptPattern: '(?:为您|帮您|给您)[^。，？]{0,6}(?:换|检测|维修|送检)|换机手续',
      opening: loc('哎呀你好，我跟你说，这手机是我给女儿买的生日礼物，她十八岁生日嘛，我挑了好久，结果才两个星期就老是自己关机，我女儿都不高兴了，我以前那台用了五年都没这样……', 'Oh hello, let me tell you: I bought this phone as my daughter\'s eighteenth birthday present, took ages to choose it, and after only two weeks it keeps switching itself off. My daughter is upset, and my old phone never did this in five years …'),
      details: [
        loc('一天得关三四次吧，有时候正拍照呢就黑了，我女儿说是不是发热……她同学的就没事。', 'Three or four times a day. Sometimes it dies while she is taking photos; my daughter thinks it overheats … her classmate\'s is fine.'),
        loc('就在你们这个店买的，那天人可多了，我排了好久的队。', 'Bought right here in this shop; it was so busy that day, I queued for ages.'),
      ],
      acceptLine: loc('对对，就是这么回事，你说得比我清楚。那就这么办吧，谢谢你啊。', 'Yes, yes, that is exactly it; you put it better than I did. Let us do that, thank you.'),
    },
    {
      key: 'bill-went-up',
      title: loc('老人家的话费变多了', 'An elderly customer\'s bill went up'),
      product: loc('老人手机卡，每月三十八元套餐', 'A senior\'s SIM on a 38-yuan monthly plan'),
      problem: loc('话费从三十多涨到八十多，老人讲孙子、讲邻居，就是讲不到重点。', 'The bill went from about 30 to over 80 yuan; the customer talks about the grandson and the neighbours but never gets to the point.'),
      wants: loc('我就想弄明白为什么多扣了钱，以后别再这样。', 'I just want to know why more was charged and for it not to happen again.'),
      accepts: loc('说明超出的是流量费用，并换成含流量的老年套餐。', 'An explanation that the extra was data usage and a switch to a senior plan with data included.'),
      acceptPattern: '套餐|老年|亲情|调整|流量包',
      opening: loc('姑娘啊，我这个话费怎么变多了？我孙子上个月来我家住了几天，他用我手机看什么视频，我也不懂，我们楼下老张也说他的话费……', 'Young lady, why has my bill gone up? My grandson stayed with me last month and watched some videos on my phone, I don\'t understand these things, and old Zhang downstairs says his bill …'),
      details: [
        loc('以前每个月三十八，这个月八十六，我老伴还以为我乱打电话。', 'It used to be 38 a month; this month 86. My wife thinks I have been making calls.'),
        loc('孙子住了一个星期，天天拿我的手机看动画片。', 'My grandson stayed a week and watched cartoons on my phone every day.'),
      ],
      acceptLine: loc('哦，原来是看视频用的流量！换个合适的套餐好，谢谢你这么耐心。', 'Oh, so it was the data for videos! A better plan sounds good — thank you for being so patient.'),
    },
    {
      key: 'weak-signal',
      title: loc('家里信号差', 'Weak signal at home'),
      product: loc('手机号码（使用十年）', 'A mobile number used for ten years'),
      problem: loc('家中信号时有时无，客户从楼盘说到邻居再说到装修。', 'The signal at home comes and goes; the customer moves from the housing estate to the neighbours to the renovation.'),
      wants: loc('我就想在家里打电话不掉线。', 'I just want calls at home not to drop.'),
      accepts: loc('安排工程师上门测试信号，必要时加装信号放大设备。', 'An engineer visit to measure the signal, and a booster if needed.'),
      acceptPattern: '测试|测量|上门|工程师|放大|基站',
      opening: loc('你好，我家在新区那个花园小区，十八楼，我们这楼是去年才交房的，装修的时候信号就不好，邻居家也是，我打电话老掉线，上次跟我妈打电话……', 'Hello, I live in the garden estate in the new district, 18th floor. The building was handed over last year, the signal was already bad during the renovation, the neighbours have it too, my calls keep dropping, last time I was talking to my mother …'),
      details: [
        loc('主要是客厅和卧室，阳台上稍微好点。', 'Mostly the living room and bedroom; the balcony is a bit better.'),
        loc('一到晚上就更差，打个电话要跑到阳台去。', 'It gets worse in the evenings; I have to go out to the balcony to make a call.'),
      ],
      acceptLine: loc('对，就是这个问题。派人来测一测好，我在家等着，谢谢啊。', 'Yes, that is the problem. Sending someone to measure it is good; I will be at home. Thanks!'),
    },
  ],
};

/** The arrogant customer: wants to be served first; respect, fair order and a stated wait win them over. */
export const arrogant: Persona = {
  key: 'arrogant',
  name: loc('妄自尊大的客户', 'The arrogant customer'),
  type: 'arrogant',
  brief: loc('觉得自己最重要，要求马上被服务。给足尊重，守住公平顺序，说清要等多久。', 'Thinks they matter most and must be served now. Show respect, keep fair order and say how long the wait is.'),
  startMood: 65,
  acceptBelow: 40,
  requires: ['pleased'],
  weights: { cold: 12, pleased: -14 },
  pleaser: '(?:大约|大概|约|预计)[^。，]{0,6}(?:分钟|小时)|感谢您的耐心|先为您登记|尊贵|先生|女士',
  irritant: '排队去|等着吧|没看到|大家都一样|不是只有您',
  pleaserAsk: loc('那你倒是说说，我到底要等多久？', 'So tell me, how long exactly do I have to wait?'),
  lines: {
    acknowledged: {
      calm: [loc('嗯，你还算懂事。', 'Hm, at least you know how to behave.')],
      tense: [loc('知道就好，那还不赶紧？', 'Good that you know. So hurry up.')],
      furious: [loc('少来这套，你知道我是谁吗？', 'Spare me. Do you know who I am?')],
    },
    cold: { tense: [loc('你就这么跟我说话？叫你们店长来看看。', 'Is that how you talk to me? Fetch your store manager.')] },
  },
  scenarios: [
    {
      key: 'jump-queue',
      title: loc('营业厅里要求插队', 'Demanding to jump the queue at the service hall'),
      product: loc('金卡会员的套餐变更', 'A plan change for a gold-card member'),
      problem: loc('营业厅排着长队，客户要求立刻为他办理。', 'The service hall has a long queue; the customer demands to be served at once.'),
      wants: loc('我是你们的金卡会员，马上给我办！', 'I am a gold-card member. Serve me right now!'),
      accepts: loc('先为他登记资料，说明大约等待时间，符合条件的安排贵宾窗口。', 'Take his details now, tell him roughly how long the wait is, and use the VIP counter if he qualifies.'),
      acceptPattern: '登记|预约|贵宾|(?:大约|大概|约|预计)[^。，]{0,6}分钟',
      opening: loc('我可是你们的金卡会员，我时间很宝贵的，你让前面的人等一等，先给我办。', 'I am a gold-card member and my time is valuable. Have the people ahead of me wait and serve me first.'),
      details: [
        loc('就是改个套餐，五分钟的事。', 'Just a plan change; a five-minute job.'),
        loc('我下午还有个重要的会，耽误了你负责？', 'I have an important meeting this afternoon. Will you take responsibility if I miss it?'),
      ],
      acceptLine: loc('行吧，先登记着，到时间了马上叫我。', 'Fine, take my details and call me the moment it is my turn.'),
    },
    {
      key: 'repair-while-waiting',
      title: loc('要求当场修好手机', 'Wants the phone repaired on the spot'),
      product: loc('屏幕碎裂的旗舰手机', 'A flagship phone with a cracked screen'),
      problem: loc('换屏通常需要三天，客户要求现在就修好。', 'A screen replacement normally takes three days; the customer wants it done now.'),
      wants: loc('我现在就要拿走，修好再走。', 'I am taking it with me now — fix it while I wait.'),
      accepts: loc('加急维修并先提供一台备用机。', 'An express repair and a loaner phone in the meantime.'),
      acceptPattern: '加急|备用机|优先|当天',
      opening: loc('这屏幕给我现在修，我在这儿等着，别跟我说什么三天，我没那工夫。', 'Fix this screen now, I will wait here. Don\'t tell me three days, I have no time for that.'),
      details: [
        loc('昨天开会的时候摔的，里面全是客户资料。', 'It fell during a meeting yesterday; it is full of client data.'),
        loc('手机还能用，就是屏幕裂了，触摸有点不灵。', 'It still works; the screen is cracked and touch is a bit unreliable.'),
      ],
      acceptLine: loc('加急再给我备用机，那还差不多。', 'An express repair and a loaner — that is more like it.'),
    },
    {
      key: 'data-transfer',
      title: loc('要求店员马上帮他导数据', 'Wants his data moved right away'),
      product: loc('刚买的新手机', 'A phone he has just bought'),
      problem: loc('客户要店员立刻放下其他客户，帮他把旧手机的数据导到新手机。', 'The customer wants staff to drop other customers and move his data from the old phone to the new one.'),
      wants: loc('你现在就给我弄，别管别人。', 'Do it for me now, never mind the others.'),
      accepts: loc('预约一个明确的时间段，或先登记好，轮到时第一时间办理。', 'An appointment at a definite time, or registration now and service the moment his turn comes.'),
      acceptPattern: '预约|登记|安排|(?:大约|大概|约|预计)[^。，]{0,6}分钟',
      opening: loc('我刚在你们这儿花了八千块买手机，你现在就帮我把旧手机的东西全导过来，别的客户让他们等着。', 'I just spent eight thousand yuan on a phone here. Move everything from my old phone now, and let the other customers wait.'),
      details: [
        loc('通讯录、照片、聊天记录，全部都要。', 'Contacts, photos, chat history — all of it.'),
        loc('我一会儿还要去机场，你抓紧。', 'I have to go to the airport soon, so hurry.'),
      ],
      acceptLine: loc('好，那就按你说的时间，别让我再等。', 'Good, the time you said then. Do not keep me waiting again.'),
    },
  ],
};

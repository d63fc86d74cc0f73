import type { Channel, DifficultType, Priority, Severity, TicketKind } from '../../shared/tickets/model.ts';

/** Where a demo ticket is left: how far through its handling it got. */
export type DemoStage = 'new' | 'asking' | 'recorded' | 'resolved' | 'closed' | 'escalated' | 'routed' | 'breached';

/** One realistic case the demo company is working on. */
export type DemoScenario = {
  kind: TicketKind;
  channel: Channel;
  causeKey: string;
  subject: string;
  customer: string[];
  agent: string[];
  object: 'product' | 'service' | 'staff';
  usage: string;
  request: string;
  severity: Severity;
  priority: Priority;
  difficultType: DifficultType | null;
};

/** The demo's cases: angry, anxious and calm customers; good replies and a few that the coach will flag. */
export const demoScenarios: DemoScenario[] = [
  {
    kind: 'complaint', channel: 'phone', causeKey: 'product_defect', subject: '新手机三周就黑屏',
    customer: ['你们卖的什么手机！才用三个星期就黑屏，开不了机！', '我每天都要用它接客户电话，现在全耽误了！'],
    agent: ['非常感谢您第一时间告诉我们，给您添麻烦了，我很抱歉。', '为了尽快帮您处理，想确认一下：黑屏是在充电时出现，还是平时使用时突然出现的？'],
    object: 'product', usage: '日常通话、微信和拍照，没有摔过或进水', request: '希望换一台新机', severity: 'high', priority: 'high', difficultType: 'emotional',
  },
  {
    kind: 'complaint', channel: 'walk_in', causeKey: 'staff_attitude', subject: '营业厅店员态度冷淡',
    customer: ['我在营业厅排了四十分钟，轮到我时店员一直看手机，问什么都说不知道。'],
    agent: ['感谢您专门来反映这件事，让您受了委屈，我向您道歉。', '我会把当时的情况记录下来，今天下班前给您回电话说明处理结果。'],
    object: 'staff', usage: '到店办理套餐变更', request: '希望店员道歉并改进服务', severity: 'medium', priority: 'normal', difficultType: null,
  },
  {
    kind: 'complaint', channel: 'web', causeKey: 'network_fault', subject: '宽带每晚掉线',
    customer: ['家里的千兆宽带一到晚上八点就掉线，孩子上网课都上不了。', '已经报修两次了，师傅来了说没问题就走了。'],
    agent: ['谢谢您耐心地告诉我这些情况，两次报修都没解决，确实让您着急了，我很抱歉。', '我已经联系网络维护的同事，明天上午十点前给您安排工程师上门检测线路。'],
    object: 'service', usage: '家庭上网，晚上孩子上网课', request: '彻底解决掉线问题，减免本月费用', severity: 'high', priority: 'high', difficultType: 'stubborn',
  },
  {
    kind: 'grievance', channel: 'phone', causeKey: 'business_policy', subject: '对营业时间有意见',
    customer: ['你们营业厅六点就关门，上班族根本来不及办业务，太不方便了。'],
    agent: ['感谢您提出这个建议，给您带来不便了。', '您可以在手机营业厅随时办理大部分业务，需要的话我现在就一步一步带您操作。'],
    object: 'service', usage: '下班后想到店办理', request: '希望延长营业时间', severity: 'low', priority: 'normal', difficultType: null,
  },
  {
    kind: 'complaint', channel: 'phone', causeKey: 'vague_giveaway', subject: '宣传的优惠没有兑现',
    customer: ['你们宣传说买手机送一年流量，结果我一个月就被扣费了！这不是骗人吗？'],
    agent: ['非常感谢您把情况告诉我们，让您产生了误会和损失，我很抱歉。', '我马上核实您办理时的活动条款，今天下午三点前给您答复。'],
    object: 'service', usage: '购机时参加了赠送流量活动', request: '退还被扣的流量费', severity: 'medium', priority: 'high', difficultType: 'boss_demanding',
  },
  {
    kind: 'complaint', channel: 'email', causeKey: 'repair_quality', subject: '维修后问题依旧',
    customer: ['手机送修回来还是自动重启，我已经跑了三趟了。'],
    agent: ['这个不能再修了，你自己没看保修条款吗？'],
    object: 'product', usage: '正常使用，保修期内', request: '换新或退款', severity: 'high', priority: 'normal', difficultType: 'picky',
  },
  {
    kind: 'inquiry', channel: 'phone', causeKey: 'business_policy', subject: '咨询家庭融合套餐',
    customer: ['我想问一下家庭融合套餐能加几张副卡？'],
    agent: ['您好，很高兴为您服务。家庭融合套餐最多可以加四张副卡，我把每张副卡的资费发到您的手机上，您看可以吗？'],
    object: 'service', usage: '三口之家', request: '了解副卡数量和资费', severity: 'low', priority: 'normal', difficultType: null,
  },
  {
    kind: 'request', channel: 'walk_in', causeKey: 'business_policy', subject: '办理号码过户',
    customer: ['我要把父亲名下的号码过户到我名下。'],
    agent: ['好的，感谢您的耐心。办理过户需要双方身份证原件，我先帮您核对一下材料。'],
    object: 'service', usage: '家人号码', request: '号码过户', severity: 'low', priority: 'normal', difficultType: null,
  },
  {
    kind: 'suggestion', channel: 'feedback_form', causeKey: 'environment', subject: '建议营业厅增加座位',
    customer: ['周末营业厅人很多，老人只能站着等，建议多放几把椅子。'],
    agent: ['谢谢您细心的建议，我们会转给门店负责人，下周内给您回复改进情况。'],
    object: 'service', usage: '周末陪老人到店', request: '增加等候座位', severity: 'low', priority: 'low', difficultType: null,
  },
  {
    kind: 'complaint', channel: 'outbound', causeKey: 'delivery', subject: '快递迟迟未送达',
    customer: ['网上订的平板说三天到，现在都一个星期了还没收到！', '我都打了好几次电话了，每次都说在查。'],
    agent: ['感谢您一直耐心等待，让您反复来电，我很抱歉。', '我已经联系物流部的同事核实包裹位置，今天晚上八点前一定给您准确答复。'],
    object: 'service', usage: '网上商城下单', request: '尽快送达或退款', severity: 'medium', priority: 'high', difficultType: 'talkative',
  },
  {
    kind: 'complaint', channel: 'phone', causeKey: 'staff_error', subject: '套餐被错误变更',
    customer: ['我根本没要求改套餐，这个月突然多扣了一百多块钱！'],
    agent: ['谢谢您及时发现并告诉我们，这是我们的失误，我向您道歉。', '我马上把套餐恢复，多扣的费用三个工作日内退回您的账户。'],
    object: 'staff', usage: '长期使用原套餐', request: '恢复原套餐并退费', severity: 'high', priority: 'urgent', difficultType: 'arrogant',
  },
];

/** The stages the demo spreads its tickets over, so every queue has work in it. */
export const demoStages: DemoStage[] = ['new', 'asking', 'recorded', 'resolved', 'closed', 'closed', 'escalated', 'routed', 'breached', 'new'];

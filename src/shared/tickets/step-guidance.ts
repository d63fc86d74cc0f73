// What the stepper shows for each of the six steps: title, short guidance and the checklist.
import { recordFields, type RecordField, type Step } from './model.ts';
import { loc, type Localized } from './localized.ts';

/** One checklist item; its id is what stepCompletion reports in `missing`. */
export type ChecklistItem = { id: string; label: Localized };

/** Title, guidance and checklist of one step. */
export type StepGuide = { title: Localized; guidance: Localized; checklist: ChecklistItem[] };

/** Labels of the mandated record fields, for forms and for "missing field" messages. */
export const recordFieldLabels: Record<RecordField, Localized> = {
  object: loc('投诉对象（产品、服务或员工）', 'Object of the complaint (product, service or staff member)'),
  content: loc('投诉内容', 'What the complaint is about'),
  purchaseOrServiceTime: loc('购买或接受服务的时间', 'When the product was bought or the service received'),
  problemTime: loc('问题出现的时间', 'When the problem appeared'),
  usage: loc('客户的使用方式', 'How the customer uses the product'),
  customerRequest: loc('客户的诉求', 'What the customer asks for'),
};

/** Guidance for each step, written for agents from the six-step method. */
export const stepGuidance: Record<Step, StepGuide> = {
  listen: {
    title: loc('用心聆听', 'Listen'),
    guidance: loc(
      '先让客户把话说完，中途不打断，也不急着解释。一边听一边用“我明白”“我理解您的心情”这样的短句回应，留意客户的语气和没有说出口的需要。',
      'Let the customer finish without interrupting or rushing to explain. Acknowledge as you go with short phrases such as "I see" or "I understand how you feel", and notice the tone and the needs left unsaid.',
    ),
    checklist: [{ id: 'heard_out', label: loc('客户已把情况讲完，我已回应表示理解', 'The customer has finished speaking and I have acknowledged it') }],
  },
  apologise: {
    title: loc('诚挚道歉', 'Apologise sincerely'),
    guidance: loc(
      '先感谢客户愿意把问题告诉我们，再以“我”的名义道歉，例如“给您添了这么多麻烦，我很抱歉”。道歉要及时、有分寸：事实查清之前，先为客户的感受致歉，不急于揽下全部责任；在客户面前不评论、不指责任何同事或部门。',
      'First thank the customer for telling us, then apologise in the first person, e.g. "I am sorry this has caused you so much trouble." Apologise promptly and in proportion: until the facts are clear, apologise for how the customer feels without taking on all the blame, and never criticise a colleague or another department in front of the customer.',
    ),
    checklist: [{ id: 'thanked_and_apologised', label: loc('已先致谢，再以第一人称道歉', 'I thanked the customer first, then apologised in the first person') }],
  },
  ask: {
    title: loc('仔细询问', 'Ask carefully'),
    guidance: loc(
      '提问前先表明愿意帮忙，例如“我想尽快帮您把这件事办好”。按需要选用六种问法：针对性、选择性、了解性（先说明为什么要问）、澄清性、征询性和开放式。问完用自己的话把要点复述一遍，请客户确认我理解得对不对。',
      'Before asking, say that you want to help, e.g. "I would like to get this sorted out for you quickly." Choose among the six kinds of question as needed: targeted, choice, informational (say why you ask), clarifying, consultative and open. Then restate the key points in your own words and ask the customer to confirm you have understood.',
    ),
    checklist: [
      { id: 'asked_and_paraphrased', label: loc('已表明帮忙的意愿、提出问题并复述确认', 'I offered to help, asked my questions and restated the points for confirmation') },
      { id: 'question_kinds', label: loc('已勾选用到的问法（至少一种）', 'I ticked the kinds of question I used (at least one)') },
    ],
  },
  record: {
    title: loc('记录问题', 'Record the problem'),
    guidance: loc(
      '逐项记下客户反映的要点，记录时适时回应，让客户知道我在认真听。同时判断诉求是否合理：合理的尽力满足，不合理的耐心说明原因。完整的记录也是日后分析投诉原因、改进产品和服务的依据。',
      'Write down each point the customer raises, responding as you write so they know you are paying attention. Judge whether the request is reasonable: do your best to meet a reasonable one, and patiently explain the reason when it cannot be met. A complete record is also what later analysis and improvement rely on.',
    ),
    checklist: recordFields.map((id) => ({ id, label: recordFieldLabels[id] })),
  },
  resolve: {
    title: loc('解决问题', 'Resolve'),
    guidance: loc(
      '先问客户希望怎样解决，再给出几个可选方案；承诺明确的完成时间，并主动告知进展。超出我的权限时及时请示主管；需要其他部门处理时由我亲自联系，客户只需等我的消息。处理完可以寄一封致歉信或感谢信。',
      'Ask how the customer would like it resolved, then offer a few options; commit to a clear completion time and keep them updated. When it is beyond your authority, bring in your supervisor promptly; when another department owns it, contact them yourself so the customer only has to wait for your call. Afterwards, send a letter of apology or thanks.',
    ),
    checklist: [
      { id: 'resolution_type', label: loc('已选定解决方式', 'A resolution type is chosen') },
      { id: 'resolution_summary', label: loc('已写明具体方案', 'The solution is written down') },
      { id: 'commit_time', label: loc('已向客户承诺完成时间', 'A completion time is promised to the customer') },
      { id: 'customer_informed', label: loc('已把方案和进展告知客户', 'The customer has been told the solution and its progress') },
    ],
  },
  close: {
    title: loc('礼貌结束', 'Close politely'),
    guidance: loc(
      '问一问客户对处理结果是否满意、还有没有其他需要我帮忙的地方，最后真诚道谢。客户没有接受时，把原因记下来，便于后续跟进和回访。',
      'Ask whether the customer is happy with the result and whether there is anything else you can help with, then thank them sincerely. If the customer has not accepted the result, record why, so it can be followed up and revisited.',
    ),
    checklist: [{ id: 'accepted_or_reason', label: loc('客户已接受处理结果，或已记录原因', 'The customer accepted the result, or the reason is recorded') }],
  },
};

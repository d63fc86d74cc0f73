// The customer-care myths quiz: eight common beliefs, each false, each answered with the figure that refutes it.
import { judge, t, type SeedQuiz } from './seed-types.ts';

/** The myths quiz (deferred feedback: the figures are revealed together after submission). */
export const mythsQuiz: SeedQuiz = {
  body: {
    title: t('客户关怀八大误区', 'Eight customer-care myths'),
    description: t(
      '八种在服务团队里常听到的说法，逐条判断对错。交卷后会看到每一条背后的数据。',
      'Eight things often heard in service teams: judge each one. After you submit, you see the figures behind each.',
    ),
    chapter: null,
    attemptLimit: null,
    gradeMethod: 'highest',
    timeLimitMinutes: null,
    passMark: 75,
    feedbackMode: 'deferred',
    bands: [
      { min: 0, feedback: t('不少误区还在影响你的判断，读完下面的解析再做一次。', 'Several myths still shape your judgement; read the explanations below and try again.') },
      { min: 75, feedback: t('大部分误区你都识破了，留意答错的那几条。', 'You saw through most of the myths; look again at the ones you missed.') },
      { min: 100, feedback: t('八条全部识破——这些数据值得讲给团队听。', 'All eight seen through — these figures are worth sharing with your team.') },
    ],
    drawCount: null,
  },
  questions: [
    judge(
      false,
      t('客户下单主要看价格，只要便宜，服务好不好无所谓。', 'Customers buy on price; as long as it is cheap, service hardly matters.'),
      t('错。价格和服务同样左右购买决定，调查中有 55% 的客户认为服务比价格更重要。', 'False. Price and service both drive the decision: in surveys 55% of customers rate service above price.'),
    ),
    judge(
      false,
      t('产品只要足够好，服务水平一般也照样卖得出去。', 'A good enough product sells itself, whatever the service.'),
      t(
        '错。90% 的客户期望得到比一年前更好的服务，超过 60% 的人表示现有供应商做不到就会换一家。',
        'False. 90% of customers expect better service than a year ago, and over 60% say they would switch if their supplier cannot deliver it.',
      ),
    ),
    judge(
      false,
      t('老客户走了也没关系，只要新客户来得一样多就行。', 'Losing customers is fine as long as as many new ones arrive.'),
      t(
        '错。赢得一位新客户的成本约是留住一位老客户的 15 倍；把服务问题彻底消除，三年内利润可以翻一番。',
        'False. Winning a new customer costs about 15 times as much as keeping one; removing service problems can double profit within three years.',
      ),
    ),
    judge(
      false,
      t('客户只要总体上还算满意，就会一直和我们合作下去。', 'Customers who are satisfied on the whole will keep buying from us.'),
      t(
        '错。客户不会把过去的好印象逐条累加，最近一次打交道的感受往往决定他们怎么看我们，所以每一次接触都要让客户满意。',
        'False. Customers do not add up past good moments; the most recent interaction usually decides how they see us, so every contact has to satisfy.',
      ),
    ),
    judge(
      false,
      t('投诉越少，说明我们的客户关怀做得越好。', 'Few complaints prove that our customer care is good.'),
      t(
        '错。遇到问题的客户中不到一半会告诉供应商；其余的人悄悄换了别家，还会把糟糕的经历讲给多达 16 个人听。',
        'False. Fewer than half of customers with a problem tell the supplier; the rest quietly move on and tell up to 16 other people about the poor service.',
      ),
    ),
    judge(
      false,
      t('客户一旦投诉，我们也就没什么办法了。', 'Once a customer complains, there is nothing much we can do.'),
      t(
        '错。投诉费时费力，客户不到忍无可忍不会开口；把一位不满的客户挽回来，他的忠诚度往往是从未遇到问题的客户的两倍左右。',
        'False. Complaining costs customers time and effort, so they only do it when pushed; a complainer won back is often about twice as loyal as a customer who never had a problem.',
      ),
    ),
    judge(
      false,
      t('客户只想要好用的产品，态度和关心都是多余的客套。', 'Customers only want a useful product; warmth and attention are empty politeness.'),
      t(
        '错。即使产品达到了期望，如果购买和服务的过程让人不舒服，客户依然会失望。他们要的是好用的产品，再加上恰当的关心和关注。',
        'False. Even when the product meets expectations, an unpleasant buying or service process still disappoints. Customers want a useful product plus the right care and attention.',
      ),
    ),
    judge(
      false,
      t('我只是团队里的一个人，提高客户满意度靠我起不了什么作用。', 'I am just one person; I cannot make a difference to customer satisfaction.'),
      t(
        '错。技术再先进，人与人之间的接触仍是服务的关键：一声热情的问候、站在客户的角度想问题、亲手把问题解决，都要靠每一个人。',
        'False. However advanced the technology, the human touch still matters most: a warm greeting, seeing things from the customer’s side, solving the problem yourself — each depends on one person.',
      ),
    ),
  ],
};

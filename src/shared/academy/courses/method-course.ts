// The demo's full course on the method, in six chapters, as data the demo seed loads.
import type { CourseContent } from './model.ts';
import { complaintLessons } from './method-lessons-complaints.ts';
import { customerLessons } from './method-lessons-customers.ts';
import { t } from './lesson-helpers.ts';

/** 优质客户服务六讲: knowing, receiving, satisfying, keeping, difficult customers and complaints. */
export const methodCourse: CourseContent = {
  title: t('优质客户服务六讲', 'Quality customer service in six chapters'),
  summary: t(
    '从认识客户到处理投诉，系统学习聆听的服务方法：客户需求与层级、接待礼仪、满意与服务差距、留住客户、棘手客户和投诉六步骤。',
    'From knowing the customer to handling complaints, the whole service method: needs and tiers, receiving, satisfaction and the service gaps, keeping customers, difficult customers and the six steps.',
  ),
  lessons: [...customerLessons, ...complaintLessons],
};

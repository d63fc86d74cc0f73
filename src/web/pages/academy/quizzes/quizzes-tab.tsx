import { Empty } from 'antd';

/** Quizzes to take; trainers build them and read per-question results. */
export function QuizzesTab() {
  return <Empty />;
}

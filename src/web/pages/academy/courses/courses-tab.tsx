import { Empty } from 'antd';

/** The courses a person can study; trainers edit them. */
export function CoursesTab() {
  return <Empty />;
}

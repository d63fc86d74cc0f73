import { Empty } from 'antd';

/** Emotion self-care for agents. */
export function SelfCareTab() {
  return <Empty />;
}

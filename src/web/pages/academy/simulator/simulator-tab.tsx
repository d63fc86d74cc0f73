import { Empty } from 'antd';

/** Role-play with difficult-customer personas. */
export function SimulatorTab() {
  return <Empty />;
}

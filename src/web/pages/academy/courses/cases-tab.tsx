import { Empty } from 'antd';

/** The case studies with discussion questions. */
export function CasesTab() {
  return <Empty />;
}

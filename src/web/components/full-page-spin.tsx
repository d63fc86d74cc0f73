import { Flex, Spin } from 'antd';

/** A centred spinner filling the page while the session is checked. */
export function FullPageSpin() {
  return (
    <Flex align="center" justify="center" style={{ height: '100vh' }}>
      <Spin size="large" />
    </Flex>
  );
}

import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A page title with optional actions on the right and a description below. */
export function PageHeader({ title, extra, description }: { title: string; extra?: ReactNode; description?: string }) {
  return (
    <div style={{ marginBottom: 16 }}>
      <Flex align="center" justify="space-between" gap={16} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {extra}
      </Flex>
      {description && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {description}
        </Typography.Paragraph>
      )}
    </div>
  );
}

import {
  CommentOutlined,
  EnvironmentOutlined,
  FileTextOutlined,
  MailOutlined,
  MergeCellsOutlined,
  PhoneOutlined,
  ProfileOutlined,
  ShoppingOutlined,
  SmileOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import { Button, Card, Empty, Flex, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Interaction } from '../../api.ts';
import { QueryError } from '../../components/query-error.tsx';
import { useCustomerTimeline } from '../../hooks/use-customers.ts';
import { useFormatDateTime } from '../../hooks/use-format.ts';

const icons: Record<Interaction['kind'], ReactNode> = {
  call: <PhoneOutlined />,
  visit: <EnvironmentOutlined />,
  email: <MailOutlined />,
  note: <FileTextOutlined />,
  ticket: <ProfileOutlined />,
  follow_up: <SyncOutlined />,
  survey: <SmileOutlined />,
  purchase: <ShoppingOutlined />,
  merge: <MergeCellsOutlined />,
};

/** Every contact with the customer on one timeline, newest first, page by page. */
export function TimelineCard({ customerId }: { customerId: number }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const timeline = useCustomerTimeline(customerId);
  const entries = timeline.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Card size="small" title={t('customers.detail.timeline')} loading={timeline.isPending}>
      {timeline.error && <QueryError error={timeline.error} onRetry={() => void timeline.refetch()} />}
      {entries.length === 0 && !timeline.error ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.detail.noTimeline')} />
      ) : (
        <Timeline
          style={{ marginTop: 8 }}
          items={entries.map((entry) => ({
            key: `${entry.kind}-${entry.id}`,
            icon: icons[entry.kind] ?? <CommentOutlined />,
            content: (
              <>
                <Flex gap={8} align="center" wrap>
                  <Tag>{t(`customers.interaction.kinds.${entry.kind}`)}</Tag>
                  {entry.direction && <Typography.Text type="secondary">{t(`customers.interaction.${entry.direction}`)}</Typography.Text>}
                  <Typography.Text type="secondary">{format(entry.occurredAt)}</Typography.Text>
                  {entry.actorName && <Typography.Text type="secondary">· {entry.actorName}</Typography.Text>}
                </Flex>
                <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{entry.summary}</Typography.Paragraph>
              </>
            ),
          }))}
        />
      )}
      {timeline.hasNextPage && (
        <Flex justify="center">
          <Button onClick={() => void timeline.fetchNextPage()} loading={timeline.isFetchingNextPage}>
            {t('common.loadMore')}
          </Button>
        </Flex>
      )}
    </Card>
  );
}

import { ReloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Result, Skeleton, Steps, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api.ts';
import { usePublicStatus } from '../../hooks/use-public-tickets.ts';
import { publicProgress } from './progress.ts';
import { PublicLayout } from './public-layout.tsx';
import { usePublicDateTime } from './public-date.ts';
import { StatusConversation } from './status-conversation.tsx';
import { StatusReplyForm } from './status-reply-form.tsx';

/** `/status/:number?key=…`: the customer's private view of progress and conversation, with a reply box. */
export function StatusPage() {
  const { t } = useTranslation();
  const format = usePublicDateTime();
  const number = useParams().number ?? '';
  const key = useSearchParams()[0].get('key') ?? '';
  const status = usePublicStatus(number, key);
  const s = (k: string, options?: Record<string, string>) => t(`service.public.status.${k}`, options);

  useEffect(() => {
    document.title = `${s('title')} ${number} · 聆听`;
  });

  if (!key || (status.error instanceof ApiError && (status.error.status === 404 || status.error.status === 400))) {
    return (
      <PublicLayout>
        <Card>
          <Result
            status="warning"
            title={s('invalidTitle')}
            subTitle={s('invalidText')}
            extra={
              <Link to="/complain">
                <Button type="primary">{s('newComplaint')}</Button>
              </Link>
            }
          />
        </Card>
      </PublicLayout>
    );
  }

  const data = status.data;
  const answered = data?.messages.some((m) => m.from === 'agent') ?? false;
  const progress = data ? publicProgress(data.status, data.currentStep, answered) : null;

  return (
    <PublicLayout>
      <Flex vertical gap={12}>
        {status.error && (
          <Alert type="error" showIcon title={status.error.message} action={<Button size="small" onClick={() => void status.refetch()}>{t('common.retry')}</Button>} />
        )}
        <Card styles={{ body: { padding: '20px 16px' } }}>
          {!data || !progress ? (
            <Skeleton active />
          ) : (
            <>
              <Flex justify="space-between" align="flex-start" gap={8} wrap>
                <div style={{ minWidth: 0 }}>
                  <Typography.Text type="secondary">{s('ticket')}</Typography.Text>
                  <Typography.Title level={4} style={{ margin: 0, letterSpacing: 0.5 }}>
                    {data.number}
                  </Typography.Title>
                </div>
                <Button icon={<ReloadOutlined />} onClick={() => void status.refetch()} loading={status.isFetching}>
                  {s('refresh')}
                </Button>
              </Flex>
              <Typography.Paragraph style={{ margin: '8px 0 4px', fontSize: 15, overflowWrap: 'anywhere' }}>
                <Tag color="blue">{t(`service.common.kinds.${data.kind}`)}</Tag>
                {data.subject}
              </Typography.Paragraph>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {s('filedAt', { time: format(data.createdAt) })} · {s('updatedAt', { time: format(data.updatedAt) })}
              </Typography.Text>
              <Steps
                size="small"
                current={progress.index}
                status={progress.stage === 'done' ? 'finish' : 'process'}
                style={{ marginTop: 20 }}
                items={[
                  { title: s('stages.received') },
                  { title: s('stages.inProgress') },
                  { title: s(`stages.${progress.finalLabel}`) },
                ]}
              />
              <Alert type={progress.stage === 'done' ? 'success' : 'info'} showIcon title={s(`now.${progress.detail}`)} style={{ marginTop: 16 }} data-testid="current-stage" />
            </>
          )}
        </Card>
        <Card title={s('conversation')} styles={{ body: { padding: '16px 12px' } }}>
          <Alert
            type="info"
            icon={<SafetyCertificateOutlined />}
            showIcon
            title={s('supervisionTitle')}
            description={s('supervisionText')}
            style={{ marginBottom: 16 }}
          />
          {data ? <StatusConversation messages={data.messages} /> : <Skeleton active />}
        </Card>
        {data && (
          <Card styles={{ body: { padding: '16px 12px' } }}>
            <StatusReplyForm number={data.number} statusKey={key} closed={data.status === 'closed' || data.status === 'resolved'} />
          </Card>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12, textAlign: 'center' }}>
          {s('keepPrivate')}
        </Typography.Text>
      </Flex>
    </PublicLayout>
  );
}

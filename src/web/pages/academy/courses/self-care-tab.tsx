import { PushpinFilled, PushpinOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Row, Table, Tag, Typography, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { moodOf, moods, type Mood } from '../../../../shared/academy/courses/self-care.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { usePinSelfTalk, useSelfCarePin } from '../../../hooks/use-courses.ts';
import { errorText, useLocalized } from './course-text.ts';

const reasons = ['strangers', 'misunderstood', 'alone', 'setbacks', 'impression'] as const;
const ways = ['talk', 'colleagues', 'family', 'reading', 'recreation', 'encourage', 'selfTalk'] as const;
const attitudes = ['positive', 'partner', 'equal'] as const;

/** Emotion self-care for agents: why it matters, the ways to manage moods, and the self-talk table to pin from. */
export function SelfCareTab() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      <PinnedCard />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('academyCourses.selfCare.whyTitle')} style={{ height: '100%' }}>
            <ul style={{ margin: 0, paddingInlineStart: 20, lineHeight: 1.9 }}>
              {reasons.map((r) => <li key={r}>{t(`academyCourses.selfCare.why.${r}`)}</li>)}
            </ul>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('academyCourses.selfCare.waysTitle')} style={{ height: '100%' }}>
            <ul style={{ margin: 0, paddingInlineStart: 20, lineHeight: 1.9 }}>
              {ways.map((w) => <li key={w}>{t(`academyCourses.selfCare.ways.${w}`)}</li>)}
            </ul>
          </Card>
        </Col>
      </Row>
      <Alert
        type="success"
        title={t('academyCourses.selfCare.attitudeTitle')}
        description={<Flex vertical gap={4}>{attitudes.map((a) => <span key={a}>{t(`academyCourses.selfCare.attitude.${a}`)}</span>)}</Flex>}
      />
      <MoodTable />
    </Flex>
  );
}

function PinnedCard() {
  const { t } = useTranslation();
  const text = useLocalized();
  const pin = useSelfCarePin();
  const pinned = pin.data?.moodKey ? moodOf(pin.data.moodKey) : undefined;
  if (pin.error) return <QueryError error={pin.error} onRetry={() => void pin.refetch()} />;
  return (
    <Card size="small" data-testid="pinned-self-talk" style={{ background: pinned ? '#f6ffed' : undefined }}>
      <Flex gap={12} align="center">
        <PushpinFilled style={{ color: pinned ? '#52c41a' : '#bfbfbf', fontSize: 18 }} />
        {pinned ? (
          <div>
            <Typography.Text type="secondary">{t('academyCourses.selfCare.pinnedFor', { mood: text(pinned.mood) })}</Typography.Text>
            <Typography.Paragraph strong style={{ margin: 0, fontSize: 16 }}>{text(pinned.selfTalk)}</Typography.Paragraph>
          </div>
        ) : (
          <Typography.Text type="secondary">{t('academyCourses.selfCare.noPin')}</Typography.Text>
        )}
      </Flex>
    </Card>
  );
}

function MoodTable() {
  const { t } = useTranslation();
  const text = useLocalized();
  const pin = useSelfCarePin();
  const change = usePinSelfTalk();
  const current = pin.data?.moodKey ?? null;
  const toggle = (key: string) =>
    change.mutate(current === key ? null : key, {
      onSuccess: (p) => void message.success(p.moodKey ? t('academyCourses.selfCare.pinnedToast') : t('academyCourses.selfCare.unpinnedToast')),
      onError: (error) => void message.error(errorText(error)),
    });
  return (
    <Card title={t('academyCourses.selfCare.tableTitle')} extra={<Typography.Text type="secondary">{t('academyCourses.selfCare.tableHint')}</Typography.Text>} styles={{ body: { padding: 0 } }}>
      <Table<Mood>
        rowKey="key"
        size="middle"
        pagination={false}
        dataSource={[...moods]}
        onRow={(m) => ({ 'data-testid': `mood-${m.key}` }) as React.HTMLAttributes<HTMLTableRowElement>}
        columns={[
          { title: t('academyCourses.selfCare.mood'), key: 'mood', width: '28%', render: (_, m) => text(m.mood) },
          { title: t('academyCourses.selfCare.selfTalk'), key: 'talk', render: (_, m) => <Typography.Text strong={m.key === current}>{text(m.selfTalk)}</Typography.Text> },
          { title: t('academyCourses.selfCare.rhythm'), key: 'rhythm', width: 150, render: (_, m) => <Tag color={m.rhythm === 'now' ? 'volcano' : 'blue'}>{t(`academyCourses.selfCare.rhythms.${m.rhythm}`)}</Tag> },
          {
            title: '',
            key: 'pin',
            width: 120,
            render: (_, m) => (
              <Button size="small" type={m.key === current ? 'primary' : 'default'} icon={m.key === current ? <PushpinFilled /> : <PushpinOutlined />} loading={change.isPending && change.variables === m.key} onClick={() => toggle(m.key)}>
                {m.key === current ? t('academyCourses.selfCare.unpin') : t('academyCourses.selfCare.pin')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}

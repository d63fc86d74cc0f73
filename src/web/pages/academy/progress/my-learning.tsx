import { TrophyOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Flex, List, Progress, Row, Skeleton, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MyPath } from '../../../../shared/schemas/academy-progress.ts';
import { QueryError } from '../../../components/query-error.tsx';
import { useMe } from '../../../hooks/use-me.ts';
import { useMyLearning } from '../../../hooks/use-progress.ts';
import { toLocale } from '../../../i18n/i18n.ts';
import { pick } from '../academy-text.ts';
import { CertificateView } from './certificate-view.tsx';
import { formatDay, itemLink, kindColors } from './progress-text.ts';

/** The learner's assignments with due dates and progress, shown at the top of "my learning". */
export function MyLearning() {
  const { t } = useTranslation();
  const mine = useMyLearning();
  const [params, setParams] = useSearchParams();
  const certificateId = Number(params.get('certificate')) || null;
  const closeCertificate = () =>
    setParams((old) => {
      const next = new URLSearchParams(old);
      next.delete('certificate');
      return next;
    });

  if (mine.isPending) return <Skeleton active paragraph={{ rows: 2 }} />;
  return (
    <Flex vertical gap={16} style={{ marginBottom: 24 }} data-testid="my-learning">
      {certificateId && <CertificateView id={certificateId} onClose={closeCertificate} />}
      {mine.error && <QueryError error={mine.error} onRetry={() => void mine.refetch()} />}
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('academyProgress.mine.title')}
      </Typography.Title>
      {mine.data && mine.data.paths.length === 0 && (
        <Card size="small">
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('academyProgress.mine.empty')} />
        </Card>
      )}
      {mine.data && mine.data.paths.length > 0 && (
        <Row gutter={[16, 16]}>
          {mine.data.paths.map((path) => (
            <Col key={path.id} xs={24} lg={12}>
              <PathCard path={path} />
            </Col>
          ))}
        </Row>
      )}
      {mine.data && (mine.data.certificates.length > 0 || mine.data.paths.length > 0) && <Certificates certificates={mine.data.certificates} />}
    </Flex>
  );
}

function PathCard({ path }: { path: MyPath }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const done = path.items.filter((i) => i.done).length;
  const status = path.complete ? (
    <Tag color="success">{t('academyProgress.mine.complete')}</Tag>
  ) : path.overdue ? (
    <Tag color="error">{t('academyProgress.mine.overdue')}</Tag>
  ) : null;
  return (
    <Card
      size="small"
      title={path.title}
      extra={
        <Flex gap={4} align="center">
          {status}
          <Typography.Text type={path.overdue ? 'danger' : 'secondary'}>{t('academyProgress.mine.due', { date: path.dueOn })}</Typography.Text>
        </Flex>
      }
      style={{ height: '100%' }}
      data-testid={`path-${path.id}`}
    >
      {path.note && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {path.note}
        </Typography.Paragraph>
      )}
      <Flex gap={12} align="center">
        <Progress percent={path.percent} size="small" status={path.complete ? 'success' : path.overdue ? 'exception' : 'active'} style={{ margin: 0, flex: 1 }} />
        <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
          {t('academyProgress.mine.progress', { done, total: path.items.length })}
        </Typography.Text>
      </Flex>
      <List
        size="small"
        dataSource={path.items}
        renderItem={(item) => (
          <List.Item
            data-testid={`path-item-${item.kind}-${item.ref}`}
            actions={[<Link key="open" to={itemLink(item.kind, item.ref)}>{item.done ? t('academyProgress.mine.review') : t('academyProgress.mine.open')}</Link>]}
          >
            <Flex gap={8} align="center" wrap style={{ minWidth: 0 }}>
              <Tag color={kindColors[item.kind]}>{t(`academyProgress.kinds.${item.kind}`)}</Tag>
              <Typography.Text>{pick(item.title, locale)}</Typography.Text>
              {item.done ? <Tag color="success">{t('academyProgress.mine.done')}</Tag> : <Tag>{t('academyProgress.mine.todo')}</Tag>}
              {item.score !== null && <Typography.Text type="secondary">{t('academyProgress.mine.score', { score: item.score })}</Typography.Text>}
            </Flex>
          </List.Item>
        )}
      />
      {path.certificateId && (
        <Link to={`/academy?certificate=${path.certificateId}`} data-testid="path-certificate">
          {t('academyProgress.mine.viewCertificate')}
        </Link>
      )}
    </Card>
  );
}

function Certificates({ certificates }: { certificates: { id: number; title: string; issuedAt: string }[] }) {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const timeZone = me?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <Card size="small" title={t('academyProgress.mine.certificates')} data-testid="my-certificates">
      {certificates.length === 0 ? (
        <Typography.Text type="secondary">{t('academyProgress.mine.noCertificates')}</Typography.Text>
      ) : (
        <Flex gap={8} wrap>
          {certificates.map((c) => (
            <Link key={c.id} to={`/academy?certificate=${c.id}`}>
              <Tag color="gold" icon={<TrophyOutlined />} style={{ padding: '4px 10px', fontSize: 14 }}>
                {`${c.title} · ${formatDay(c.issuedAt, timeZone, toLocale(i18n.language))}`}
              </Tag>
            </Link>
          ))}
        </Flex>
      )}
    </Card>
  );
}

import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useDeskCounts, usePendingCompensations } from '../../hooks/use-board.ts';
import { CompensationsCard } from './compensations-card.tsx';
import { FollowUpsCard } from './follow-ups-card.tsx';
import { QueueCard } from './queue-card.tsx';
import { SlaHealth } from './sla-health.tsx';

/** `/board` 主管看板: SLA health, escalations, compensation awaiting approval, breaches and follow-ups due. */
export function BoardPage() {
  const { t } = useTranslation();
  const counts = useDeskCounts();
  const compensations = usePendingCompensations();
  return (
    <>
      <PageHeader title={t('service.board.title')} description={t('service.board.description')} />
      {counts.error && <QueryError error={counts.error} onRetry={() => void counts.refetch()} />}
      <SlaHealth counts={counts.data} pendingCompensations={compensations.data?.length} loading={counts.isPending} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={12}>
          <QueueCard id="board-escalated" queue="escalated" />
        </Col>
        <Col xs={24} xxl={12}>
          <CompensationsCard id="board-compensations" query={compensations} />
        </Col>
        <Col xs={24} xxl={12}>
          <QueueCard id="board-breached" queue="breached" />
        </Col>
        <Col xs={24} xxl={12}>
          <QueueCard id="board-due-soon" queue="due_soon" />
        </Col>
        <Col xs={24}>
          <FollowUpsCard id="board-follow-ups" />
        </Col>
      </Row>
    </>
  );
}


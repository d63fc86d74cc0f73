import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useDeskCounts, usePendingCompensations } from '../../hooks/use-board.ts';
import { useTicketStream } from '../../hooks/use-ticket-stream.ts';
import { CompensationsCard } from './compensations-card.tsx';
import { FollowUpsCard } from './follow-ups-card.tsx';
import { PendingEvaluationsCard } from './pending-evaluations-card.tsx';
import { PolicyFlagsCard } from './policy-flags-card.tsx';
import { QueueCard } from './queue-card.tsx';
import { SlaHealth } from './sla-health.tsx';

// What else a ticket change can move on the board, refreshed live with the counts and queues.
const liveKeys = [['compensations'], ['follow-ups'], ['policy-flags'], ['evaluations']];

/** `/board` 主管看板: SLA health, escalations, compensation awaiting approval, breaches, follow-ups due, policies to review and cases to evaluate. */
export function BoardPage() {
  const { t } = useTranslation();
  const counts = useDeskCounts();
  const compensations = usePendingCompensations();
  useTicketStream({ keys: liveKeys });
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
        <Col xs={24} xxl={12}>
          <PolicyFlagsCard id="board-policy-flags" />
        </Col>
        <Col xs={24} xxl={12}>
          <PendingEvaluationsCard id="board-pending-evaluations" />
        </Col>
        <Col xs={24}>
          <FollowUpsCard id="board-follow-ups" />
        </Col>
      </Row>
    </>
  );
}


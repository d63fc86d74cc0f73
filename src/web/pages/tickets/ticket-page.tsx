import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Result, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api.ts';
import { QueryError } from '../../components/query-error.tsx';
import { useCurrentUser } from '../../hooks/use-me.ts';
import { useRemoteTicketChange } from '../../hooks/use-remote-ticket-change.ts';
import { useTicket } from '../../hooks/use-tickets.ts';
import { canWorkTickets } from '../../lib/access.ts';
import { Conversation } from './conversation.tsx';
import { EvaluationCard } from './evaluation-card.tsx';
import { ReplyEditor } from './reply-editor.tsx';
import { StepPanel } from './step-panel.tsx';
import { CompensationCard, CustomerCard, FollowUpCard, PlaybookCard } from './ticket-side-cards.tsx';
import { TicketHeader } from './ticket-header.tsx';

/** The ticket page: header with SLA and actions; conversation and reply editor; the six steps, customer and playbook on the right. */
export function TicketPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const id = Number(useParams().id);
  const ticket = useTicket(id);
  const remote = useRemoteTicketChange(id, ticket.data?.version);
  const back = (
    <Link to="/desk">
      <ArrowLeftOutlined /> {t('work.ticket.back')}
    </Link>
  );
  if (ticket.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (ticket.error) {
    if (ticket.error instanceof ApiError && (ticket.error.status === 404 || ticket.error.status === 400)) {
      return <Result status="404" title={t('work.ticket.notFound')} extra={<Button type="primary">{back}</Button>} />;
    }
    return <QueryError error={ticket.error} onRetry={() => void ticket.refetch()} />;
  }
  const data = ticket.data;
  const worker = canWorkTickets(me.role);
  return (
    <>
      <div style={{ marginBottom: 8 }}>{back}</div>
      {remote.newerVersion !== null && (
        <Alert
          type="info"
          showIcon
          title={t('work.ticket.remoteChange')}
          action={
            <Button size="small" type="primary" onClick={remote.load} data-testid="load-remote-change">
              {t('work.ticket.loadLatest')}
            </Button>
          }
          style={{ marginBottom: 8, padding: '4px 12px' }}
          data-testid="remote-change"
        />
      )}
      <TicketHeader ticket={data} />
      <Row gutter={12}>
        <Col xs={24} xl={15} xxl={16}>
          <Conversation ticket={data} />
          {(worker || me.role === 'department_member') && <ReplyEditor ticket={data} />}
        </Col>
        <Col xs={24} xl={9} xxl={8}>
          <EvaluationCard ticket={data} />
          <StepPanel ticket={data} />
          <FollowUpCard ticket={data} />
          <CompensationCard ticket={data} />
          <CustomerCard ticket={data} />
          <PlaybookCard ticket={data} />
        </Col>
      </Row>
    </>
  );
}

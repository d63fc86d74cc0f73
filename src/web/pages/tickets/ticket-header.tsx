import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../hooks/use-me.ts';
import type { Ticket } from '../../hooks/use-tickets.ts';
import { canWorkTickets } from '../../lib/access.ts';
import { useCauseName } from './cause-select.tsx';
import { TicketActions } from './ticket-actions.tsx';
import { KindTag, SeverityTag, SlaCountdown, StatusTag } from './ticket-tags.tsx';
import { UnreasonableTag } from './unreasonable.tsx';

/** The ticket's header: number, subject, kind, status, both SLA timers, owner, department, and the actions. */
export function TicketHeader({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const causeName = useCauseName();
  const sla = ticket.sla;
  const firstState = sla.firstRespondedAt ? 'met' : sla.firstResponseState;
  return (
    <Card size="small" style={{ marginBottom: 12 }} styles={{ body: { padding: '10px 16px' } }}>
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <div style={{ minWidth: 0 }}>
          <Flex gap={8} align="center" wrap>
            <Typography.Text copyable style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' }} data-testid="ticket-number">
              {ticket.number}
            </Typography.Text>
            <KindTag kind={ticket.kind} />
            <StatusTag status={ticket.status} />
            <SeverityTag severity={ticket.severity} />
            {ticket.priority !== 'normal' && <Tag>{t(`work.priorities.${ticket.priority}`)}</Tag>}
            <UnreasonableTag ticket={ticket} editable={canWorkTickets(me.role)} />
          </Flex>
          <Typography.Title level={4} style={{ margin: '4px 0 6px' }}>
            {ticket.subject}
          </Typography.Title>
          <Flex gap={6} wrap>
            {!sla.firstRespondedAt && (ticket.status === 'closed' || ticket.status === 'resolved') ? (
              <Tag>{`${t('work.sla.firstResponse')} · ${t('work.sla.noReply')}`}</Tag>
            ) : (
              <SlaCountdown label={t('work.sla.firstResponse')} dueAt={sla.firstResponseDueAt} state={firstState} />
            )}
            <SlaCountdown label={t('work.sla.resolution')} dueAt={sla.resolutionDueAt} state={sla.resolutionState} />
          </Flex>
        </div>
        {canWorkTickets(me.role) && <TicketActions ticket={ticket} />}
      </Flex>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 4 }}
        style={{ marginTop: 8 }}
        items={[
          { key: 'owner', label: t('work.ticket.owner'), children: ticket.ownerName ?? t('work.list.unassigned') },
          { key: 'department', label: t('work.ticket.department'), children: ticket.departmentName ?? t('common.none') },
          { key: 'channel', label: t('work.ticket.channel'), children: t(`work.channels.${ticket.channel}`) },
          { key: 'cause', label: t('work.ticket.cause'), children: causeName(ticket.causeKey) ?? t('common.none') },
          ...(ticket.escalationReason && ticket.status === 'escalated'
            ? [{ key: 'escalation', label: t('work.ticket.escalationReason'), children: ticket.escalationReason, span: 4 }]
            : []),
        ]}
      />
    </Card>
  );
}

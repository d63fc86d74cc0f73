// The right column's cards below the stepper: customer, difficult-customer playbook, compensation, follow-ups.
import { Card, Empty, Flex, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { difficultTypes, type DifficultType } from '../../../shared/tickets/model.ts';
import { PlaybookView } from '../../components/coach/playbook-view.tsx';
import { useCustomer } from '../../hooks/use-customers.ts';
import { useFormatDateTime } from '../../hooks/use-format.ts';
import { useCurrentUser } from '../../hooks/use-me.ts';
import { useTicketErrorHandler } from '../../hooks/use-ticket-errors.ts';
import { ticketApi, useTicketAction, type Ticket } from '../../hooks/use-tickets.ts';
import { canSee, canWorkTickets } from '../../lib/access.ts';
import { riskReasonText, warrantyText } from '../../lib/customer-text.ts';
import { LevelTag, RiskTag, TierTag } from '../customers/customer-tags.tsx';

/** The customer: name (to the 360 page), tier, level; risk reasons and purchases with warranty when the role reads customers. */
export function CustomerCard({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const readable = canSee(me.role, 'customers');
  const detail = useCustomer(readable ? ticket.customer.id : 0);
  const c = detail.data;
  return (
    <Card size="small" title={t('work.customerCard.title')} style={{ marginBottom: 12 }} data-testid="customer-card">
      <Flex gap={6} align="center" wrap style={{ marginBottom: 6 }}>
        {readable ? (
          <Link to={`/customers/${ticket.customer.id}`} style={{ fontWeight: 600 }}>
            {ticket.customer.name}
          </Link>
        ) : (
          <Typography.Text strong>{ticket.customer.name}</Typography.Text>
        )}
        <TierTag tier={ticket.customer.tier as Parameters<typeof TierTag>[0]['tier']} />
        <LevelTag level={ticket.customer.level as Parameters<typeof LevelTag>[0]['level']} />
        {c && <RiskTag score={c.risk.score} />}
      </Flex>
      {c && c.risk.reasons.length > 0 && (
        <ul style={{ margin: '0 0 6px', paddingInlineStart: 18, fontSize: 12 }}>
          {c.risk.reasons.map((r) => (
            <li key={r.code}>{riskReasonText(t, r)}</li>
          ))}
        </ul>
      )}
      {c && (
        <Flex vertical gap={4}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('work.customerCard.purchases', { count: c.purchases.length })}
          </Typography.Text>
          {c.purchases.slice(0, 4).map((p) => (
            <div key={p.id} style={{ fontSize: 12 }}>
              <Typography.Text>{p.productName}</Typography.Text> <Typography.Text type="secondary">{p.purchasedOn}</Typography.Text>
              <div>
                {p.warranty.map((w) => (
                  <Tag key={w.commitmentId} color={!w.active ? 'default' : w.daysLeft <= 7 ? 'orange' : 'green'} style={{ fontSize: 11 }}>
                    {warrantyText(t, w)}
                  </Tag>
                ))}
              </div>
            </div>
          ))}
        </Flex>
      )}
    </Card>
  );
}

/** The difficult-customer type (settable here, saved with the ticket's version) and its playbook. */
export function PlaybookCard({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const onError = useTicketErrorHandler(ticket.id);
  const update = useTicketAction(ticket.id, (difficultType: DifficultType | null) => ticketApi.update(ticket.id, { version: ticket.version, difficultType }));
  const editable = canWorkTickets(me.role) && ticket.status !== 'closed';
  return (
    <Card
      size="small"
      title={t('work.playbook.cardTitle')}
      style={{ marginBottom: 12 }}
      extra={
        <Select<DifficultType | null>
          size="small"
          value={ticket.difficultType}
          disabled={!editable}
          loading={update.isPending}
          allowClear
          placeholder={t('work.playbook.setType')}
          onChange={(value) => update.mutateAsync(value ?? null).catch(onError)}
          options={difficultTypes.map((d) => ({ value: d, label: t(`work.difficult.${d}`) }))}
          style={{ width: 140 }}
          aria-label={t('work.playbook.setType')}
          data-testid="difficult-select"
        />
      }
    >
      {ticket.difficultType ? <PlaybookView type={ticket.difficultType} /> : <Typography.Text type="secondary">{t('work.playbook.none')}</Typography.Text>}
    </Card>
  );
}

const compensationColors = { approved: 'green', pending: 'orange', rejected: 'red' } as const;

/** Compensation on the ticket with its approval state. */
export function CompensationCard({ ticket }: { ticket: Ticket }) {
  const { t, i18n } = useTranslation();
  if (ticket.compensations.length === 0) return null;
  const money = new Intl.NumberFormat(i18n.language === 'en' ? 'en-US' : 'zh-CN', { style: 'currency', currency: 'CNY' });
  return (
    <Card size="small" title={t('work.compensation.title')} style={{ marginBottom: 12 }}>
      <Flex vertical gap={6}>
        {ticket.compensations.map((c) => (
          <div key={c.id}>
            <Space size={4} wrap>
              <Tag color={compensationColors[c.status]}>{t(`work.compensation.statuses.${c.status}`)}</Tag>
              <Typography.Text strong>{money.format(c.amount)}</Typography.Text>
              <Typography.Text>{t(`work.compensation.types.${c.type}`, { defaultValue: c.type })}</Typography.Text>
            </Space>
            <div style={{ fontSize: 12 }}>
              <Typography.Text type="secondary">{c.description}</Typography.Text>
              {c.decisionNote && <Typography.Text type="secondary"> · {c.decisionNote}</Typography.Text>}
            </div>
          </div>
        ))}
      </Flex>
    </Card>
  );
}

/** The follow-up visits scheduled for the ticket and their outcomes. */
export function FollowUpCard({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  if (ticket.followUps.length === 0) return ticket.status === 'closed' ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('work.followUps.noneScheduled')} /> : null;
  return (
    <Card size="small" title={t('work.followUps.cardTitle')} style={{ marginBottom: 12 }} data-testid="ticket-follow-ups">
      <Flex vertical gap={6}>
        {ticket.followUps.map((f) => (
          <div key={f.id}>
            <Space size={4} wrap>
              <Tag color={f.status === 'pending' ? 'cyan' : 'default'}>{t(`work.followUps.statuses.${f.status}`)}</Tag>
              <Typography.Text>{t('work.followUps.dueOn', { time: format(f.dueAt) })}</Typography.Text>
              {f.outcome && <Tag>{t(`work.followUps.outcomes.${f.outcome}`)}</Tag>}
            </Space>
            {f.note && (
              <div style={{ fontSize: 12 }}>
                <Typography.Text type="secondary">{f.note}</Typography.Text>
              </div>
            )}
          </div>
        ))}
      </Flex>
    </Card>
  );
}

import { Card, Empty, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Customer } from '../../api.ts';
import { useFormatDateTime } from '../../hooks/use-format.ts';

/** The customer's open tickets, soonest due first, each linking to its ticket page. */
export function OpenTicketsCard({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  return (
    <Card title={t('customers.openTickets.title', { count: customer.openTickets.length })} size="small" style={{ marginBottom: 16 }}>
      {customer.openTickets.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.openTickets.empty')} />
      ) : (
        <List
          size="small"
          dataSource={customer.openTickets}
          renderItem={(ticket) => (
            <List.Item>
              <Typography.Text>
                <Link to={`/tickets/${ticket.id}`}>{ticket.number}</Link> · {ticket.subject}
              </Typography.Text>
              <span>
                <Tag>{t(`work.kinds.${ticket.kind}`)}</Tag>
                {ticket.dueAt && <Typography.Text type="secondary">{t('customers.openTickets.due', { time: format(ticket.dueAt) })}</Typography.Text>}
              </span>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

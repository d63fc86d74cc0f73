import { Card, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustomerListItem } from '../../api.ts';
import { useFormatDateTime } from '../../hooks/use-format.ts';
import type { TicketHit } from '../../hooks/use-search.ts';
import { HighlightedText } from './highlighted-text.tsx';
import { KindTag, StatusTag } from './ticket-tags.tsx';

/** The tickets a search found, each with its highlighted snippet. */
export function TicketResults({ tickets }: { tickets: TicketHit[] }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  return (
    <Card title={t('service.search.tickets', { count: tickets.length })} size="small">
      <List<TicketHit>
        dataSource={tickets}
        locale={{ emptyText: t('service.search.noTickets') }}
        renderItem={(ticket) => (
          <List.Item key={ticket.id} style={{ display: 'block' }}>
            <Flex align="center" gap={8} wrap>
              <Link to={`/tickets/${ticket.id}`} style={{ fontWeight: 600 }}>
                {ticket.number}
              </Link>
              <Link to={`/tickets/${ticket.id}`} style={{ color: 'inherit', minWidth: 0, overflowWrap: 'anywhere' }}>
                {ticket.subject}
              </Link>
              <KindTag kind={ticket.kind} />
              <StatusTag status={ticket.status} />
            </Flex>
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 2px', fontSize: 13 }}>
              <HighlightedText text={ticket.snippet.text} highlights={ticket.snippet.highlights} />
            </Typography.Paragraph>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {ticket.customerName} · {format(ticket.createdAt)}
            </Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}

/** The customers a search found. */
export function CustomerResults({ customers }: { customers: CustomerListItem[] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('service.search.customers', { count: customers.length })} size="small">
      <List<CustomerListItem>
        dataSource={customers}
        locale={{ emptyText: t('service.search.noCustomers') }}
        renderItem={(customer) => (
          <List.Item key={customer.id}>
            <Flex vertical gap={2} style={{ minWidth: 0 }}>
              <Flex align="center" gap={8} wrap>
                <Link to={`/customers/${customer.id}`} style={{ fontWeight: 600 }}>
                  {customer.name}
                </Link>
                <Tag>{t(`customers.tiers.${customer.tier}`)}</Tag>
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {[customer.primaryPhone, customer.primaryEmail, customer.region].filter(Boolean).join(' · ') || t('common.none')}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}

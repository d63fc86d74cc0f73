import { Button, Card, Empty, Flex, Popover, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CustomerReading } from '../../components/coach/customer-reading.tsx';
import { useFormatDateTime } from '../../hooks/use-format.ts';
import type { Ticket } from '../../hooks/use-tickets.ts';
import { MessageAttachments } from './message-attachments.tsx';

type Message = Ticket['messages'][number];
type Event = Ticket['events'][number];
type Entry = { at: string; order: number; message?: Message; event?: Event };

// Events that only repeat a message shown in the conversation itself.
const hiddenEvents = new Set(['message_public', 'message_internal', 'department_answered', 'customer_message']);

const record = (data: unknown): Record<string, unknown> => (typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {});
const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** One history event in words. */
function eventText(t: TFunction, event: Event, format: (iso: string) => string): string {
  const d = record(event.data);
  const values: Record<string, string> = {
    reason: str(d.reason),
    department: str(d.departmentName),
    step: d.step ? t(`work.steps.${str(d.step)}`) : '',
    amount: str(d.amount),
    type: d.type ? t(`work.compensation.types.${str(d.type)}`, { defaultValue: str(d.type) }) : '',
    due: d.dueAt ? format(str(d.dueAt)) : '',
    outcome: d.outcome ? t(`work.followUps.outcomes.${str(d.outcome)}`) : '',
    kind: d.kind ? t(`work.letter.kinds.${str(d.kind)}`, { defaultValue: str(d.kind) }) : '',
    channel: d.channel ? t(`work.channels.${str(d.channel)}`) : '',
    fields: Array.isArray(d.fields) ? d.fields.map((f) => t(`work.fields.${str(f)}`, { defaultValue: str(f) })).join('、') : '',
    policy: str(d.policy),
  };
  const type = event.type === 'marked_unreasonable' && !d.policy ? 'unreasonable_cleared' : event.type;
  return t(`work.events.${type}`, { defaultValue: event.type, ...values });
}

const bubble = {
  customer: { background: '#fff', border: '1px solid #e8e8e8' },
  agent: { background: '#e6f0ff', border: '1px solid #bcd4fb' },
  internal: { background: '#fffbe6', border: '1px dashed #ffd666' },
  department: { background: '#f9f0ff', border: '1px solid #d3adf7' },
  system: { background: '#f5f5f5', border: '1px solid #eee' },
} as const;

function MessageBubble({ ticketId, message, latestCustomer, history }: { ticketId: number; message: Message; latestCustomer: boolean; history: string[] }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const internal = message.visibility === 'internal' && message.authorKind === 'agent';
  const style = internal ? bubble.internal : bubble[message.authorKind];
  const right = message.authorKind === 'agent' || message.authorKind === 'department';
  const who =
    message.authorKind === 'customer' ? t('work.conversation.customer') : message.authorName ?? t(`work.conversation.authors.${message.authorKind}`);
  return (
    <Flex justify={right ? 'flex-end' : 'flex-start'} data-testid={`message-${message.authorKind}${internal ? '-internal' : ''}`}>
      <div style={{ maxWidth: '82%', padding: '8px 12px', borderRadius: 8, ...style }}>
        <Flex gap={6} align="center" wrap style={{ marginBottom: 2 }}>
          <Typography.Text strong style={{ fontSize: 12 }}>
            {who}
          </Typography.Text>
          {internal && <Tag color="gold">{t('work.conversation.internal')}</Tag>}
          {message.authorKind === 'department' && <Tag color="purple">{t('work.conversation.departmentAnswer')}</Tag>}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {format(message.createdAt)}
          </Typography.Text>
        </Flex>
        {message.body &&
          (latestCustomer ? <CustomerReading text={message.body} history={history} /> : <div style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{message.body}</div>)}
        <MessageAttachments ticketId={ticketId} attachments={message.attachments} />
      </div>
    </Flex>
  );
}

function EventLine({ event }: { event: Event }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const d = record(event.data);
  const letter = event.type === 'letter_generated' && typeof d.body === 'string' ? d.body : null;
  return (
    <Flex justify="center" data-testid={`event-${event.type}`}>
      <Typography.Text type="secondary" style={{ fontSize: 12, textAlign: 'center' }}>
        {event.actorName ? `${event.actorName} · ` : ''}
        {eventText(t, event, format)} · {format(event.createdAt)}
        {letter && (
          <Popover content={<Typography.Paragraph copyable style={{ whiteSpace: 'pre-wrap', maxWidth: 420, margin: 0 }}>{letter}</Typography.Paragraph>} trigger="click">
            <Button type="link" size="small">
              {t('work.letter.view')}
            </Button>
          </Popover>
        )}
      </Typography.Text>
    </Flex>
  );
}

/** The conversation: messages and history events interleaved by time; the customer's latest message read by the coach. */
export function Conversation({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const entries = useMemo<Entry[]>(() => {
    const list: Entry[] = [
      ...ticket.messages.map((m) => ({ at: m.createdAt, order: 1, message: m })),
      ...ticket.events.filter((e) => !hiddenEvents.has(e.type)).map((e) => ({ at: e.createdAt, order: 0, event: e })),
    ];
    return list.sort((a, b) => a.at.localeCompare(b.at) || a.order - b.order);
  }, [ticket.messages, ticket.events]);
  const { latestCustomer, history } = useMemo(() => {
    const fromCustomer = ticket.messages.filter((m) => m.authorKind === 'customer');
    return { latestCustomer: fromCustomer[fromCustomer.length - 1], history: fromCustomer.slice(0, -1).map((m) => m.body) };
  }, [ticket.messages]);

  return (
    <Card size="small" title={t('work.conversation.title')} style={{ marginBottom: 12 }} styles={{ body: { maxHeight: 560, overflowY: 'auto' } }}>
      {entries.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('work.conversation.empty')} />
      ) : (
        <Flex vertical gap={10}>
          {entries.map((entry) =>
            entry.message ? (
              <MessageBubble key={`m${entry.message.id}`} ticketId={ticket.id} message={entry.message} latestCustomer={entry.message.id === latestCustomer?.id} history={history} />
            ) : (
              <EventLine key={`e${entry.event!.id}`} event={entry.event!} />
            ),
          )}
        </Flex>
      )}
    </Card>
  );
}

import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TicketKind, TicketStatus } from '../../../shared/tickets/model.ts';

const statusColors: Record<TicketStatus, string> = {
  open: 'processing',
  pending_customer: 'gold',
  pending_department: 'purple',
  escalated: 'red',
  resolved: 'green',
  closed: 'default',
};
const kindColors: Record<TicketKind, string> = { complaint: 'volcano', grievance: 'orange', inquiry: 'blue', request: 'cyan', suggestion: 'geekblue' };

/** A ticket's kind as a coloured tag. */
export function KindTag({ kind }: { kind: TicketKind }) {
  const { t } = useTranslation();
  return <Tag color={kindColors[kind]}>{t(`service.common.kinds.${kind}`)}</Tag>;
}

/** A ticket's status as a coloured tag. */
export function StatusTag({ status }: { status: TicketStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColors[status]}>{t(`service.common.statuses.${status}`)}</Tag>;
}

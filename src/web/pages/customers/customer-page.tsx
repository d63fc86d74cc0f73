import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Col, Result, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, type Customer, type CustomerListItem } from '../../api.ts';
import { QueryError } from '../../components/query-error.tsx';
import { useCustomer } from '../../hooks/use-customers.ts';
import { useCurrentUser } from '../../hooks/use-me.ts';
import { canManageCustomers, canWriteCustomers } from '../../lib/access.ts';
import { ContactsCard } from './contacts-card.tsx';
import { CustomerHeader, type QuickAction } from './customer-header.tsx';
import { EditCustomerModal } from './edit-customer-modal.tsx';
import { LogInteractionModal } from './log-interaction-modal.tsx';
import { MergeModal } from './merge-modal.tsx';
import { ProfileCard } from './profile-card.tsx';
import { OpenTicketsCard } from './open-tickets-card.tsx';
import { PurchasesCard } from './purchases-card.tsx';
import { TimelineCard } from './timeline-card.tsx';

/** The 360 view reduced to the list row the phone intake takes as its caller. */
function toCallerItem(c: Customer): CustomerListItem {
  const first = (kind: string) => c.contacts.find((contact) => contact.kind === kind)?.value ?? null;
  return { ...c, primaryPhone: first('phone'), primaryEmail: first('email'), region: c.segments.region ?? null };
}

/** Customer 360: header with risk and quick actions, contacts, profile, purchases with warranty, one timeline. */
export function CustomerPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const id = Number(useParams().id);
  const customer = useCustomer(id);
  const [action, setAction] = useState<QuickAction | null>(null);
  const navigate = useNavigate();
  const back = (
    <Link to="/customers">
      <ArrowLeftOutlined /> {t('customers.detail.back')}
    </Link>
  );

  if (customer.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (customer.error) {
    if (customer.error instanceof ApiError && (customer.error.status === 404 || customer.error.status === 400)) {
      return <Result status="404" title={t('customers.detail.notFound')} extra={<Button type="primary">{back}</Button>} />;
    }
    return <QueryError error={customer.error} onRetry={() => void customer.refetch()} />;
  }
  const c = customer.data;
  const writable = canWriteCustomers(me.role);

  return (
    <>
      <div style={{ marginBottom: 12 }}>{back}</div>
      <CustomerHeader
        customer={c}
        writable={writable}
        canMerge={canManageCustomers(me.role)}
        onAction={(next) => (next === 'ticket' ? navigate('/tickets/new', { state: { caller: toCallerItem(c) } }) : setAction(next))}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <OpenTicketsCard customer={c} />
          <PurchasesCard customer={c} writable={writable} />
          <TimelineCard customerId={c.id} />
        </Col>
        <Col xs={24} xl={8}>
          <ContactsCard customer={c} writable={writable} />
          <ProfileCard customer={c} />
        </Col>
      </Row>
      <LogInteractionModal
        customerId={c.id}
        kind={action === 'call' || action === 'visit' || action === 'note' ? action : null}
        onClose={() => setAction(null)}
      />
      <EditCustomerModal customer={action === 'edit' ? c : null} onClose={() => setAction(null)} />
      <MergeModal customer={action === 'merge' ? c : null} onClose={() => setAction(null)} />
    </>
  );
}

import { DatePicker, Select, Space, TreeSelect } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { tiers } from '../../../shared/customers/cadence.ts';
import { slaFilterStates, type TicketViewFilters } from '../../../shared/schemas/ticket-files.ts';
import { ticketStatuses } from '../../../shared/tickets/model.ts';
import { toLocale } from '../../i18n/i18n.ts';
import { useDepartments } from '../../hooks/use-departments.ts';
import { useCurrentUser } from '../../hooks/use-me.ts';
import { useCauses } from '../../hooks/use-tickets.ts';
import { causeTree } from './cause-select.tsx';
import { createdDays, createdRange } from './list-filters.ts';

const statusOptions = ['active', ...ticketStatuses] as const;
const compact = { size: 'small' as const, allowClear: true, popupMatchSelectWidth: false, style: { minWidth: 116 } };

/** The list-page filters beyond the desk's: status, cause, owner, department, customer tier, SLA state, created days. */
export function MoreTicketFilters({ filters, onChange }: { filters: TicketViewFilters; onChange: (next: TicketViewFilters) => void }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const departments = useDepartments();
  const causes = useCauses();
  const set = <K extends keyof TicketViewFilters>(key: K, value: TicketViewFilters[K] | undefined) => onChange({ ...filters, [key]: value ?? undefined });
  const days = createdDays(filters, me.timeZone);
  const ownerOptions = [{ value: me.id, label: t('work.filters.ownerMe') }];
  if (filters.ownerId && filters.ownerId !== me.id) ownerOptions.push({ value: filters.ownerId, label: t('work.filters.ownerOther', { id: filters.ownerId }) });
  return (
    <Space wrap size={8}>
      <Select<string>
        {...compact}
        placeholder={t('work.filters.status')}
        aria-label={t('work.filters.status')}
        value={filters.status}
        onChange={(v) => set('status', v as TicketViewFilters['status'])}
        options={statusOptions.map((s) => ({ value: s, label: s === 'active' ? t('work.tickets.active') : t(`work.statuses.${s}`) }))}
      />
      <Select<string>
        {...compact}
        placeholder={t('work.filters.slaState')}
        aria-label={t('work.filters.slaState')}
        value={filters.slaState}
        onChange={(v) => set('slaState', v as TicketViewFilters['slaState'])}
        options={slaFilterStates.map((s) => ({ value: s, label: t(`work.filters.slaStates.${s}`) }))}
        data-testid="filter-sla-state"
      />
      <Select<string>
        {...compact}
        placeholder={t('work.filters.customerTier')}
        aria-label={t('work.filters.customerTier')}
        value={filters.customerTier}
        onChange={(v) => set('customerTier', v as TicketViewFilters['customerTier'])}
        options={tiers.map((tier) => ({ value: tier, label: t(`customers.tiers.${tier}`) }))}
      />
      <Select<number>
        {...compact}
        placeholder={t('work.filters.department')}
        aria-label={t('work.filters.department')}
        value={filters.departmentId}
        loading={departments.isPending}
        onChange={(v) => set('departmentId', v)}
        options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
      />
      <Select<number>
        {...compact}
        placeholder={t('work.filters.owner')}
        aria-label={t('work.filters.owner')}
        value={filters.ownerId}
        onChange={(v) => set('ownerId', v)}
        options={ownerOptions}
      />
      <TreeSelect<string>
        size="small"
        allowClear
        placeholder={t('work.filters.cause')}
        aria-label={t('work.filters.cause')}
        value={filters.causeKey}
        onChange={(v) => set('causeKey', v)}
        treeData={causeTree(causes.data ?? [], toLocale(i18n.language))}
        showSearch={{ treeNodeFilterProp: 'title' }}
        popupMatchSelectWidth={false}
        style={{ minWidth: 130 }}
      />
      <DatePicker.RangePicker
        size="small"
        allowEmpty={[false, false]}
        placeholder={[t('work.filters.createdFrom'), t('work.filters.createdTo')]}
        value={days ? [dayjs(days[0]), dayjs(days[1])] : null}
        onChange={(range) => {
          const [from, to] = range ?? [];
          onChange({ ...filters, ...(from && to ? createdRange(from.format('YYYY-MM-DD'), to.format('YYYY-MM-DD'), me.timeZone) : { createdFrom: undefined, createdTo: undefined }) });
        }}
        style={{ width: 240 }}
      />
    </Space>
  );
}

import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { channels, difficultTypes, severities, steps, ticketKinds } from '../../../shared/tickets/model.ts';
import type { TicketFilters } from '../../hooks/use-tickets.ts';

/** The filters a desk queue or the ticket list can narrow by. */
export const filterKeys = ['kind', 'channel', 'step', 'severity', 'difficultType'] as const;
type FilterKey = (typeof filterKeys)[number];

const options: Record<FilterKey, readonly string[]> = {
  kind: ticketKinds,
  channel: channels,
  step: steps,
  severity: severities,
  difficultType: difficultTypes,
};
const labelPrefix: Record<FilterKey, string> = {
  kind: 'work.kinds',
  channel: 'work.channels',
  step: 'work.steps',
  severity: 'work.severities',
  difficultType: 'work.difficult',
};

/** One compact select per filter. */
export function TicketFilterBar({ filters, onChange }: { filters: TicketFilters; onChange: (key: FilterKey, value: string | undefined) => void }) {
  const { t } = useTranslation();
  return (
    <Space wrap size={8}>
      {filterKeys.map((key) => (
        <Select<string>
          key={key}
          size="small"
          allowClear
          placeholder={t(`work.filters.${key}`)}
          aria-label={t(`work.filters.${key}`)}
          value={(filters[key] as string | undefined) ?? undefined}
          onChange={(value) => onChange(key, value ?? undefined)}
          options={options[key].map((value) => ({ value, label: t(`${labelPrefix[key]}.${value}`) }))}
          style={{ minWidth: 116 }}
          popupMatchSelectWidth={false}
        />
      ))}
    </Space>
  );
}

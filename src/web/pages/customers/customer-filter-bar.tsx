import { Button, Checkbox, Flex, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { levels, tiers } from '../../../shared/customers/cadence.ts';
import { segmentKeys } from '../../../shared/schemas/customers.ts';
import type { CustomerFilters } from '../../api.ts';

type SegmentKey = (typeof segmentKeys)[number];

/** The filters above the customer list: search, tier, level, segment, tag, mine, risk band, due to contact. */
export function CustomerFilterBar({ filters, onChange }: { filters: CustomerFilters; onChange: (filters: CustomerFilters) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState(filters.q ?? '');
  const [tag, setTag] = useState(filters.tag ?? '');
  const [segmentValue, setSegmentValue] = useState(filters.segmentValue ?? '');
  const set = (patch: Partial<CustomerFilters>) => onChange({ ...filters, ...patch });
  const active = Object.keys(filters).length > 0;

  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
      <Input.Search
        allowClear
        placeholder={t('customers.filters.search')}
        aria-label={t('customers.filters.search')}
        style={{ width: 320 }}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onSearch={(value) => set({ q: value.trim() || undefined })}
      />
      <Select
        allowClear
        placeholder={t('customers.filters.tier')}
        style={{ width: 120 }}
        value={filters.tier}
        onChange={(tier) => set({ tier })}
        options={tiers.map((value) => ({ value, label: t(`customers.tiers.${value}`) }))}
      />
      <Select
        allowClear
        placeholder={t('customers.filters.level')}
        style={{ width: 120 }}
        value={filters.level}
        onChange={(level) => set({ level })}
        options={levels.map((value) => ({ value, label: t(`customers.levels.${value}`) }))}
      />
      <Space.Compact>
        <Select<SegmentKey>
          allowClear
          placeholder={t('customers.filters.segment')}
          style={{ width: 120 }}
          value={filters.segment}
          onChange={(segment) => set({ segment, segmentValue: segment ? segmentValue.trim() || undefined : undefined })}
          options={segmentKeys.map((value) => ({ value, label: t(`customers.segmentKeys.${value}`) }))}
        />
        <Input
          placeholder={t('customers.filters.segmentValue')}
          aria-label={t('customers.filters.segmentValue')}
          style={{ width: 120 }}
          disabled={!filters.segment}
          value={segmentValue}
          maxLength={50}
          onChange={(e) => setSegmentValue(e.target.value)}
          onPressEnter={() => set({ segmentValue: segmentValue.trim() || undefined })}
          onBlur={() => segmentValue.trim() !== (filters.segmentValue ?? '') && set({ segmentValue: segmentValue.trim() || undefined })}
        />
      </Space.Compact>
      <Input
        allowClear
        placeholder={t('customers.filters.tag')}
        aria-label={t('customers.filters.tag')}
        style={{ width: 110 }}
        value={tag}
        maxLength={30}
        onChange={(e) => {
          setTag(e.target.value);
          if (!e.target.value) set({ tag: undefined });
        }}
        onPressEnter={() => set({ tag: tag.trim() || undefined })}
        onBlur={() => tag.trim() !== (filters.tag ?? '') && set({ tag: tag.trim() || undefined })}
      />
      <Select
        allowClear
        placeholder={t('customers.filters.risk')}
        style={{ width: 110 }}
        value={filters.risk}
        onChange={(risk) => set({ risk })}
        options={(['high', 'medium', 'low'] as const).map((value) => ({ value, label: t(`customers.bands.${value}`) }))}
      />
      <Checkbox checked={filters.ownerId === 'me'} onChange={(e) => set({ ownerId: e.target.checked ? 'me' : undefined })}>
        {t('customers.filters.mine')}
      </Checkbox>
      <Checkbox checked={filters.due === 'true'} onChange={(e) => set({ due: e.target.checked ? 'true' : undefined })}>
        {t('customers.filters.due')}
      </Checkbox>
      {active && (
        <Button
          type="link"
          onClick={() => {
            setQ('');
            setTag('');
            setSegmentValue('');
            onChange({});
          }}
        >
          {t('customers.filters.reset')}
        </Button>
      )}
    </Flex>
  );
}

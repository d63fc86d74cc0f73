import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Popover, Space, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustomerListItem } from '../../api.ts';
import { useFormatDateTime, useToday } from '../../hooks/use-format.ts';
import { LevelTag, NextContact, RiskTag, TierTag } from './customer-tags.tsx';

/** The list's optional columns, in display order (the name is always shown). */
export const customerColumnKeys = ['tier', 'level', 'phone', 'email', 'region', 'tags', 'owner', 'risk', 'nextContact', 'createdAt'] as const;
/** One optional column. */
export type CustomerColumnKey = (typeof customerColumnKeys)[number];

const storageKey = 'lingting.customers.columns';

function storedColumns(): CustomerColumnKey[] {
  try {
    const raw: unknown = JSON.parse(window.localStorage.getItem(storageKey) ?? 'null');
    if (Array.isArray(raw)) return customerColumnKeys.filter((key) => raw.includes(key));
  } catch {
    // unreadable or unavailable storage: fall back to every column
  }
  return [...customerColumnKeys];
}

/** The columns the user chose to see, remembered in this browser. */
export function useVisibleColumns(): [CustomerColumnKey[], (keys: CustomerColumnKey[]) => void] {
  const [visible, setVisible] = useState<CustomerColumnKey[]>(storedColumns);
  const update = (keys: CustomerColumnKey[]) => {
    const ordered = customerColumnKeys.filter((key) => keys.includes(key));
    setVisible(ordered);
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(ordered));
    } catch {
      // storage unavailable: the choice lasts for this page only
    }
  };
  return [visible, update];
}

const titleKeys: Record<CustomerColumnKey, string> = {
  tier: 'customers.tier',
  level: 'customers.level',
  phone: 'customers.phone',
  email: 'customers.email',
  region: 'customers.region',
  tags: 'customers.tags',
  owner: 'customers.owner',
  risk: 'customers.risk',
  nextContact: 'customers.nextContact',
  createdAt: 'customers.createdAt',
};

/** The table columns of the customer list, limited to the visible ones. */
export function useCustomerColumns(visible: CustomerColumnKey[]): TableColumnsType<CustomerListItem> {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const today = useToday();
  const none = t('common.none');
  const all: Record<CustomerColumnKey, TableColumnsType<CustomerListItem>[number]> = {
    tier: { render: (_, c) => <TierTag tier={c.tier} /> },
    level: { render: (_, c) => <LevelTag level={c.level} /> },
    phone: { render: (_, c) => <span style={{ whiteSpace: 'nowrap' }}>{c.primaryPhone ?? none}</span> },
    email: { render: (_, c) => c.primaryEmail ?? none },
    region: { render: (_, c) => c.region ?? none },
    tags: {
      render: (_, c) =>
        c.tags.length === 0 ? none : (
          <Space size={[0, 4]} wrap>
            {c.tags.map((tag) => (
              <Tag key={tag}>{tag}</Tag>
            ))}
          </Space>
        ),
    },
    owner: { render: (_, c) => c.ownerName ?? t('customers.noOwner') },
    risk: { render: (_, c) => <RiskTag score={c.riskScore} /> },
    nextContact: { render: (_, c) => <NextContact dueOn={c.nextContactDueOn} overdue={c.overdue} today={today} /> },
    createdAt: { render: (_, c) => <span style={{ whiteSpace: 'nowrap' }}>{format(c.createdAt)}</span> },
  };
  return [
    {
      key: 'name',
      title: t('customers.name'),
      fixed: 'left',
      render: (_, c) => (
        <Link to={`/customers/${c.id}`} style={{ fontWeight: 500, whiteSpace: 'nowrap' }}>
          {c.name}
        </Link>
      ),
    },
    ...visible.map((key) => ({ ...all[key], key, title: t(titleKeys[key]) })),
  ];
}

/** A button opening the list of optional columns to show or hide. */
export function ColumnChooser({ visible, onChange }: { visible: CustomerColumnKey[]; onChange: (keys: CustomerColumnKey[]) => void }) {
  const { t } = useTranslation();
  const content = (
    <Flex vertical gap={8}>
      <Checkbox.Group<CustomerColumnKey>
        value={visible}
        onChange={onChange}
        options={customerColumnKeys.map((key) => ({ value: key, label: t(titleKeys[key]) }))}
        style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
      />
      <Button size="small" onClick={() => onChange([...customerColumnKeys])}>
        {t('customers.columnsReset')}
      </Button>
    </Flex>
  );
  return (
    <Popover trigger="click" placement="bottomRight" content={content} title={t('customers.columns')}>
      <Button icon={<SettingOutlined />}>{t('customers.columns')}</Button>
    </Popover>
  );
}

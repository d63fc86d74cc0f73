import { UserAddOutlined } from '@ant-design/icons';
import { Flex, Input, Radio, Spin, Typography, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerListItem } from '../../api.ts';
import { useCustomerSearch } from '../../hooks/use-customers.ts';
import { TierTag } from '../customers/customer-tags.tsx';

/** Who the caller is: an existing customer's id, or a new customer to create. */
export type Caller = { kind: 'existing'; customer: CustomerListItem } | { kind: 'new' } | null;

/** The digits of a phone number as typed (spaces, dashes and a +86 prefix dropped). */
export function callerDigits(text: string): string {
  return text.replace(/\D/g, '').replace(/^86(?=1\d{10}$)/, '');
}

/**
 * The caller number field (first on the intake form) and the customers it matches by phone tail. Enter picks the
 * only match, or "new customer" when none matches, then hands focus on via onDone.
 */
export function CallerLookup({ phone, onPhone, caller, onCaller, onDone }: { phone: string; onPhone: (v: string) => void; caller: Caller; onCaller: (c: Caller) => void; onDone: (c: Caller) => void }) {
  const { t } = useTranslation();
  const input = useRef<InputRef>(null);
  const [query, setQuery] = useState('');
  const digits = callerDigits(phone);
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(digits.length >= 3 ? digits : ''), 250);
    return () => window.clearTimeout(timer);
  }, [digits]);
  const search = useCustomerSearch(query);
  const matches = query ? (search.data?.items ?? []) : [];
  const settled = query === digits && !search.isFetching;

  const pick = (): Caller => {
    if (caller) return caller;
    if (matches.length === 1) return { kind: 'existing', customer: matches[0] };
    return matches.length === 0 ? { kind: 'new' } : null;
  };
  const value = caller === null ? undefined : caller.kind === 'new' ? 'new' : String(caller.customer.id);

  return (
    <Flex vertical gap={8}>
      <Input
        ref={input}
        id="caller-phone"
        size="large"
        autoFocus
        inputMode="tel"
        autoComplete="off"
        value={phone}
        placeholder={t('work.intake.phonePlaceholder')}
        onChange={(e) => {
          onPhone(e.target.value);
          onCaller(null);
        }}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          if (!settled && digits.length >= 3) return;
          const chosen = pick();
          if (chosen) {
            onCaller(chosen);
            onDone(chosen);
          }
        }}
        suffix={search.isFetching ? <Spin size="small" /> : null}
        data-testid="caller-phone"
      />
      {digits.length >= 3 && settled && (
        <Radio.Group
          value={value}
          onChange={(e) => {
            const v = e.target.value as string;
            const chosen: Caller = v === 'new' ? { kind: 'new' } : { kind: 'existing', customer: matches.find((m) => String(m.id) === v)! };
            onCaller(chosen);
          }}
          style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
          aria-label={t('work.intake.matches')}
        >
          {matches.map((m) => (
            <Radio key={m.id} value={String(m.id)}>
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong>{m.name}</Typography.Text>
                <Typography.Text type="secondary">{m.primaryPhone ?? t('common.none')}</Typography.Text>
                <TierTag tier={m.tier} />
              </Flex>
            </Radio>
          ))}
          <Radio value="new">
            <UserAddOutlined /> {matches.length === 0 ? t('work.intake.noMatchNew') : t('work.intake.newCustomer')}
          </Radio>
        </Radio.Group>
      )}
    </Flex>
  );
}

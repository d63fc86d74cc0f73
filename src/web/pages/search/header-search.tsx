import { useQueryClient } from '@tanstack/react-query';
import { SearchOutlined } from '@ant-design/icons';
import { Button, Grid, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { parseTicketNumber } from '../../../shared/tickets/ticket-number.ts';
import { fetchSearch, searchKey } from '../../hooks/use-search.ts';

/**
 * The search box in the header: Enter opens the results page; a complete ticket number that matches
 * exactly one ticket opens that ticket at once.
 */
export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const screens = Grid.useBreakpoint();
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);

  const go = async (raw: string) => {
    const q = raw.trim();
    if (!q) return;
    if (parseTicketNumber(q)) {
      setBusy(true);
      try {
        const found = await client.fetchQuery({ queryKey: searchKey(q), queryFn: () => fetchSearch(q) });
        const exact = found.tickets.filter((ticket) => ticket.number.toUpperCase() === q.toUpperCase());
        if (exact.length === 1) {
          setValue('');
          navigate(`/tickets/${exact[0].id}`);
          return;
        }
      } catch {
        // the results page shows the error
      } finally {
        setBusy(false);
      }
    }
    navigate(`/search?q=${encodeURIComponent(q)}`);
  };

  if (!screens.sm) return <Button type="text" icon={<SearchOutlined />} onClick={() => navigate('/search')} aria-label={t('service.search.title')} />;
  return (
    <Input.Search
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onSearch={(text) => void go(text)}
      loading={busy}
      allowClear
      placeholder={t('service.search.headerPlaceholder')}
      aria-label={t('service.search.title')}
      style={{ width: screens.lg ? 320 : 220 }}
      maxLength={100}
    />
  );
}

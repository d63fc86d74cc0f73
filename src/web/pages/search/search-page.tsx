import { Alert, Card, Col, Empty, Input, Result, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useCurrentUser } from '../../hooks/use-me.ts';
import { useSearch } from '../../hooks/use-search.ts';
import { canSearch } from '../../lib/access.ts';
import { CustomerResults, TicketResults } from './search-results.tsx';

// The server answers with at most this many tickets, most relevant and newest first.
const ticketLimit = 20;

/** `/search?q=`: tickets (with highlighted snippets) and customers matching one query. */
export function SearchPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const search = useSearch(canSearch(me.role) ? q : '');

  if (!canSearch(me.role)) return <Result status="403" title={t('forbidden.title')} subTitle={t('forbidden.subtitle')} />;

  const data = search.data;
  const nothing = data && data.tickets.length === 0 && data.customers.length === 0;
  return (
    <>
      <PageHeader title={t('service.search.title')} />
      <Input.Search
        key={q}
        defaultValue={q}
        size="large"
        allowClear
        enterButton={t('service.search.submit')}
        placeholder={t('service.search.placeholder')}
        onSearch={(value) => setParams(value.trim() ? { q: value.trim() } : {})}
        style={{ maxWidth: 640, marginBottom: 16 }}
        aria-label={t('service.search.title')}
      />
      {!q ? (
        <Alert type="info" showIcon title={t('service.search.hint')} description={t('service.search.examples')} />
      ) : search.error ? (
        <QueryError error={search.error} onRetry={() => void search.refetch()} />
      ) : !data ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : nothing ? (
        <Card>
          <Empty
            description={
              <>
                <Typography.Paragraph>{t('service.search.empty', { q })}</Typography.Paragraph>
                <Typography.Text type="secondary">{t('service.search.emptyTips')}</Typography.Text>
              </>
            }
          />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          {data.tickets.length >= ticketLimit && (
            <Col xs={24}>
              <Alert type="info" showIcon title={t('service.search.limited', { count: ticketLimit })} />
            </Col>
          )}
          <Col xs={24} xl={16}>
            <TicketResults tickets={data.tickets} />
          </Col>
          <Col xs={24} xl={8}>
            <CustomerResults customers={data.customers} />
          </Col>
        </Row>
      )}
    </>
  );
}

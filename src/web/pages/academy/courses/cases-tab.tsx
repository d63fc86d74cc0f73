import { Button, Card, Col, Empty, Flex, Row, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryError } from '../../../components/query-error.tsx';
import { useCases } from '../../../hooks/use-courses.ts';
import { CaseFormModal } from './case-form.tsx';
import { CaseReader } from './case-reader.tsx';
import { useIsCourseEditor, useLocalized } from './course-text.ts';

/** The case studies with discussion questions; `?tab=cases&case=<id>` opens one. */
export function CasesTab() {
  const [params, setParams] = useSearchParams();
  const id = Number(params.get('case'));
  if (Number.isInteger(id) && id > 0) return <CaseReader key={id} caseId={id} onBack={() => setParams({ tab: 'cases' })} />;
  return <CaseList onOpen={(caseId) => setParams({ tab: 'cases', case: String(caseId) })} />;
}

function CaseList({ onOpen }: { onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const list = useCases();
  const editor = useIsCourseEditor();
  const [creating, setCreating] = useState(false);
  if (list.error) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  if (list.isPending) return <Skeleton active />;
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Text type="secondary">{t('academyCourses.cases.intro')}</Typography.Text>
        {editor && <Button type="primary" onClick={() => setCreating(true)}>{t('academyCourses.cases.new')}</Button>}
      </Flex>
      {list.data.length === 0 ? (
        <Card>
          <Empty description={t('academyCourses.cases.empty')} />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          {list.data.map((c) => (
            <Col key={c.id} xs={24} md={12}>
              <Card hoverable onClick={() => onOpen(c.id)} data-testid={`case-${c.id}`} style={{ height: '100%' }}>
                <Flex vertical gap={8}>
                  <Typography.Text strong style={{ fontSize: 15 }}>{text(c.title)}</Typography.Text>
                  <Flex gap={8} wrap>
                    <Tag>{t('academyCourses.cases.questionCount', { count: c.questionCount })}</Tag>
                    {c.answered ? <Tag color="green">{t('academyCourses.cases.answered')}</Tag> : <Tag color="orange">{t('academyCourses.cases.notAnswered')}</Tag>}
                  </Flex>
                </Flex>
              </Card>
            </Col>
          ))}
        </Row>
      )}
      <CaseFormModal open={creating} caseView={null} onClose={() => setCreating(false)} onSaved={onOpen} />
    </Flex>
  );
}

import { Button, Card, Col, Empty, Flex, Row, Skeleton, Tabs, Tag, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isAssessmentKey } from '../../../shared/academy/assessments.ts';
import type { AssessmentView } from '../../../shared/schemas/academy.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useAssessmentResults, useAssessments } from '../../hooks/use-academy.ts';
import { useCurrentUser } from '../../hooks/use-me.ts';
import { toLocale } from '../../i18n/i18n.ts';
import { bandColor, bandOf, pick } from './academy-text.ts';
import { AssessmentPlayer } from './assessment-player.tsx';
import { CasesTab } from './courses/cases-tab.tsx';
import { CoursesTab } from './courses/courses-tab.tsx';
import { SelfCareTab } from './courses/self-care-tab.tsx';
import { MyLearning } from './progress/my-learning.tsx';
import { TeamProgress } from './progress/team-progress.tsx';
import { QuizzesTab } from './quizzes/quizzes-tab.tsx';
import { SimulatorTab } from './simulator/simulator-tab.tsx';
import { TeamView } from './team-view.tsx';
import { ToleranceSetting } from './tolerance-setting.tsx';

const teamRoles = new Set(['trainer', 'supervisor', 'admin']);
const learnerTabs = ['mine', 'courses', 'quizzes', 'cases', 'simulator', 'self-care'] as const;

/** The academy: "my learning" with the self-assessments, and the team view for trainers and supervisors. */
export function AcademyPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const list = useAssessments();
  const [params, setParams] = useSearchParams();
  const open = params.get('assessment');
  const asked = params.get('tab') ?? 'mine';
  const tab = asked === 'team' ? (teamRoles.has(me.role) ? 'team' : 'mine') : (learnerTabs as readonly string[]).includes(asked) ? asked : 'mine';
  const assessments = list.data?.assessments ?? [];
  const playing = open && isAssessmentKey(open) ? assessments.find((a) => a.key === open) : undefined;
  const go = (next: Record<string, string>) => setParams(next);

  const mine = playing ? (
    <AssessmentPlayer key={playing.key} assessment={playing} onBack={() => go({})} />
  ) : assessments.length === 0 ? (
    <Card>
      <Empty description={t('academy.mine.empty')} />
    </Card>
  ) : (
    <>
      <MyLearning />
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('academy.mine.assessments')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {assessments.map((a) => (
          <Col key={a.key} xs={24} lg={12}>
            <AssessmentCard assessment={a} onStart={() => go({ assessment: a.key })} />
          </Col>
        ))}
      </Row>
    </>
  );

  return (
    <>
      <PageHeader title={t('academy.title')} description={t('academy.description')} />
      {list.error && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.isPending ? (
        <Skeleton active />
      ) : (
        <Tabs
          activeKey={tab}
          destroyOnHidden
          onChange={(next) => go(next === 'mine' ? {} : { tab: next })}
          items={[
            { key: 'mine', label: t('academy.tabs.mine'), children: mine },
            { key: 'courses', label: t('academy.tabs.courses'), children: <CoursesTab /> },
            { key: 'quizzes', label: t('academy.tabs.quizzes'), children: <QuizzesTab /> },
            { key: 'cases', label: t('academy.tabs.cases'), children: <CasesTab /> },
            { key: 'simulator', label: t('academy.tabs.simulator'), children: <SimulatorTab /> },
            { key: 'self-care', label: t('academy.tabs.selfCare'), children: <SelfCareTab /> },
            ...(teamRoles.has(me.role)
              ? [
                  {
                    key: 'team',
                    label: t('academy.tabs.team'),
                    children: assessments.length > 0 && (
                      <Flex vertical gap={16}>
                        <TeamProgress />
                        {(me.role === 'admin' || me.role === 'trainer') && list.data && <ToleranceSetting tolerance={list.data.tolerance} />}
                        <TeamView assessments={assessments} />
                      </Flex>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
    </>
  );
}

function AssessmentCard({ assessment, onStart }: { assessment: AssessmentView; onStart: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const results = useAssessmentResults(assessment.key);
  const last = results.data?.at(-1);
  return (
    <Card title={pick(assessment.title, locale)} style={{ height: '100%' }} data-testid={`assessment-${assessment.key}`}>
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {pick(assessment.intro, locale)}
        </Typography.Paragraph>
        <Flex gap={8} wrap>
          <Tag>{t('academy.mine.itemCount', { count: assessment.items.length })}</Tag>
          <Tag>{t(assessment.scale === 'frequency' ? 'academy.mine.frequencyScale' : 'academy.mine.bipolarScale')}</Tag>
        </Flex>
        <Flex justify="space-between" align="center" gap={12} wrap>
          {last ? (
            <Tag color={bandColor(assessment, last.band)}>{t('academy.mine.lastResult', { total: last.total, band: pick(bandOf(assessment, last.band)?.title, locale) })}</Tag>
          ) : (
            <Typography.Text type="secondary">{t('academy.mine.notTaken')}</Typography.Text>
          )}
          <Button type="primary" onClick={onStart}>
            {last ? t('academy.mine.retake') : t('academy.mine.start')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}

import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Flex, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PersonaView } from '../../../../shared/schemas/academy-simulator.ts';
import { playbooks } from '../../../../shared/tickets/playbooks.ts';
import type { DifficultType } from '../../../../shared/tickets/model.ts';
import { toLocale } from '../../../i18n/i18n.ts';
import { pick } from '../academy-text.ts';
import { moodColor } from './simulator-text.ts';

/** The persona's difficult type as a tag (the tickets' playbook name), or "mild". */
function TypeTag({ persona }: { persona: PersonaView }) {
  const { t, i18n } = useTranslation();
  const name = persona.type ? pick(playbooks[persona.type as DifficultType]?.name, toLocale(i18n.language)) : t('simulator.mildType');
  return <Tag color={persona.type ? 'volcano' : 'green'}>{name}</Tag>;
}

/** Cards of the seven personas; choosing one shows its scenarios. */
export function PersonaGrid({ personas, onChoose }: { personas: PersonaView[]; onChoose: (key: string) => void }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  return (
    <Row gutter={[16, 16]}>
      {personas.map((p) => (
        <Col key={p.key} xs={24} md={12} xl={8}>
          <Card title={pick(p.name, locale)} extra={<TypeTag persona={p} />} style={{ height: '100%' }} data-testid={`persona-${p.key}`}>
            <Flex vertical gap={12}>
              <Typography.Paragraph type="secondary" style={{ margin: 0, minHeight: 44 }}>
                {pick(p.brief, locale)}
              </Typography.Paragraph>
              <Flex justify="space-between" align="center" wrap gap={8}>
                <Flex gap={8}>
                  <Tag color={moodColor(p.startMood)}>{t('simulator.startMood', { mood: p.startMood })}</Tag>
                  <Tag>{t('simulator.scenarioCount', { count: p.scenarios.length })}</Tag>
                </Flex>
                <Button type="primary" onClick={() => onChoose(p.key)}>
                  {t('simulator.chooseScenario')}
                </Button>
              </Flex>
            </Flex>
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** The scenarios of one persona, each with its brief and a start button. */
export function ScenarioPicker({ persona, starting, onStart, onBack }: { persona: PersonaView; starting: boolean; onStart: (scenario: string) => void; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  return (
    <Flex vertical gap={16}>
      <Flex align="center" gap={12} wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
          {t('simulator.back')}
        </Button>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {pick(persona.name, locale)}
        </Typography.Title>
        <TypeTag persona={persona} />
      </Flex>
      <Typography.Text type="secondary">{pick(persona.brief, locale)}</Typography.Text>
      <Row gutter={[16, 16]}>
        {persona.scenarios.map((s) => (
          <Col key={s.key} xs={24} lg={8}>
            <Card title={pick(s.title, locale)} style={{ height: '100%' }} data-testid={`scenario-${s.key}`}>
              <Flex vertical gap={12}>
                <Descriptions
                  column={1}
                  size="small"
                  items={(['product', 'problem', 'wants', 'accepts'] as const).map((field) => ({ key: field, label: t(`simulator.scenario.${field}`), children: pick(s[field], locale) }))}
                />
                <Button type="primary" loading={starting} onClick={() => onStart(s.key)} style={{ alignSelf: 'flex-end' }}>
                  {t('simulator.start')}
                </Button>
              </Flex>
            </Card>
          </Col>
        ))}
      </Row>
    </Flex>
  );
}

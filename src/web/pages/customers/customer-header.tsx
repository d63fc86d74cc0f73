import { EditOutlined, EnvironmentOutlined, FileTextOutlined, MergeCellsOutlined, PhoneOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Flex, List, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../api.ts';
import { useFormatDateTime, useToday } from '../../hooks/use-format.ts';
import { riskColors, riskReasonText } from '../../lib/customer-text.ts';
import { LevelTag, NextContact, RiskTag, TierTag } from './customer-tags.tsx';

/** What a quick action opens. */
export type QuickAction = 'call' | 'visit' | 'note' | 'edit' | 'merge' | 'ticket';

/** The 360 header: name, tier, level, value, risk with its reasons, owner, next contact, and the quick actions. */
export function CustomerHeader({
  customer: c,
  writable,
  canMerge,
  onAction,
}: {
  customer: Customer;
  writable: boolean;
  canMerge: boolean;
  onAction: (action: QuickAction) => void;
}) {
  const { t, i18n } = useTranslation();
  const today = useToday();
  const format = useFormatDateTime();
  const money = new Intl.NumberFormat(i18n.language === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: 2 }).format(c.value);

  return (
    <Card style={{ marginBottom: 16 }} styles={{ body: { padding: 20 } }}>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <div>
          <Space align="center" wrap size={8}>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {c.name}
            </Typography.Title>
            <Tag>{t(`customers.kinds.${c.kind}`)}</Tag>
            <TierTag tier={c.tier} />
            <LevelTag level={c.level} />
            {c.tags.map((tag) => (
              <Tag key={tag} color="default">
                {tag}
              </Tag>
            ))}
          </Space>
        </div>
        {writable && (
          <Space wrap>
            <Button icon={<PhoneOutlined />} onClick={() => onAction('call')}>
              {t('customers.actions.logCall')}
            </Button>
            <Button icon={<EnvironmentOutlined />} onClick={() => onAction('visit')}>
              {t('customers.actions.logVisit')}
            </Button>
            <Button icon={<FileTextOutlined />} onClick={() => onAction('note')}>
              {t('customers.actions.addNote')}
            </Button>
            <Button icon={<PlusOutlined />} onClick={() => onAction('ticket')}>
              {t('customers.actions.newTicket')}
            </Button>
            <Button icon={<EditOutlined />} onClick={() => onAction('edit')}>
              {t('customers.actions.edit')}
            </Button>
            {canMerge && (
              <Button icon={<MergeCellsOutlined />} onClick={() => onAction('merge')}>
                {t('customers.actions.merge')}
              </Button>
            )}
          </Space>
        )}
      </Flex>
      <Row gutter={24} style={{ marginTop: 16 }}>
        <Col xs={24} lg={12}>
          <Descriptions
            size="small"
            column={2}
            items={[
              { key: 'value', label: t('customers.value'), children: t('customers.detail.valueAmount', { value: money }) },
              { key: 'owner', label: t('customers.owner'), children: c.ownerName ?? t('customers.noOwner') },
              {
                key: 'next',
                label: t('customers.nextContact'),
                children: <NextContact dueOn={c.nextContactDueOn} overdue={c.overdue} today={today} />,
              },
              { key: 'last', label: t('customers.lastContact'), children: c.lastContactAt ? format(c.lastContactAt) : t('customers.never') },
            ]}
          />
          <Typography.Text type="secondary">{t('customers.detail.cadence', { days: c.cadenceDays })}</Typography.Text>
        </Col>
        <Col xs={24} lg={12}>
          <Space align="center" style={{ marginBottom: 4 }}>
            <Typography.Text strong>{t('customers.detail.riskScore')}</Typography.Text>
            <RiskTag score={c.risk.score} />
          </Space>
          {c.risk.reasons.length === 0 ? (
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {t('customers.detail.noRisk')}
            </Typography.Paragraph>
          ) : (
            <List
              size="small"
              split={false}
              aria-label={t('customers.detail.riskReasons')}
              dataSource={c.risk.reasons}
              renderItem={(reason) => (
                <List.Item style={{ padding: '2px 0' }}>
                  <Space size={6}>
                    <Tag color={riskColors[c.risk.band]} style={{ minWidth: 52, textAlign: 'center' }}>
                      {t('customers.riskReasons.points', { points: reason.points })}
                    </Tag>
                    {riskReasonText(t, reason)}
                  </Space>
                </List.Item>
              )}
            />
          )}
        </Col>
      </Row>
    </Card>
  );
}

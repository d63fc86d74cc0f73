import { AlertOutlined, ClockCircleOutlined, GiftOutlined, PhoneOutlined, RiseOutlined } from '@ant-design/icons';
import { Card, Col, Row, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskCounts } from '../../hooks/use-board.ts';

type Tile = { key: string; value: number | undefined; color: string; icon: ReactNode; anchor: string };

/** The SLA health tiles: breached, due soon, escalated, compensation to approve, follow-ups due. */
export function SlaHealth({ counts, pendingCompensations, loading }: { counts: DeskCounts | undefined; pendingCompensations: number | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const tiles: Tile[] = [
    { key: 'breached', value: counts?.breached, color: '#cf1322', icon: <AlertOutlined />, anchor: 'board-breached' },
    { key: 'dueSoon', value: counts?.dueSoon, color: '#d46b08', icon: <ClockCircleOutlined />, anchor: 'board-due-soon' },
    { key: 'escalated', value: counts?.escalated, color: '#c41d7f', icon: <RiseOutlined />, anchor: 'board-escalated' },
    { key: 'compensations', value: pendingCompensations, color: '#1f6feb', icon: <GiftOutlined />, anchor: 'board-compensations' },
    { key: 'followUps', value: counts?.followUps, color: '#389e0d', icon: <PhoneOutlined />, anchor: 'board-follow-ups' },
  ];
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {tiles.map((tile) => (
        <Col key={tile.key} xs={12} md={8} xl={{ flex: '20%' }}>
          <a href={`#${tile.anchor}`} style={{ display: 'block' }}>
            <Card size="small" hoverable loading={loading && tile.value === undefined}>
              <Statistic
                title={t(`service.board.health.${tile.key}`)}
                value={tile.value ?? 0}
                prefix={tile.icon}
                styles={{ content: { color: (tile.value ?? 0) > 0 ? tile.color : undefined } }}
              />
              <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{t(`service.board.health.${tile.key}Hint`)}</div>
            </Card>
          </a>
        </Col>
      ))}
    </Row>
  );
}

import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { bandColors, moodColor } from './simulator-text.ts';

const width = 760;
const height = 220;
const pad = { left: 36, right: 16, top: 14, bottom: 30 };
/** The band boundaries drawn as dashed lines, and the bands shaded behind the line. */
const bands = [
  { band: 'calm', from: 0, to: 35 },
  { band: 'tense', from: 35, to: 70 },
  { band: 'furious', from: 70, to: 100 },
] as const;

/** The customer's mood after each message as a line chart, over the calm / tense / furious bands. */
export function MoodChart({ curve }: { curve: number[] }) {
  const { t } = useTranslation();
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const x = (i: number) => pad.left + (curve.length > 1 ? (plotW * i) / (curve.length - 1) : plotW / 2);
  const y = (mood: number) => pad.top + plotH - (mood / 100) * plotH;
  const points = curve.map((m, i) => `${x(i)},${y(m)}`).join(' ');

  return (
    <Flex vertical gap={8}>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={t('simulator.chart.label')} style={{ maxWidth: width }} data-testid="mood-chart">
        {bands.map((b) => (
          <rect key={b.band} x={pad.left} width={plotW} y={y(b.to)} height={y(b.from) - y(b.to)} fill={bandColors[b.band]} opacity={0.06} />
        ))}
        {[0, 35, 70, 100].map((v) => (
          <g key={v}>
            <line x1={pad.left} x2={width - pad.right} y1={y(v)} y2={y(v)} stroke={v === 0 ? '#d9d9d9' : '#bfbfbf'} strokeDasharray={v === 0 ? undefined : '4 4'} />
            <text x={pad.left - 6} y={y(v) + 4} fontSize={11} textAnchor="end" fill="#8c8c8c">
              {v}
            </text>
          </g>
        ))}
        <polyline points={points} fill="none" stroke="#1677ff" strokeWidth={2} strokeLinejoin="round" />
        {curve.map((m, i) => (
          <g key={i}>
            <title>{`${i === 0 ? t('simulator.chart.start') : t('simulator.chart.turn', { n: i })} · ${m}`}</title>
            <circle cx={x(i)} cy={y(m)} r={4} fill={moodColor(m)} stroke="#fff" strokeWidth={1.5} />
            <text x={x(i)} y={y(m) - 8} fontSize={11} textAnchor="middle" fill="#262626">
              {m}
            </text>
            <text x={x(i)} y={height - 10} fontSize={11} textAnchor="middle" fill="#8c8c8c">
              {i === 0 ? t('simulator.chart.start') : t('simulator.chart.turn', { n: i })}
            </text>
          </g>
        ))}
      </svg>
      <Flex gap={16} wrap>
        {bands.map((b) => (
          <Flex key={b.band} gap={6} align="center">
            <span style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 2, background: bandColors[b.band] }} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {`${t(`simulator.mood.${b.band}`)} (${b.from}–${b.to})`}
            </Typography.Text>
          </Flex>
        ))}
      </Flex>
    </Flex>
  );
}

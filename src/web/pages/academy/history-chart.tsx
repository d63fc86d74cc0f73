import { Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssessmentResult, AssessmentView } from '../../../shared/schemas/academy.ts';
import { toLocale } from '../../i18n/i18n.ts';
import { useMe } from '../../hooks/use-me.ts';
import { bandColor, pick } from './academy-text.ts';

const width = 640;
const height = 200;
const pad = { left: 36, right: 12, top: 12, bottom: 28 };

/** The person's totals over time as bars, with the band boundaries as dashed lines. */
export function HistoryChart({ assessment, results }: { assessment: AssessmentView; results: AssessmentResult[] }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const { data: me } = useMe();
  if (results.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('academy.history.empty')} />;

  const shown = results.slice(-12);
  const low = assessment.min * assessment.items.length;
  const high = assessment.max * assessment.items.length;
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const y = (total: number) => pad.top + plotH - ((total - low) / (high - low)) * plotH;
  const slot = plotW / Math.max(shown.length, 6);
  const barW = Math.min(40, slot * 0.6);
  const day = new Intl.DateTimeFormat(locale, { month: 'numeric', day: 'numeric', timeZone: me?.timeZone });
  const boundaries = assessment.bands.slice(0, -1).map((b) => b.max);

  return (
    <Flex vertical gap={8}>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={t('academy.history.chart')} style={{ maxWidth: width }} data-testid="history-chart">
        <line x1={pad.left} x2={width - pad.right} y1={y(low)} y2={y(low)} stroke="#d9d9d9" />
        {[low, ...boundaries, high].map((v) => (
          <text key={`l${v}`} x={pad.left - 6} y={y(v) + 4} fontSize={11} textAnchor="end" fill="#8c8c8c">
            {v}
          </text>
        ))}
        {boundaries.map((v) => (
          <line key={`b${v}`} x1={pad.left} x2={width - pad.right} y1={y(v)} y2={y(v)} stroke="#bfbfbf" strokeDasharray="4 4" />
        ))}
        {shown.map((r, i) => {
          const x = pad.left + slot * i + (slot - barW) / 2;
          const band = assessment.bands.find((b) => b.key === r.band);
          return (
            <g key={r.id}>
              <title>{`${r.total} · ${pick(band?.title, locale)}`}</title>
              <rect x={x} y={y(r.total)} width={barW} height={Math.max(1, y(low) - y(r.total))} rx={3} fill={bandColor(assessment, r.band)} opacity={i === shown.length - 1 ? 1 : 0.55} />
              <text x={x + barW / 2} y={y(r.total) - 4} fontSize={11} textAnchor="middle" fill="#262626">
                {r.total}
              </text>
              <text x={x + barW / 2} y={height - 10} fontSize={11} textAnchor="middle" fill="#8c8c8c">
                {day.format(new Date(r.createdAt))}
              </text>
            </g>
          );
        })}
      </svg>
      <Flex gap={16} wrap>
        {assessment.bands.map((b) => (
          <Flex key={b.key} gap={6} align="center">
            <span style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 2, background: bandColor(assessment, b.key) }} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {`${pick(b.title, locale)} (${b.min}–${b.max})`}
            </Typography.Text>
          </Flex>
        ))}
      </Flex>
    </Flex>
  );
}

import { Card, Flex, InputNumber, Typography, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import { useSaveTolerance } from '../../hooks/use-academy.ts';

/** Lets admins and trainers set how far the three same-topic items may differ before a result is flagged. */
export function ToleranceSetting({ tolerance }: { tolerance: number }) {
  const { t } = useTranslation();
  const save = useSaveTolerance();
  const change = (value: number | null) => {
    if (value === null || value === tolerance) return;
    save.mutate(value, {
      onSuccess: () => void message.success(t('academy.tolerance.saved')),
      onError: (error) => void message.error(error instanceof ApiError ? error.message : String(error)),
    });
  };
  return (
    <Card size="small">
      <Flex gap={12} align="center" wrap>
        <Typography.Text strong>{t('academy.tolerance.label')}</Typography.Text>
        <InputNumber min={0} max={4} precision={0} value={tolerance} onChange={change} disabled={save.isPending} data-testid="tolerance" />
        <Typography.Text type="secondary">{t('academy.tolerance.hint')}</Typography.Text>
      </Flex>
    </Card>
  );
}

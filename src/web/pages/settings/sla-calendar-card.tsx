import { Alert, Button, Card, Checkbox, DatePicker, Flex, Form, TimePicker, Typography, message } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import { QueryError } from '../../components/query-error.tsx';
import { useSaveSlaCalendar, useSlaCalendar, type BusinessCalendar } from '../../hooks/use-taxonomy.ts';

type Values = { workdays: number[]; hours: [Dayjs, Dayjs]; holidays: Dayjs[]; extraWorkdays: Dayjs[] };

const toDays = (dates: Dayjs[] | undefined) => (dates ?? []).map((d) => d.format('YYYY-MM-DD'));

/** The business calendar on the SLA page: working weekdays and hours, public holidays and make-up working days (调休). */
export function SlaCalendarCard() {
  const { t } = useTranslation();
  const s = (key: string) => t(`service.taxonomy.calendar.${key}`);
  const calendar = useSlaCalendar();
  const save = useSaveSlaCalendar();
  const [form] = Form.useForm<Values>();

  useEffect(() => {
    if (!calendar.data) return;
    const c = calendar.data;
    form.setFieldsValue({
      workdays: c.workdays,
      hours: [dayjs(c.start, 'HH:mm'), dayjs(c.end, 'HH:mm')],
      holidays: c.holidays.map((d) => dayjs(d)),
      extraWorkdays: c.extraWorkdays.map((d) => dayjs(d)),
    });
  }, [calendar.data, form]);

  const submit = async (v: Values) => {
    const body: BusinessCalendar = {
      timeZone: calendar.data?.timeZone ?? 'Asia/Shanghai',
      workdays: v.workdays,
      start: v.hours[0].format('HH:mm'),
      end: v.hours[1].format('HH:mm'),
      holidays: toDays(v.holidays),
      extraWorkdays: toDays(v.extraWorkdays),
    };
    try {
      await save.mutateAsync(body);
      void message.success(s('saved'));
    } catch (error) {
      void message.error(error instanceof ApiError ? error.message : String(error));
    }
  };

  return (
    <Card title={s('title')} style={{ marginTop: 16 }}>
      {calendar.error && <QueryError error={calendar.error} onRetry={() => void calendar.refetch()} />}
      <Typography.Paragraph type="secondary">{s('description')}</Typography.Paragraph>
      {calendar.data && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('service.taxonomy.calendar.timeZone', { zone: calendar.data.timeZone })} />
      )}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} disabled={!calendar.data}>
        <Form.Item name="workdays" label={s('workdays')} rules={[{ required: true, message: s('workdaysRequired') }]}>
          <Checkbox.Group options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: d, label: t(`service.taxonomy.calendar.weekday${d}`) }))} />
        </Form.Item>
        <Form.Item name="hours" label={s('hours')} rules={[{ required: true, message: s('hoursRequired') }]}>
          <TimePicker.RangePicker format="HH:mm" minuteStep={15} order />
        </Form.Item>
        <Form.Item name="holidays" label={s('holidays')} extra={s('holidaysHint')}>
          <DatePicker multiple maxTagCount="responsive" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="extraWorkdays" label={s('extraWorkdays')} extra={s('extraWorkdaysHint')}>
          <DatePicker multiple maxTagCount="responsive" style={{ width: '100%' }} />
        </Form.Item>
        <Flex justify="end">
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {s('save')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}

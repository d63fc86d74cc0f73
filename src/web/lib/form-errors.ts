import type { FormInstance } from 'antd';
import { ApiError } from '../api.ts';

/**
 * Puts the API's per-field messages under the matching form fields. Returns the message to show above
 * the form for everything that did not land on a field (null when every problem found its field).
 */
export function applyApiError(form: FormInstance, error: unknown, fieldNames: readonly string[]): string | null {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  const onFields = error.fields.filter((f) => fieldNames.includes(f.field));
  if (onFields.length > 0) {
    const byField = new Map<string, string[]>();
    for (const f of onFields) byField.set(f.field, [...(byField.get(f.field) ?? []), f.message]);
    form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  }
  return onFields.length > 0 && onFields.length === error.fields.length ? null : error.message;
}

import { describe, expect, it } from 'vitest';
import { roles } from '../../shared/schemas/common.ts';
import { sections, sectionsFor } from './access.ts';

describe('navigation by role', () => {
  it('gives the admin every section and settings only to the admin', () => {
    expect(sectionsFor('admin')).toEqual([...sections]);
    for (const role of roles.filter((r) => r !== 'admin')) expect(sectionsFor(role)).not.toContain('settings');
  });

  it('gives every role the desk and the right specialist sections', () => {
    for (const role of roles) expect(sectionsFor(role)).toContain('desk');
    expect(sectionsFor('department_member')).toEqual(['desk', 'tickets']);
    expect(sectionsFor('trainer')).toContain('academy');
    expect(sectionsFor('inspector')).toContain('quality');
    expect(sectionsFor('supervisor')).toEqual(sections.filter((s) => s !== 'settings'));
  });
});

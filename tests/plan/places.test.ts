import { describe, expect, it } from 'vitest';
import type { IssueInput } from '../../src/errors.js';
import { resolveCounty } from '../../src/plan/places.js';

describe('resolveCounty', () => {
  it('returns the one county a code names', () => {
    expect(resolveCounty('county', '140121')?.name.zh).toBe('清徐县');
  });

  it('collects an unknown county as an unknown-id issue, instead of throwing, when given a list', () => {
    const issues: IssueInput[] = [];
    expect(resolveCounty('county', '无此县', issues)).toBeUndefined();
    expect(issues.map((i) => ({ code: i.code, field: i.field, value: i.value }))).toEqual([
      { code: 'unknown-id', field: 'county', value: '无此县' },
    ]);
  });
});

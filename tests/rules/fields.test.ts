import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as schemas from '../../src/entries/schemas.js';
import { assess } from '../../src/index.js';

const _root = fileURLToPath(new URL('../..', import.meta.url));
const _STATS = { pm25: 35, pm10: 70, so2: 60, no2: 40, o3: 160, co: 4 };

describe('fields that say what they mean', () => {
  it('takes a mine without isNew, as every other kind takes isNew optionally', () => {
    const vs = assess({ kind: 'mine' } as never);
    expect(vs.map((v) => [v.rule, v.condition?.text.en])).toEqual([
      ['new-mine-clean-transport', 'if it is a new mine'],
      ['mine-closure', 'if it is an existing mine and it is still substandard after the rectification deadline'],
    ]);
    expect(schemas.Mine.safeParse({ kind: 'mine' }).success).toBe(true);
  });
  it('documents inBuiltUpArea: 城市建成区 on a coal boiler, 城市(含县城)建成区 on an enterprise', () => {
    const boiler = assess({ kind: 'coal-boiler', capacityTph: 80, use: 'central-heating' }).find(
      (v) => v.rule === 'coal-boiler-built-up-area',
    );
    expect(boiler!.condition!.text.zh).toBe('若位于城市建成区');
    const firm = assess({ kind: 'enterprise', sector: 'coking', location: { county: '140121' } }).find(
      (v) => v.rule === 'taiyuan-basin-urban-relocation',
    );
    expect(firm!.condition!.text.zh).toBe('若位于城市（含县城）建成区');
  });
});

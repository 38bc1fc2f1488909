// Readings the audit and the trial settled (issue 21, part 6): each checked against the plan's words.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AREA_MEMBERSHIP } from '../../data/area-membership.js';
import { COMMITMENTS } from '../../data/commitments/index.js';
import { REGIONS } from '../../data/places.js';
import { TARGETS } from '../../data/targets/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const guide = (lang: 'en' | 'zh') => readFileSync(`${root}docs/guides/decisions.${lang}.md`, 'utf8');

describe('fixes', () => {
  it("the 2027 PM2.5 aim's note calls GB 3095-2026's limit of 30 checked, not unverified (standards §3, Table 1)", () => {
    const t = TARGETS.filter((x) => x.due === '2027-12-31' && x.metric === 'pm25-annual-mean');
    expect(t.length).toBeGreaterThan(0);
    for (const x of t) {
      expect(x.note!.en).not.toContain('unverified');
      expect(x.note!.zh).not.toContain('未核实');
      expect(x.note!.zh).toContain('30');
    }
  });

  it('the decisions guide counts the commitments there are (111 with the daily consultation of 三(七)28)', () => {
    expect(COMMITMENTS).toHaveLength(111);
    expect(guide('en')).toContain(`commitment register (${COMMITMENTS.length} cited commitments`);
    expect(guide('zh')).toContain(`承诺清单（${COMMITMENTS.length} 项带出处的承诺`);
  });

  it("coal-power-coal-guarantee keeps the plan's 应 (…及其用煤量应予以合理保障)", () => {
    const c = COMMITMENTS.find((x) => x.id === 'coal-power-coal-guarantee')!;
    expect(c.text.zh).toContain('用煤量应予以合理保障');
    expect(c.source.quote).toContain(c.text.zh);
  });

  it("REGIONS' note on 中部城市群 agrees with AREA_MEMBERSHIP, which settles the five cities' counties inside", () => {
    const r = REGIONS.find((x) => x.id === 'central-city-cluster')!;
    const note = JSON.stringify(r.membership);
    expect(note).not.toContain('does not assert');
    expect(note).not.toContain('不作认定');
    expect(note).toContain('AREA_MEMBERSHIP');
    const m = AREA_MEMBERSHIP.find((a) => a.area === 'central-city-cluster')!;
    expect(m.counties['140121']).toMatchObject({ status: 'in', settled: true }); // 清徐县, Taiyuan
    expect(m.counties['140213']).toMatchObject({ status: 'out', settled: true }); // 平城区, Datong
  });

  it('左右 has a stated reason for its (absent) default tolerance, in the guide and the targets', () => {
    expect(guide('en')).toContain('the library states\n  no default tolerance');
    expect(guide('zh')).toContain('本库不设默认容差');
    const about = TARGETS.filter((x) => x.strength === 'approximate');
    expect(about.length).toBeGreaterThan(0);
    for (const x of about) expect(x.note?.zh ?? '', x.id).toContain('本库不自定默认容差');
  });
});

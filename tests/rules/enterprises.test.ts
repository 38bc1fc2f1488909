import { describe, expect, it } from 'vitest';
import type { Enterprise } from '../../src/entries/schemas.js';
import { absent, conditional, definite, ids, verdictOf } from './helpers.js';

/** An enterprise that says "no" to every optional fact. */
const e = (sector: Enterprise['sector'], more: Partial<Enterprise> = {}): Enterprise => ({
  kind: 'enterprise',
  sector,
  keyEnterprise: false,
  keyDischarger: false,
  hasBypass: false,
  ammoniaInjection: false,
  odourComplaints: false,
  handlesVocs: false,
  inBuiltUpArea: false,
  backwardCapacity: false,
  ...more,
});

describe('every air-emitting enterprise', () => {
  it('controls dust, complies steadily, is on the emergency list and installs monitoring', () => {
    expect(ids(e('other'))).toEqual([
      'industrial-dust-control',
      'stable-compliance',
      'emergency-reduction-list',
      'enterprise-monitoring-installation',
      'environmental-offences-prohibited',
      'falsification-liability',
    ]);
  });
});

describe('task 30: 严厉打击偷排偷放、超标排放、自行监测数据弄虚作假、不正常运行治理设施等环境违法行为', () => {
  it('prohibits the four named offences to every discharger, without a condition or a date', () => {
    const v = definite(e('other'), 'environmental-offences-prohibited');
    expect(v).toMatchObject({ task: 30, obligation: 'prohibited', source: { clause: '三(八)30' } });
    expect(v.deadline).toBeUndefined();
    for (const act of ['偷排偷放', '超标排放', '自行监测数据弄虚作假', '不正常运行治理设施']) expect(v.reason.zh).toContain(act);
  });
  it('对参与弄虚作假的排污单位和第三方机构、人员依法追究责任: prohibits falsification to the discharger and to a third-party body', () => {
    expect(definite(e('coking'), 'falsification-liability')).toMatchObject({ task: 30, obligation: 'prohibited' });
    for (const service of ['treatment', 'operation-maintenance', 'testing', 'other'] as const) {
      expect(definite({ kind: 'third-party-body', service }, 'falsification-liability').facts).toEqual({ service });
    }
    expect(ids({ kind: 'third-party-body' })).toEqual(['falsification-liability']);
  });
});

describe('task 3: 严格落实《产业结构调整指导目录》,依法依规推动落后产能退出', () => {
  it('phases out an enterprise’s backward capacity, without a date; none when it has none; conditional when it does not say', () => {
    const v = definite(e('other', { backwardCapacity: true }), 'backward-capacity-exit');
    expect(v).toMatchObject({ task: 3, obligation: 'phase-out', facts: { backwardCapacity: true } });
    expect(v.deadline).toBeUndefined();
    absent(e('other'), 'backward-capacity-exit');
    expect(conditional({ kind: 'enterprise', sector: 'other' }, 'backward-capacity-exit')).toEqual(['backwardCapacity']);
  });
});

describe('by sector', () => {
  it('A blast furnace–converter steel works is encouraged to go electric; an EAF works is not; unknown route is conditional', () => {
    expect(definite(e('steel', { steelRoute: 'blast-furnace-converter' }), 'long-process-steel-to-eaf')).toMatchObject({
      task: 2,
      obligation: 'encouraged',
    });
    absent(e('steel', { steelRoute: 'electric-arc-furnace' }), 'long-process-steel-to-eaf');
    expect(conditional(e('steel'), 'long-process-steel-to-eaf')).toEqual(['steelRoute']);
  });
  it.each(['steel', 'coking', 'cement'] as const)('A %s enterprise completes its ultra-low-emission assessment by 2024-10-31', (sector) => {
    const v = definite(e(sector), 'key-industry-ultra-low-emission');
    expect(v).toMatchObject({ task: 21, deadline: '2024-10-31' });
    // 2024年10月底前,全面完成超低排放评估监测: the date is the assessment monitoring's, and the titles say so.
    expect(v.reason.zh).toContain('2024年10月底前全面完成超低排放评估监测');
    expect(v.reason.en).toContain('assessment monitoring is completed by 2024-10-31');
  });
  it.each(['glass', 'lime', 'mineral-wool', 'nonferrous'] as const)('A %s enterprise undergoes deep treatment', (sector) => {
    definite(e(sector), 'deep-treatment-industries');
  });
  it.each(['chemical', 'coal-chemical', 'nitrogen-fertilizer', 'soda-ash'] as const)('A %s enterprise runs LDAR', (sector) => {
    definite(e(sector), 'chemical-ldar');
  });
  it('Nitrogen-fertiliser and soda-ash plants control ammonia; cement does not under that rule', () => {
    definite(e('nitrogen-fertilizer'), 'ammonia-industries');
    definite(e('soda-ash'), 'ammonia-industries');
    absent(e('cement'), 'ammonia-industries');
  });
  it.each(['industrial-coating', 'packaging-printing', 'electronics'] as const)(
    'A %s enterprise switches to low-VOCs materials',
    (sector) => {
      definite(e(sector), 'industrial-low-vocs-substitution');
    },
  );
  it('A maker or importer of vehicles and machinery discloses emission information', () => {
    definite(e('vehicle-machinery-maker'), 'vehicle-maker-disclosure');
  });
});

describe('key enterprises (tasks 16, 21, 22, 23)', () => {
  it('A key enterprise installs video monitoring; others do not; unknown is conditional', () => {
    definite(e('other', { keyEnterprise: true }), 'key-enterprise-video');
    absent(e('other'), 'key-enterprise-video');
    expect(conditional({ kind: 'enterprise', sector: 'other' }, 'key-enterprise-video')).toEqual(['keyEnterprise']);
  });
  it('A key enterprise with a bypass removes it; if safety needs it, it installs monitoring and a standby unit instead', () => {
    expect(ids(e('coking', { keyEnterprise: true, hasBypass: true, bypassNeededForSafety: false }))).toContain('bypass-removal');
    absent(e('coking', { keyEnterprise: true, hasBypass: true, bypassNeededForSafety: false }), 'safety-bypass-monitoring');
    definite(e('coking', { keyEnterprise: true, hasBypass: true, bypassNeededForSafety: true }), 'safety-bypass-monitoring');
    absent(e('coking', { keyEnterprise: true, hasBypass: true, bypassNeededForSafety: true }), 'bypass-removal');
  });
  it('No bypass, or not a key enterprise: neither bypass rule', () => {
    absent(e('coking', { keyEnterprise: true, hasBypass: false }), 'bypass-removal');
    absent(e('coking', { keyEnterprise: false, hasBypass: true }), 'safety-bypass-monitoring');
  });
  it('A key enterprise with a bypass but no word on safety gets both bypass rules, each conditional on it', () => {
    expect(conditional(e('coking', { keyEnterprise: true, hasBypass: true }), 'bypass-removal')).toEqual(['bypassNeededForSafety']);
    expect(conditional(e('coking', { keyEnterprise: true, hasBypass: true }), 'safety-bypass-monitoring')).toEqual([
      'bypassNeededForSafety',
    ]);
  });
  it('A key enterprise using ammonia in denitration installs networked ammonia-slip monitors', () => {
    definite(e('coal-power', { keyEnterprise: true, ammoniaInjection: true }), 'ammonia-slip-monitoring');
    absent(e('coal-power', { keyEnterprise: true, ammoniaInjection: false }), 'ammonia-slip-monitoring');
    expect(conditional(e('coal-power', { keyEnterprise: undefined, ammoniaInjection: true }), 'ammonia-slip-monitoring')).toEqual([
      'keyEnterprise',
    ]);
  });
  it('A key enterprise with strong odour complaints installs online monitoring', () => {
    definite(e('chemical', { keyEnterprise: true, odourComplaints: true }), 'odour-online-monitoring');
    absent(e('chemical', { keyEnterprise: false, odourComplaints: true }), 'odour-online-monitoring');
  });
});

describe('VOCs at shutdowns, key dischargers (tasks 20, 36)', () => {
  it('An enterprise holding VOCs collects them at shutdowns and maintenance', () => {
    definite(e('other', { handlesVocs: true }), 'shutdown-maintenance-vocs');
    expect(conditional({ kind: 'enterprise', sector: 'other' }, 'shutdown-maintenance-vocs')).toEqual(['handlesVocs']);
  });
  it('A key discharger publishes its data', () => {
    definite(e('other', { keyDischarger: true }), 'key-discharger-disclosure');
    absent(e('other'), 'key-discharger-disclosure');
  });
});

describe("heavy polluters in the Taiyuan basin's built-up areas (task 24)", () => {
  it('A coking plant in a built-up area of Jiaocheng county (a task-25 park) relocates or exits', () => {
    expect(definite(e('coking', { inBuiltUpArea: true, location: { county: '141122' } }), 'taiyuan-basin-urban-relocation')).toMatchObject({
      task: 24,
      obligation: 'phase-out',
    });
  });
  it('Not outside a built-up area, not outside the basin, not a glass works known not to be a heavy polluter', () => {
    absent(e('coking', { inBuiltUpArea: false, location: { inTaiyuanBasin: true } }), 'taiyuan-basin-urban-relocation');
    absent(e('coking', { inBuiltUpArea: true, location: { inTaiyuanBasin: false } }), 'taiyuan-basin-urban-relocation');
    absent(e('glass', { inBuiltUpArea: true, heavyPolluter: false, location: { inTaiyuanBasin: true } }), 'taiyuan-basin-urban-relocation');
  });
  it("A glass works in 清徐's built-up area gets 钢铁…化工等重污染企业 as a condition (the list ends in 等)", () => {
    const v = verdictOf(e('glass', { inBuiltUpArea: true, location: { county: '140121' } }), 'taiyuan-basin-urban-relocation');
    expect(v.condition!.when).toEqual([{ fact: 'heavyPolluter', equals: true }]);
    expect(v.condition!.text.zh).toBe('若属“钢铁、焦化、水泥、煤电、铁合金、化工等重污染企业”之列');
    // Said to be one: the relocation, unconditionally.
    definite(e('glass', { inBuiltUpArea: true, heavyPolluter: true, location: { county: '140121' } }), 'taiyuan-basin-urban-relocation');
  });
  it('A built-up-area cement plant in Taiyuan city (basin membership unknown) is conditional on the basin', () => {
    expect(conditional(e('cement', { inBuiltUpArea: true, location: { city: 'taiyuan' } }), 'taiyuan-basin-urban-relocation')).toEqual([
      'location.inTaiyuanBasin',
    ]);
  });
  // 太原盆地位于城市(含县城)建成区的钢铁、焦化、水泥、煤电、铁合金、化工等重污染企业搬迁退出
  it.each([
    'steel',
    'coking',
    'cement',
    'coal-power',
    'ferroalloy',
    'chemical',
    'coal-chemical',
    'nitrogen-fertilizer',
    'soda-ash',
  ] as const)('A %s enterprise in a built-up area of the basin relocates or exits', (sector) => {
    definite({ kind: 'enterprise', sector, inBuiltUpArea: true, location: { inTaiyuanBasin: true } }, 'taiyuan-basin-urban-relocation');
  });
});

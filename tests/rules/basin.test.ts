import { describe, expect, it } from 'vitest';
import { assess } from '../../src/rules/index.js';
import type { Subject } from '../../src/entries/schemas.js';

const verdict = (s: Subject, rule: string) => assess(s).find((v) => v.rule === rule)!;
const SOURCE_ZH = '“太原盆地（晋中盆地）的地理描述”';

// 太原盆地 is not listed by the plan; the bundled data places 小店、榆次、文水 … inside on a third-party geographic
// description alone (包括太原地区的阳曲县、太原市、清徐县,晋中地区的榆次市…,吕梁地区的…文水县…). Not strong
// enough to settle a duty, so the verdict keeps its condition; the condition says where the data stands.
describe('a county inside the Taiyuan basin by a third-party description only', () => {
  it('小店区 (140105): a stepping sinter machine gets task 24 under a condition naming the data and its source', () => {
    const v = verdict({ kind: 'sinter-machine', type: 'stepping', location: { county: '140105' } }, 'taiyuan-basin-outdated-equipment');
    expect(v.deadline).toBe('2024-10-31');
    expect(v.condition!.when).toEqual([{ fact: 'location.inTaiyuanBasin', equals: true }]);
    expect(v.condition!.text.zh).toBe(`若位于太原盆地（随附数据依${SOURCE_ZH}将小店区列入盆地内，该来源不足以认定法律义务，故仍作条件）`);
    expect(v.condition!.text.en).toContain(
      'the bundled data places 小店区 inside on "Geographic description of the Taiyuan (Jinzhong) basin" alone',
    );
  });

  it('榆次区 (140702): a built-up-area coking plant, likewise', () => {
    const v = verdict(
      { kind: 'enterprise', sector: 'coking', inBuiltUpArea: true, location: { county: '140702' } },
      'taiyuan-basin-urban-relocation',
    );
    expect(v.condition!.text.zh).toContain('将榆次区列入盆地内');
  });

  it('文水县 (141121): a new independent coking project, likewise (the other facts given)', () => {
    const v = verdict(
      { kind: 'project', sector: 'coking', action: 'new', independent: true, location: { county: '141121' } },
      'taiyuan-basin-no-independent-coking',
    );
    expect(v.condition!.when).toEqual([{ fact: 'location.inTaiyuanBasin', equals: true }]);
    expect(v.condition!.text.zh).toContain('将文水县列入盆地内');
    expect(v.compliance).toBe('unknown');
  });

  it('a place the data settles (清徐县, named by task 25) gets no condition; one it does not place gets the bare one', () => {
    expect(
      verdict({ kind: 'sinter-machine', type: 'stepping', location: { county: '140121' } }, 'taiyuan-basin-outdated-equipment').condition,
    ).toBeUndefined();
    // 古交市 (140181): the description does not name it.
    expect(
      verdict({ kind: 'sinter-machine', type: 'stepping', location: { county: '140181' } }, 'taiyuan-basin-outdated-equipment').condition!
        .text.zh,
    ).toBe('若位于太原盆地');
  });
});

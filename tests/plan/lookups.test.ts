import { describe, expect, it } from 'vitest';
import { dutiesOf, getCity, getCounty, getDepartment, getRegion, getSection, getTask, PlanInputError, tasksOf } from '../../src/index.js';
import { inputError, expectCode } from '../errors.js';

describe('getTask', () => {
  it("returns task 26 with the plan's heading 实施城市空气质量达标管理", () => {
    expect(getTask(26).title.zh).toBe('实施城市空气质量达标管理');
    expect(getTask(26).section).toBe(7);
    expect(getTask(26).source.clause).toBe('三(七)26');
  });

  it('returns the first and the last task', () => {
    expect(getTask(1).title.zh).toBe('严格高耗能、高排放项目准入');
    expect(getTask(38).title.zh).toBe('开展全民行动');
  });

  it.each([0, 39, 1.5, Number.NaN, -1, '1', null, undefined])('rejects %s as a task number', (n) => {
    expect(() => getTask(n as number)).toThrow(PlanInputError);
  });

  it("names the field 'task' in its error", () => {
    try {
      getTask(39);
      expect.unreachable();
    } catch (e) {
      expect((e as PlanInputError).field).toBe('task');
      expect((e as PlanInputError).value).toBe(39);
      expect((e as Error).message).toContain('1 to 38');
    }
  });

  it('says what a task number is in Chinese too', () => {
    const e = expectCode(() => getTask(39), 'unknown-id', 'task', 39);
    expect(e.issues[0]!.expectedZh).toBe('任务编号，1 到 38 的整数');
    expect(e.messageZh).toContain('任务编号，1 到 38 的整数');
    expect(inputError(() => getTask(0)).issues[0]!.expectedZh).toBe('任务编号，1 到 38 的整数');
  });

  it('gives task 21 two notes：省生态环境厅负责，then 省生态环境厅牵头 with 省工信厅 and 省市场监管局', () => {
    const [first, second] = getTask(21).duties;
    expect(first).toMatchObject({ departments: ['ecology-environment'], mode: 'sole', allRelevant: false });
    expect(first).not.toHaveProperty('lead');
    expect(second).toMatchObject({
      departments: ['ecology-environment', 'industry-it', 'market-regulation'],
      lead: 'ecology-environment',
      mode: 'shared',
    });
    expect(second!.source.quote).toBe('省生态环境厅牵头,省工信厅、省市场监管局等按职责分工负责');
  });

  it('marks 各有关部门 (tasks 34, 35, 37, 38) with allRelevant rather than inventing names', () => {
    for (const n of [34, 35, 37, 38]) {
      expect(getTask(n).duties).toEqual([
        expect.objectContaining({ departments: ['ecology-environment'], lead: 'ecology-environment', allRelevant: true }),
      ]);
    }
    expect(getTask(36).duties[0]!.allRelevant).toBe(false);
  });

  it('counts 42 responsibility notes, two each in tasks 12, 13, 21 and 29', () => {
    const counts: number[] = Array.from({ length: 38 }, (_, i) => getTask(i + 1).duties.length);
    expect(counts.reduce((a, b) => a + b)).toBe(42);
    expect(counts.flatMap((c, i) => (c === 2 ? [i + 1] : []))).toEqual([12, 13, 21, 29]);
  });

  it('lists the bodies of task 12’s second note in the note’s order, 中国铁路太原局集团有限公司 third', () => {
    expect(getTask(12).duties[1]!.departments).toEqual([
      'transport',
      'development-reform',
      'china-railway-taiyuan',
      'industry-it',
      'natural-resources',
      'ecology-environment',
    ]);
  });
});

describe('getSection', () => {
  it('gives section（六）推动省会太原空气质量提升 tasks 24 and 25', () => {
    expect(getSection(6).title.zh).toBe('推动省会太原空气质量提升');
    expect(getSection(6).tasks).toEqual([24, 25]);
  });

  it.each([0, 11, 2.5])('rejects section %s', (n) => {
    expect(() => getSection(n)).toThrow(PlanInputError);
  });

  it('names the field and says what a section number is, in English and in Chinese', () => {
    const e = expectCode(() => getSection(11), 'unknown-id', 'section', 11);
    expect(e.issues[0]!.expectedZh).toBe('部分编号，1 到 10 的整数');
  });
});

describe('getDepartment', () => {
  it('finds a body by id, by the plan’s name and by its full name', () => {
    expect(getDepartment('ecology-environment').name.zh).toBe('省生态环境厅');
    expect(getDepartment('省生态环境厅').id).toBe('ecology-environment');
    expect(getDepartment('国家税务总局山西省税务局').id).toBe('taxation');
  });

  it('knows the three bodies outside the provincial government: the railway group, customs and mine safety', () => {
    expect(getDepartment('中国铁路太原局集团有限公司').id).toBe('china-railway-taiyuan');
    expect(getDepartment('太原海关').id).toBe('taiyuan-customs');
    expect(getDepartment('国家矿山安监局山西局').id).toBe('mine-safety');
  });

  it.each(['省教育厅', '', 'Ecology-Environment', 42])('rejects %s', (x) => {
    expect(() => getDepartment(x as string)).toThrow(PlanInputError);
  });

  it('names the field and says what a department is, in English and in Chinese', () => {
    const e = expectCode(() => getDepartment('省教育厅'), 'unknown-id', 'department', '省教育厅');
    expect(e.issues[0]!.expectedZh).toBe("方案所列 25 个部门之一的 id 或中文名称，如 'ecology-environment'");
  });
});

describe('getCity', () => {
  it.each(['taiyuan', '140100', '1401', '太原市', '太原', 'Taiyuan', 'TAIYUAN'])('finds Taiyuan by %s', (key) => {
    expect(getCity(key).code).toBe('140100');
  });

  it('finds Lüliang by its code 141100', () => {
    expect(getCity('141100')).toEqual({ id: 'lvliang', code: '141100', name: { zh: '吕梁市', en: 'Lüliang' } });
  });

  it.each(['xian', '140000', '', '西安市', 140100, null])('rejects %s', (key) => {
    expect(() => getCity(key as string)).toThrow(PlanInputError);
  });

  it('names the field and says what a city key is, in English and in Chinese', () => {
    const e = expectCode(() => getCity('xian'), 'unknown-id', 'city', 'xian');
    expect(e.issues[0]!.expectedZh).toBe("山西设区市的 id、区划代码或名称，如 'taiyuan'、'140100' 或 '太原市'");
  });
});

describe('getCounty', () => {
  it('finds a county-level division by its code or its unique name', () => {
    expect(getCounty('清徐县').code).toBe('140121');
    expect(getCounty('140121').name.zh).toBe('清徐县');
  });

  it('refuses a key that names no division, saying what a key is, in English and in Chinese', () => {
    const e = expectCode(() => getCounty('140100'), 'unknown-id', 'county', '140100');
    expect(e.issues[0]!.expectedZh).toBe("山西 117 个县级行政区之一的 6 位区划代码或中文名称，如 '140121'");
  });

  it('refuses a name several divisions share (城区: Yangquan and Jincheng), counting them, in English and in Chinese', () => {
    const e = expectCode(() => getCounty('城区'), 'ambiguous-name', 'county', '城区');
    expect(e.issues[0]!.expectedZh).toBe('唯一的县级行政区：2 个同名，请给出 6 位区划代码');
  });
});

describe('getRegion', () => {
  it('gives 重点区域 the 8 Fenwei Plain cities and no others', () => {
    const region = getRegion('key-region');
    expect(region.membership.defined && [...region.membership.cities].sort()).toEqual([
      'changzhi',
      'jincheng',
      'jinzhong',
      'linfen',
      'lvliang',
      'taiyuan',
      'yangquan',
      'yuncheng',
    ]);
  });

  it('says the Taiyuan basin’s members are not defined by the plan, but knows its five named parks’ counties', () => {
    const region = getRegion('太原盆地');
    expect(region.membership.defined).toBe(false);
    expect('knownCounties' in region.membership && region.membership.knownCounties).toEqual([
      '140121',
      '141122',
      '140728',
      '140781',
      '141181',
    ]);
  });

  it('rejects an area the plan does not name', () => {
    expect(() => getRegion('京津冀')).toThrow(PlanInputError);
  });

  it('names the field and says what a region is, in English and in Chinese', () => {
    const e = expectCode(() => getRegion('京津冀'), 'unknown-id', 'region', '京津冀');
    expect(e.issues[0]!.expectedZh).toBe("方案所列区域的 id 或中文名称，如 'taiyuan-basin'");
  });
});

describe('dutiesOf and tasksOf', () => {
  it('gives 太原海关 tasks 5 and 15, shared', () => {
    expect(tasksOf('taiyuan-customs').map((t) => [t.task, t.role])).toEqual([
      [5, 'shared'],
      [15, 'shared'],
    ]);
  });

  it('gives 国家矿山安监局山西局 task 17 only', () => {
    expect(tasksOf('国家矿山安监局山西局').map((t) => t.task)).toEqual([17]);
  });

  it('gives 省生态环境厅 both its roles in task 21, and the stronger (sole) for the task', () => {
    expect(
      dutiesOf('ecology-environment')
        .filter((d) => d.task === 21)
        .map((d) => d.role),
    ).toEqual(['sole', 'lead']);
    expect(tasksOf('ecology-environment').find((t) => t.task === 21)?.role).toBe('sole');
  });

  it('finds 省生态环境厅 named in all 38 tasks', () => {
    const tasks = tasksOf('ecology-environment').map((t) => t.task);
    expect(tasks).toEqual(Array.from({ length: 38 }, (_, i) => i + 1));
  });

  it('lists 省生态环境厅 as sole in tasks 20, 21, 26, 27 and 29 and as lead in 21, 34, 35, 37 and 38', () => {
    const d = dutiesOf('ecology-environment');
    expect(d.filter((x) => x.role === 'sole').map((x) => x.task)).toEqual([20, 21, 26, 27, 29]);
    expect(d.filter((x) => x.role === 'lead').map((x) => x.task)).toEqual([21, 34, 35, 37, 38]);
  });

  it('gives 省司法厅 task 32 and 人行山西省分行 task 33', () => {
    expect(tasksOf('justice').map((t) => t.task)).toEqual([32]);
    expect(tasksOf('pboc-shanxi').map((t) => t.task)).toEqual([33]);
  });

  it('rejects an unknown department', () => {
    expect(() => tasksOf('education')).toThrow(PlanInputError);
    expect(inputError(() => dutiesOf('education')).issues[0]!.expectedZh).toBe(
      "方案所列 25 个部门之一的 id 或中文名称，如 'ecology-environment'",
    );
  });
});

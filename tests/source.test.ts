import { describe, expect, it } from 'vitest';
import { PlanInputError } from '../src/errors.js';
import { expectCode } from './errors.js';
import { CLAUSE_IDS, CLAUSE_PARAGRAPHS, findQuote, SOURCE_PARAGRAPHS, textOf, verifyCitation } from '../src/source/index.js';

describe('textOf', () => {
  it('gives 二(一) as the plan writes it', () => {
    expect(textOf('二(一)')).toBe('(一)约束性指标。坚决完成国家下达我省的环境空气质量和大气污染物总量2024年、2025年约束性指标。');
  });

  it("joins a task's two paragraphs with a newline: task 29 ends with its second note", () => {
    const text = textOf('三(八)29');
    expect(text.split('\n')).toHaveLength(2);
    expect(text.startsWith('29.完善大气环境监测监控体系。')).toBe(true);
    expect(text.endsWith('(省生态环境厅、省交通厅等部门按职责分工负责)')).toBe(true);
  });

  it('joins the text of task 34 across its page break (—71— dropped): 党对大气污染防治工作的全面领导', () => {
    expect(textOf('三(十)34')).toContain('坚持和加强党对大气污染防治工作的全面领导。');
  });

  it.each(['三(七)99', '26', '', null, 26])('rejects the clause %s', (c) => {
    expect(() => textOf(c as never)).toThrow(PlanInputError);
    const e = expectCode(() => textOf(c as never), 'unknown-id', 'clause', c);
    expect(e.issues[0]!.expectedZh).toBe("条款 id，如 '二(二)' 或 '三(七)26'（见 CLAUSE_IDS）");
  });
});

describe('findQuote', () => {
  it('finds the 5% short-process steel share in task 2', () => {
    expect(findQuote('短流程炼钢产量占比力争达5%以上')).toEqual([{ clause: '三(一)2', paragraph: 19, offset: 53 }]);
  });

  it('finds every occurrence, in order: 后10位 twice in 二(二)', () => {
    const found = findQuote('重点城市后10位');
    expect(found.map((f) => f.clause)).toEqual(['二(二)', '二(二)']);
    expect(found[1]!.offset).toBeGreaterThan(found[0]!.offset);
  });

  it('finds nothing for a span the plan does not contain', () => {
    expect(findQuote('PM2.5浓度稳定控制在20微克')).toEqual([]);
  });

  it('rejects an empty or non-string quote', () => {
    expect(() => findQuote('')).toThrow(PlanInputError);
    expect(() => findQuote(5 as never)).toThrow(PlanInputError);
    for (const q of ['', 5, null]) {
      const e = expectCode(() => findQuote(q as never), 'wrong-type', 'quote', q);
      expect(e.issues[0]!.expectedZh).toBe('非空字符串');
    }
  });
});

describe('verifyCitation', () => {
  it("holds for Datong's ceiling in task 26", () => {
    expect(verifyCitation({ clause: '三(七)26', quote: '大同市PM2.5浓度稳定控制在25微克/立方米以下' })).toBe(true);
  });

  it('fails for the right quote under the wrong clause', () => {
    expect(verifyCitation({ clause: '三(七)27', quote: '大同市PM2.5浓度稳定控制在25微克/立方米以下' })).toBe(false);
  });

  it('fails for a quote with one character changed (全角 comma)', () => {
    expect(verifyCitation({ clause: '三(七)26', quote: '2025年,大同市' })).toBe(true);
    expect(verifyCitation({ clause: '三(七)26', quote: '2025年，大同市' })).toBe(false);
  });

  it('rejects a non-object or an unknown clause', () => {
    expect(() => verifyCitation(null as never)).toThrow(PlanInputError);
    expect(() => verifyCitation({ clause: 'x', quote: 'y' } as never)).toThrow(PlanInputError);
  });

  it('names the field at fault and says what was expected, in English and in Chinese', () => {
    for (const c of [null, 'x', 5]) {
      const e = expectCode(() => verifyCitation(c as never), 'wrong-type', 'citation', c);
      expect(e.issues[0]!.expectedZh).toBe('对象 { clause, quote }');
    }
    const clause = expectCode(() => verifyCitation({ clause: 'x', quote: 'y' } as never), 'unknown-id', 'clause', 'x');
    expect(clause.issues[0]!.expectedZh).toBe("条款 id，如 '二(二)' 或 '三(七)26'（见 CLAUSE_IDS）");
    const quote = expectCode(() => verifyCitation({ clause: '三(七)26', quote: '' }), 'wrong-type', 'quote', '');
    expect(quote.issues[0]!.expectedZh).toBe('非空字符串');
  });
});

describe('the clause index', () => {
  it('lists 59 clauses, from the header to the imprint', () => {
    expect(CLAUSE_IDS).toHaveLength(59);
    expect(CLAUSE_IDS[0]).toBe('header');
    expect(CLAUSE_IDS[CLAUSE_IDS.length - 1]).toBe('imprint');
  });

  it("gives each of the 38 tasks a clause ending in its number, under its section's clause", () => {
    const tasks = CLAUSE_IDS.filter((c) => /^三\([一二三四五六七八九十]+\)\d+$/.test(c));
    expect(tasks.map((c) => Number(/\d+$/.exec(c)![0]))).toEqual(Array.from({ length: 38 }, (_, i) => i + 1));
  });

  it('points every clause at paragraphs of that clause', () => {
    for (const [clause, paragraphs] of Object.entries(CLAUSE_PARAGRAPHS)) {
      for (const i of paragraphs) expect(SOURCE_PARAGRAPHS[i]!.clause).toBe(clause);
    }
  });
});

// The plan's normalized text, its clause index and citation checks (the `shanxi-air-plan/source` entry).
import { CLAUSE_PARAGRAPHS, SOURCE_PARAGRAPHS } from '../../data/source.js';
import { CLAUSE_IDS, type ClauseId } from '../../data/clauses.js';
import type { Citation } from '../model/citation.js';
import { refuse } from '../errors.js';
import { read } from '../input.js';

export { CLAUSE_PARAGRAPHS, SOURCE_PARAGRAPHS, CLAUSE_IDS };
export type { ClauseId };

/**
 * The whole normalized text: the paragraphs joined by `\n`, with a final newline (identical to
 * `data/source.zh.txt` in the repository).
 *
 * @example
 * ```ts
 * SOURCE_TEXT.startsWith('山西省人民政府文件\n晋政发〔2024〕7号\n'); //=> true
 * ```
 * @category Source
 */
export const SOURCE_TEXT: string = /* @__PURE__ */ SOURCE_PARAGRAPHS.map((p) => `${p.text}\n`).join('');

function clause(value: unknown): ClauseId {
  if (typeof value !== 'string' || !(CLAUSE_IDS as readonly string[]).includes(value)) {
    refuse('unknown-id', 'clause', value, [
      "a clause id such as '二(二)' or '三(七)26' (see CLAUSE_IDS)",
      "条款 id，如 '二(二)' 或 '三(七)26'（见 CLAUSE_IDS）",
    ]);
  }
  return value as ClauseId;
}

/**
 * The text of one clause: its paragraphs joined by `\n`. A task's clause holds the whole task, its
 * responsibility notes included.
 *
 * @param id - a clause id, e.g. `'三(七)26'` for task 26
 * @returns the clause's text
 * @throws {PlanInputError} when `id` is not a clause of the plan
 * @example
 * ```ts
 * textOf('二(一)'); //=> '(一)约束性指标。坚决完成国家下达我省的环境空气质量和大气污染物总量2024年、2025年约束性指标。'
 * ```
 * @category Source
 */
export function textOf(id: ClauseId): string {
  return CLAUSE_PARAGRAPHS[clause(id)].map((i) => SOURCE_PARAGRAPHS[i]!.text).join('\n');
}

/**
 * Where a verbatim span occurs in the plan.
 * @category Source
 */
export interface QuoteLocation {
  /** The clause whose paragraph holds the span. */
  readonly clause: ClauseId;
  /** The paragraph's index in {@link SOURCE_PARAGRAPHS}. */
  readonly paragraph: number;
  /** The span's offset (in UTF-16 code units) within that paragraph. */
  readonly offset: number;
}

/**
 * Every place a span occurs in the plan's text (a span never crosses a paragraph).
 *
 * @param quote - the text to look for, verbatim
 * @returns its locations, in document order (empty when absent)
 * @throws {PlanInputError} when `quote` is not a non-empty string
 * @example
 * ```ts
 * findQuote('短流程炼钢产量占比力争达5%以上'); //=> [{ clause: '三(一)2', paragraph: 19, offset: 53 }]
 * ```
 * @category Source
 */
export function findQuote(quote: string): readonly QuoteLocation[] {
  if (typeof quote !== 'string' || quote === '') refuse('wrong-type', 'quote', quote, ['a non-empty string', '非空字符串']);
  const found: QuoteLocation[] = [];
  SOURCE_PARAGRAPHS.forEach((p, paragraph) => {
    for (let offset = p.text.indexOf(quote); offset !== -1; offset = p.text.indexOf(quote, offset + 1)) {
      found.push({ clause: p.clause, paragraph, offset });
    }
  });
  return found;
}

/**
 * Whether a citation holds: its quote is a verbatim span of a paragraph of its clause.
 *
 * @param citation - `{ clause, quote }`
 * @returns `true` when the quote stands in that clause
 * @throws {PlanInputError} when the clause is unknown or the quote is not a non-empty string
 * @example
 * ```ts
 * verifyCitation({ clause: '三(七)26', quote: '大同市PM2.5浓度稳定控制在25微克/立方米以下' }); //=> true
 * verifyCitation({ clause: '三(七)27', quote: '大同市PM2.5浓度稳定控制在25微克/立方米以下' }); //=> false
 * ```
 * @category Source
 */
export function verifyCitation(citation: Citation): boolean {
  citation = read('citation', citation) as typeof citation;
  if (citation === null || typeof citation !== 'object') {
    refuse('wrong-type', 'citation', citation, ['an object { clause, quote }', '对象 { clause, quote }']);
  }
  const id = clause(citation.clause);
  return findQuote(citation.quote).some((l) => l.clause === id);
}

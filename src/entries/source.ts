/**
 * `shanxi-air-plan/source`: the plan's normalized text (≈30 KB, kept apart from the main entry) and its
 * index from clause to paragraph.
 *
 * The text is the seed's PDF extraction with page footers (—11—) dropped, line-wrap breaks joined and
 * one paragraph per line; no character was reworded (a test compares it with the seed, ignoring
 * whitespace and footers). Punctuation stays as extracted: half-width `,` `(` `)` `:` `;`.
 * @module shanxi-air-plan/source
 */
export * from '../source/index.js';
export { SENTENCES, type SentenceId } from '../../data/sentences.js';
export type { Sentence, SentenceItem } from '../model/sentence.js';
export { type IssueInput, PlanInputError, type PlanInputIssue } from '../errors.js';
export { ISSUE_CODES, type IssueCode } from '../issue-codes.js';

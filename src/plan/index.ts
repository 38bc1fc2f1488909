// The plan's lookups: tasks, sections, departments, places, and the commitment register.
export * from './lookups.js';
export * from './commitments.js';

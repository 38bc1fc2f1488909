// The input type of the task files of each section.
import type { DeepReadonly } from '../../src/model/readonly.js';
import type { Task } from '../../src/model/task.js';
import type { DepartmentId } from '../departments.js';

export type TaskInput = DeepReadonly<Task> & {
  readonly duties: readonly (DeepReadonly<Task['duties'][number]> & {
    readonly departments: readonly DepartmentId[];
    readonly lead?: DepartmentId;
  })[];
};

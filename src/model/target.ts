// Filled in by the target module; re-export its schemas here.
export {};

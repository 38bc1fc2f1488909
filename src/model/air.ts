// Filled in by the air module; re-export its schemas here.
export {};

// Filled in by the rules module; re-export its schemas here.
export {};

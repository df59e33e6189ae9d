// Public API of @faros-ce/harness. Named exports only.
export {};

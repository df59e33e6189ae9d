// Public API of @faros-ce/sandbox. Named exports only.
export {};

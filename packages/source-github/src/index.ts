// Public API of @faros-ce/source-github. Named exports only.
export {};

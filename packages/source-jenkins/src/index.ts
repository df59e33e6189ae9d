// Public API of @faros-ce/source-jenkins. Named exports only.
export {};

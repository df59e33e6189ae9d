// Public API of @faros-ce/source-jira. Named exports only.
export {};

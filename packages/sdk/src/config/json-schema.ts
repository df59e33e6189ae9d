/**
 * A JSON schema as connectors write them, with Airbyte's UI keywords. Loose on purpose: any
 * other keyword is allowed and passed through to ajv and the platform.
 */
export interface JsonSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema | JsonSchema[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  format?: string;
  pattern?: string;
  examples?: unknown[];
  additionalProperties?: boolean | JsonSchema;
  /** Airbyte: the value is a secret, masked in the UI and in every output line. */
  airbyte_secret?: boolean;
  /** Airbyte: position of the field in the UI form. */
  order?: number;
  /** Airbyte: UI group of a top-level field. */
  group?: string;
  /** Airbyte: render as a multi-line text box. */
  multiline?: boolean;
  /** Airbyte: hide from the UI. */
  airbyte_hidden?: boolean;
  /** Airbyte: always show an optional field. */
  always_show?: boolean;
  /** Airbyte: how to render a `oneOf`. */
  display_type?: 'dropdown' | 'radio';
  [keyword: string]: unknown;
}

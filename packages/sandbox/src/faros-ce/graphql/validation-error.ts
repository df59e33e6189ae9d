import {
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { HasuraError } from './hasura-error.js';

/**
 * Turns a graphql-js validation error into Hasura's `validation-failed`: the JSON path of the offending node
 * (`$.selectionSet.<field>.args.<arg>...`, fragments inlined) and Hasura v2's wording for the common cases.
 */
export function validationError(error: GraphQLError, document: DocumentNode): HasuraError {
  const node = error.nodes?.[0];
  const path = (node && pathIndex(document).get(node)) ?? '$';
  return new HasuraError('validation-failed', hasuraMessage(error.message), path);
}

function hasuraMessage(message: string): string {
  const unknownField = /^Cannot query field "([^"]+)" on type "([^"]+)"\./.exec(message);
  if (unknownField) return `field "${unknownField[1]}" not found in type: '${unknownField[2]}'`;
  const unknownInput = /^Expected value of type "([^"]+)" not to include unknown field "([^"]+)"/.exec(message);
  if (unknownInput) return `field "${unknownInput[2]}" not found in type: '${unknownInput[1]}'`;
  const missingArgument = /^Argument "[^"(]*\(([^:]+):\)" of type "[^"]+" is required, but it was not provided\./.exec(
    message,
  );
  if (missingArgument) return `missing required field '${missingArgument[1]}'`;
  const missingField = /^Expected value of type "[^"]+" to include required field "([^"]+)"/.exec(message);
  if (missingField) return `missing required field '${missingField[1]}'`;
  return message.replace(/ Did you mean .*$/, '');
}

/** The Hasura JSON path of every field, argument and input value node reachable from the operations. */
function pathIndex(document: DocumentNode): Map<ASTNode, string> {
  const index = new Map<ASTNode, string>();
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const visitValue = (value: ValueNode, path: string): void => {
    if (!index.has(value)) index.set(value, path);
    if (value.kind === Kind.OBJECT) {
      for (const field of value.fields) {
        index.set(field, `${path}.${field.name.value}`);
        visitValue(field.value, `${path}.${field.name.value}`);
      }
    } else if (value.kind === Kind.LIST) {
      for (const [i, item] of value.values.entries()) visitValue(item, `${path}[${i}]`);
    }
  };
  const visitSet = (set: SelectionSetNode, base: string, seen: ReadonlySet<string>): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const path = `${base}.selectionSet.${selection.alias?.value ?? selection.name.value}`;
        if (!index.has(selection)) index.set(selection, path);
        for (const arg of selection.arguments ?? []) {
          index.set(arg, `${path}.args.${arg.name.value}`);
          visitValue(arg.value, `${path}.args.${arg.name.value}`);
        }
        if (selection.selectionSet) visitSet(selection.selectionSet, path, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visitSet(selection.selectionSet, base, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !seen.has(fragment.name.value)) {
          visitSet(fragment.selectionSet, base, new Set([...seen, fragment.name.value]));
        }
      }
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) visitSet(definition.selectionSet, '$', new Set());
  }
  return index;
}

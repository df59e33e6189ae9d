import {
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  getDirectiveValues,
  Kind,
  type SelectionSetNode,
  type VariableValues,
} from 'graphql';

/** Fields of a selection by response key (alias or name), in the order GraphQL answers them. */
export type CollectedFields = Map<string, FieldNode[]>;

/** What field collection needs besides the selection sets. */
export interface CollectContext {
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  readonly variableValues: VariableValues;
}

/**
 * Flattens selection sets (fragments spread and inlined, `@skip`/`@include` applied) into fields grouped by
 * response key; fields that share a key merge their sub-selections, as GraphQL execution does.
 */
export function collectFields(sets: readonly SelectionSetNode[], ctx: CollectContext): CollectedFields {
  const fields: CollectedFields = new Map();
  const visit = (set: SelectionSetNode, seen: ReadonlySet<string>): void => {
    for (const selection of set.selections) {
      if (!isIncluded(selection, ctx)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const list = fields.get(key);
        if (list) list.push(selection);
        else fields.set(key, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else {
        const name = selection.name.value;
        const fragment = ctx.fragments[name];
        if (fragment && !seen.has(name)) visit(fragment.selectionSet, new Set([...seen, name]));
      }
    }
  };
  for (const set of sets) visit(set, new Set());
  return fields;
}

/** The merged sub-selection of fields that share a response key. */
export function subFields(nodes: readonly FieldNode[], ctx: CollectContext): CollectedFields {
  return collectFields(
    nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : [])),
    ctx,
  );
}

function isIncluded(node: { readonly directives?: FieldNode['directives'] }, ctx: CollectContext): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, ctx.variableValues);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, ctx.variableValues);
  return include?.if !== false;
}

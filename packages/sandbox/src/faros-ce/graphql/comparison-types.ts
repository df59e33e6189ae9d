import {
  GraphQLBoolean,
  GraphQLEnumType,
  type GraphQLEnumValueConfigMap,
  type GraphQLInputFieldConfigMap,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  type GraphQLNullableInputType,
  GraphQLString,
} from 'graphql';
import type { ScalarRegistry } from './scalar-types.js';
import type { TypeCache } from './type-cache.js';

const listOf = <T extends GraphQLNullableInputType>(type: T) => new GraphQLList(new GraphQLNonNull(type));

/** The shared `order_by` enum: `asc`, `desc` and their explicit null placements. */
export function orderByEnumType(cache: TypeCache): GraphQLEnumType {
  return cache.get('order_by', () => {
    const values: GraphQLEnumValueConfigMap = {};
    for (const name of ORDER_BY_VALUES) values[name] = { value: name };
    return new GraphQLEnumType({ name: 'order_by', description: 'column ordering options', values });
  });
}

/**
 * `<scalar>_comparison_exp`: `_eq _neq _gt _gte _lt _lte _in _nin _is_null` for every scalar, the pattern
 * operators for `String`, and the containment and key operators for `jsonb`.
 */
export function comparisonExpType(
  scalars: ScalarRegistry,
  cache: TypeCache,
  scalarName: string,
): GraphQLInputObjectType {
  const name = `${scalarName}_comparison_exp`;
  return cache.get(name, () => {
    const scalar = scalars.get(scalarName);
    const fields: GraphQLInputFieldConfigMap = { _is_null: { type: GraphQLBoolean } };
    for (const op of ['_eq', '_neq', '_gt', '_gte', '_lt', '_lte']) fields[op] = { type: scalar };
    for (const op of ['_in', '_nin']) fields[op] = { type: listOf(scalar) };
    if (scalarName === 'String') {
      for (const op of STRING_OPERATORS) fields[op] = { type: GraphQLString };
    }
    if (scalarName === 'jsonb') {
      fields._contains = { type: scalar };
      fields._contained_in = { type: scalar };
      fields._has_key = { type: GraphQLString };
      fields._has_keys_all = { type: listOf(GraphQLString) };
      fields._has_keys_any = { type: listOf(GraphQLString) };
    }
    return new GraphQLInputObjectType({
      name,
      description: `Boolean expression to compare columns of type "${scalarName}". All fields are combined with logical 'AND'.`,
      fields,
    });
  });
}

const ORDER_BY_VALUES = ['asc', 'asc_nulls_first', 'asc_nulls_last', 'desc', 'desc_nulls_first', 'desc_nulls_last'];
const STRING_OPERATORS = [
  '_ilike',
  '_iregex',
  '_like',
  '_nilike',
  '_niregex',
  '_nlike',
  '_nregex',
  '_nsimilar',
  '_regex',
  '_similar',
];

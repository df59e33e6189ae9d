import {
  type ConstValueNode,
  GraphQLBoolean,
  GraphQLFloat,
  GraphQLInt,
  GraphQLScalarType,
  GraphQLString,
  Kind,
} from 'graphql';

/**
 * The GraphQL scalar Hasura v2 gives a Postgres type (`pg_type.typname`): `String`, `Int`, `Float` (real),
 * `Boolean` for the built-ins, and the Postgres name for the rest (`bigint`, `jsonb`, `timestamptz`, ...).
 */
export function graphqlScalarName(typeName: string): string {
  return SCALAR_NAMES[typeName] ?? typeName;
}

const SCALAR_NAMES: Readonly<Record<string, string>> = {
  text: 'String',
  varchar: 'String',
  bpchar: 'String',
  name: 'String',
  citext: 'String',
  int4: 'Int',
  int2: 'smallint',
  int8: 'bigint',
  float4: 'Float',
  float8: 'float8',
  bool: 'Boolean',
};

/** Scalars whose values can be ordered and compared (`_gt`, `max`, ...). */
export function isComparableScalar(name: string): boolean {
  return !['jsonb', 'json', 'Boolean'].includes(name);
}

/** Scalars `_inc` applies to. */
export function isNumericScalar(name: string): boolean {
  return ['Int', 'smallint', 'bigint', 'Float', 'float8', 'numeric'].includes(name);
}

/** Creates each scalar once per schema. */
export class ScalarRegistry {
  readonly #scalars = new Map<string, GraphQLScalarType>([
    ['String', GraphQLString],
    ['Int', GraphQLInt],
    ['Float', GraphQLFloat],
    ['Boolean', GraphQLBoolean],
  ]);

  /** The scalar of that name, created on first use. */
  get(name: string): GraphQLScalarType {
    let scalar = this.#scalars.get(name);
    if (!scalar) {
      scalar = name === 'jsonb' || name === 'json' ? jsonScalar(name) : textualScalar(name);
      this.#scalars.set(name, scalar);
    }
    return scalar;
  }
}

function jsonScalar(name: string): GraphQLScalarType {
  return new GraphQLScalarType({
    name,
    coerceOutputValue: (value) => value,
    coerceInputValue: (value) => value,
    coerceInputLiteral: (node) => literalToJson(node),
  });
}

/** Scalars Postgres parses from text (`bigint`, `timestamptz`, `numeric`, ...): a string, number or boolean. */
function textualScalar(name: string): GraphQLScalarType {
  return new GraphQLScalarType({
    name,
    coerceOutputValue: (value) => value,
    coerceInputValue: (value) => {
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
      throw new TypeError(`expected a scalar value for type '${name}'`);
    },
    coerceInputLiteral: (node) => {
      switch (node.kind) {
        case Kind.STRING:
        case Kind.INT:
        case Kind.FLOAT:
          return node.value;
        case Kind.BOOLEAN:
          return node.value;
        default:
          return undefined;
      }
    },
  });
}

/** A GraphQL constant literal as the JSON value it spells. */
export function literalToJson(node: ConstValueNode): unknown {
  switch (node.kind) {
    case Kind.NULL:
      return null;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.BOOLEAN:
      return node.value;
    case Kind.LIST:
      return node.values.map(literalToJson);
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((field) => [field.name.value, literalToJson(field.value)]));
  }
}

import { type GraphQLFieldResolver, isNonNullType } from 'graphql';
import { GithubGraphqlError } from './github-graphql-error.js';

/**
 * Reads a field from the plain objects the model builds: an own property holds the value or a
 * function of the field's arguments. A field the model leaves out is null when the schema allows
 * it, and a clear error when it is non-null (the simulator does not model it), never a crash.
 */
export const resolveGithubField: GraphQLFieldResolver<unknown, unknown> = (source, args, _context, info) => {
  const value =
    typeof source === 'object' && source !== null && Object.hasOwn(source, info.fieldName)
      ? (source as Record<string, unknown>)[info.fieldName]
      : undefined;
  const resolved = typeof value === 'function' ? (value as (a: unknown) => unknown)(args) : value;
  if (resolved !== undefined) return resolved;
  if (isNonNullType(info.returnType)) {
    throw new GithubGraphqlError(
      'UNSUPPORTED_BY_SANDBOX',
      `The sandbox's GitHub simulator does not model \`${info.parentType.name}.${info.fieldName}\`, which cannot be null.`,
    );
  }
  return null;
};

/**
 * A GitHub GraphQL node id in GitHub's legacy format: base64 of `0<length of type>:<Type><id>`,
 * e.g. `githubNodeId('User', 1)` is `MDQ6VXNlcjE=`. The world stores no node ids; simulators derive
 * them with this function from an entity's type name and numeric id.
 */
export function githubNodeId(typeName: string, id: number): string {
  return Buffer.from(`0${typeName.length}:${typeName}${id}`, 'utf8').toString('base64');
}

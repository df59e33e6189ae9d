// Which properties of the Jenkins JSON schema our answers fill in: the schema's declared property paths
// per definition, and the paths an answer holds non-null, found by walking the answer along the schema.

type Node = { [key: string]: unknown };

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const refName = (node: Node): string | undefined =>
  typeof node.$ref === 'string' ? node.$ref.replace('#/definitions/', '') : undefined;

/** A schema's definitions, to walk answers along. */
export class SchemaCoverage {
  private readonly seen = new Set<string>();

  constructor(private readonly definitions: Readonly<Record<string, Node>>) {}

  /** Every property path a definition declares (`build:actions`, `changeSet:items[].author.fullName`), references not followed. */
  declared(definition: string): string[] {
    const out: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (!isNode(node) || refName(node) !== undefined) return;
      for (const [name, child] of Object.entries(isNode(node.properties) ? node.properties : {})) {
        const at = path === '' ? name : `${path}.${name}`;
        out.push(`${definition}:${at}`);
        visit(child, at);
      }
      if (isNode(node.items)) visit(node.items, `${path}[]`);
      if (isNode(node.additionalProperties)) visit(node.additionalProperties, `${path}{}`);
    };
    visit(this.definitions[definition], '');
    return out;
  }

  /** Records the non-null paths of an answer that the definition describes. */
  record(definition: string, value: unknown): void {
    this.walk(this.definitions[definition], value, definition, '');
  }

  /** The declared paths of these definitions no recorded answer held non-null. */
  missing(definitions: readonly string[]): string[] {
    return definitions.flatMap((d) => this.declared(d)).filter((path) => !this.seen.has(path));
  }

  private walk(node: unknown, value: unknown, definition: string, path: string): void {
    if (!isNode(node) || value === null || value === undefined) return;
    const ref = refName(node);
    if (ref !== undefined) {
      const target = this.definitions[ref];
      // Scalar definitions (className, absUrl…) hold no properties; objects start a path of their own.
      if (isNode(target) && (target.properties || target.anyOf)) this.walk(target, value, ref, '');
      return;
    }
    if (Array.isArray(node.anyOf)) {
      const branch = this.branchFor(node.anyOf, value);
      if (branch !== undefined) this.walk(branch, value, definition, path);
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) this.walk(node.items, item, definition, `${path}[]`);
      return;
    }
    if (!isNode(value)) return;
    const props = isNode(node.properties) ? node.properties : {};
    for (const [key, child] of Object.entries(value)) {
      if (child === null) continue;
      if (key in props) {
        const at = path === '' ? key : `${path}.${key}`;
        this.seen.add(`${definition}:${at}`);
        this.walk(props[key], child, definition, at);
      } else if (isNode(node.additionalProperties)) {
        this.walk(node.additionalProperties, child, definition, `${path}{}`);
      }
    }
  }

  /** The anyOf branch an object belongs to: the one whose `_class` const it carries, else the first object branch. */
  private branchFor(branches: readonly unknown[], value: unknown): unknown {
    const resolved = branches.map((b) => (isNode(b) && refName(b) ? this.definitions[refName(b) as string] : b));
    const className = isNode(value) ? value._class : undefined;
    const byClass = branches.find((_, i) => {
      const props = (resolved[i] as Node | undefined)?.properties;
      return isNode(props) && isNode(props._class) && props._class.const === className;
    });
    if (byClass !== undefined) return byClass;
    return branches.find((_, i) => {
      const r = resolved[i] as Node | undefined;
      return (
        isNode(r) &&
        r.type !== 'null' &&
        !(isNode(r.properties) && isNode(r.properties._class) && 'const' in r.properties._class)
      );
    });
  }
}

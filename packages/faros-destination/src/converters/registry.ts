import type { Converter, SourceType } from './converter.js';
import { GITHUB_CONVERTERS } from './github/index.js';
import { JENKINS_CONVERTERS } from './jenkins/index.js';
import { JIRA_CONVERTERS } from './jira/index.js';

/** Converters by `<source>__<stream>`: an explicit list, never a file-system lookup. */
export class ConverterRegistry {
  private readonly byName = new Map<string, Converter>();

  /** @throws Error when two converters claim the same source and stream. */
  constructor(converters: Iterable<Converter>) {
    for (const converter of converters) {
      const name = `${converter.source}__${converter.stream}`;
      if (this.byName.has(name)) throw new Error(`Two converters for ${name}`);
      this.byName.set(name, converter);
    }
  }

  /** The converter of a source's stream, if there is one. */
  find(source: SourceType, stream: string): Converter | undefined {
    return this.byName.get(`${source}__${stream}`);
  }

  /** Every converter. */
  all(): readonly Converter[] {
    return [...this.byName.values()];
  }
}

/** The registry of every converter this package ships. */
export function defaultRegistry(): ConverterRegistry {
  return new ConverterRegistry([...GITHUB_CONVERTERS, ...JIRA_CONVERTERS, ...JENKINS_CONVERTERS]);
}

import type { GqlPage } from '../graphql/repo-batch.js';
import { RepoBatchStream } from '../graphql/repo-batch-stream.js';
import type { SelectedRepository } from '../repos/repository-resolver.js';
import type { GithubContext, GithubRecord } from './github-context.js';

/** A git object a tag ref points at: a commit, or an annotated tag pointing further. */
interface GqlTarget {
  readonly __typename: string;
  readonly oid: string;
  readonly target?: GqlTarget;
}

interface GqlTagRef {
  readonly id: string;
  readonly name: string;
  readonly target: GqlTarget | null;
}

// Annotated tags are peeled to what they tag (REST's `commit.sha`), through up to three nested tags.
const TARGET =
  '__typename oid ... on Tag { target { __typename oid ... on Tag { target { __typename oid ... on Tag { target { __typename oid } } } } } }';

/**
 * `tags`: a repository's tags (full refresh; GitHub gives tags no dates), REST's `/tags` shape, read as
 * GraphQL's `refs(refPrefix: "refs/tags/")` for many repositories per call: `node_id` is the ref's id,
 * `commit.sha` the tagged commit (annotated tags peeled), URLs as REST builds them from the API root.
 */
export class TagsStream extends RepoBatchStream {
  readonly name = 'tags';
  override readonly primaryKey = [['repository'], ['name']];
  protected readonly connectionName = 'refs';
  protected override readonly connectionArgs = 'refPrefix: "refs/tags/"';
  protected readonly pageSelection = `nodes { id name target { ${TARGET} } }`;

  protected recordsOf(page: GqlPage, repo: SelectedRepository): GithubRecord[] {
    const base = `${this.gh.apiUrl}/repos/${repo.fullName}`;
    return (page.nodes as GqlTagRef[]).map((ref) => {
      const sha = peel(ref.target);
      return {
        repository: repo.fullName,
        name: ref.name,
        commit: { sha, url: sha === null ? null : `${base}/commits/${sha}` },
        zipball_url: `${base}/zipball/refs/tags/${ref.name}`,
        tarball_url: `${base}/tarball/refs/tags/${ref.name}`,
        node_id: ref.id,
      };
    });
  }
}

/** The object at the end of a chain of annotated tags. */
function peel(target: GqlTarget | null): string | null {
  let object = target;
  while (object?.__typename === 'Tag' && object.target) object = object.target;
  return object?.oid ?? null;
}

/** The `tags` stream of a run. */
export function tagsStream(gh: GithubContext): TagsStream {
  return new TagsStream(gh).shareFirstPages();
}

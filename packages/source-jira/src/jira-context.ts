import type { ConnectorContext } from '@faros-ce/sdk';
import { type ConnectOptions, connectJira, type JiraClient } from './client/jira-client.js';
import { jiraItems } from './client/jira-pages.js';
import { SharedIssuePages } from './client/shared-issue-pages.js';
import type { JiraConfig } from './generated/config.js';
import { sprintsOfBoard } from './streams/sprints-of-board.js';

// Issues the shared search answers may keep for a run: five full pages of 100, a group of 25
// projects each; groups past that are searched by each stream, as without sharing.
const SHARED_ISSUES_KEPT = 500;

/** A Jira record as the API sends it. */
export type JiraRecord = Record<string, unknown>;

/**
 * What the streams of one run share: the client (flavor detected once) and lists several streams
 * slice by (projects, boards, sprints, field ids), each fetched once, and the issue searches of an
 * incremental sync.
 */
export class JiraContext {
  private clientPromise: Promise<JiraClient> | undefined;
  private projectsPromise: Promise<JiraRecord[]> | undefined;
  private boardsPromise: Promise<JiraRecord[]> | undefined;
  private fieldsPromise: Promise<JiraRecord[]> | undefined;
  private sprintsPromise: Promise<JiraRecord[]> | undefined;
  private readonly boardSprints = new Map<number, Promise<JiraRecord[]>>();
  /** The all-projects issue searches of this run, shared by `issues` and the issue-child streams. */
  readonly issuePages = new SharedIssuePages(SHARED_ISSUES_KEPT);
  private latestUpdate: number | undefined;
  private everyProjectListed = false;

  constructor(
    readonly config: JiraConfig,
    private readonly ctx: ConnectorContext,
    private readonly options: ConnectOptions = {},
  ) {}

  /** The client, connected on first use. */
  client(): Promise<JiraClient> {
    this.clientPromise ??= connectJira(this.config, this.ctx, this.options);
    return this.clientPromise;
  }

  /** The configured projects (all visible ones when none are configured), as Jira describes them. */
  projects(): Promise<JiraRecord[]> {
    this.projectsPromise ??= this.listProjects();
    return this.projectsPromise;
  }

  /**
   * True when the configured projects are every project the API user can see, so the issue
   * searches of the run cover every issue it can see (as of when the projects were listed).
   */
  async everyVisibleProject(): Promise<boolean> {
    await this.projects();
    return this.everyProjectListed;
  }

  /** Notes an issue's `updated` (epoch ms) as read from Jira in this run. */
  noteIssueUpdate(ms: number | undefined): void {
    if (ms !== undefined && (this.latestUpdate === undefined || ms > this.latestUpdate)) this.latestUpdate = ms;
  }

  /**
   * The latest `updated` of an issue read so far in this run: a Jira time that had passed before
   * any request made from now on, so such a request's answer covers everything updated up to it.
   */
  latestIssueUpdate(): number | undefined {
    return this.latestUpdate;
  }

  /** Boards of the configured projects (all boards when none are configured). */
  boards(): Promise<JiraRecord[]> {
    this.boardsPromise ??= this.listBoards();
    return this.boardsPromise;
  }

  /** Every sprint of the scrum boards, each with the `boardId` it was read from. */
  sprints(): Promise<JiraRecord[]> {
    this.sprintsPromise ??= this.listSprints();
    return this.sprintsPromise;
  }

  /**
   * Every sprint of one board, asked once per run: the `sprints` stream and the sprint list of
   * `sprint_issues` share it (a board has tens to hundreds of sprints, small next to its issues).
   */
  sprintsOfBoard(boardId: number): Promise<JiraRecord[]> {
    let sprints = this.boardSprints.get(boardId);
    if (!sprints) {
      sprints = this.client().then((c) => collect(sprintsOfBoard(c, boardId)));
      this.boardSprints.set(boardId, sprints);
    }
    return sprints;
  }

  /** Every field (system and custom), asked once per run (`issue_fields` and the streams that need ids). */
  fields(): Promise<JiraRecord[]> {
    this.fieldsPromise ??= this.client().then((c) =>
      collect(jiraItems(c, { url: `${c.api}/field` }, { kind: 'single' }, 0)),
    );
    return this.fieldsPromise;
  }

  /** Ids of the story-point fields (`Story Points`, `Story point estimate`). */
  async storyPointFieldIds(): Promise<string[]> {
    return (await this.fields()).flatMap((f) =>
      typeof f.id === 'string' && typeof f.name === 'string' && /^story points?( estimate)?$/i.test(f.name.trim())
        ? [f.id]
        : [],
    );
  }

  private async listProjects(): Promise<JiraRecord[]> {
    const client = await this.client();
    const wanted = new Set(this.config.projects.map((p) => p.trim()).filter((p) => p !== ''));
    const expand = 'description,lead,url,projectKeys';
    const all =
      client.flavor === 'cloud'
        ? jiraItems(client, { url: `${client.api}/project/search`, params: { expand } }, { kind: 'values' }, 50)
        : jiraItems(client, { url: `${client.api}/project`, params: { expand } }, { kind: 'single' }, 0);
    const projects: JiraRecord[] = [];
    let visible = 0;
    for await (const project of all) {
      visible++;
      if (wanted.size === 0 || wanted.has(String(project.key)) || wanted.has(String(project.id)))
        projects.push(project);
    }
    this.everyProjectListed = projects.length === visible;
    return projects;
  }

  private async listSprints(): Promise<JiraRecord[]> {
    const sprints = new Map<string, JiraRecord>();
    for (const board of await this.boards()) {
      if (board.type === 'kanban') continue;
      for (const sprint of await this.sprintsOfBoard(Number(board.id))) {
        // A sprint shared by boards is read once, under the first board.
        if (!sprints.has(String(sprint.id))) sprints.set(String(sprint.id), { ...sprint, boardId: Number(board.id) });
      }
    }
    return [...sprints.values()];
  }

  private async listBoards(): Promise<JiraRecord[]> {
    const client = await this.client();
    const keys = new Set((await this.projects()).map((p) => String(p.key)));
    const boards: JiraRecord[] = [];
    for await (const board of jiraItems(client, { url: '/rest/agile/1.0/board' }, { kind: 'values' }, 50)) {
      const location = board.location as JiraRecord | undefined;
      const key = location?.projectKey;
      if (this.config.projects.length === 0 || (typeof key === 'string' && keys.has(key))) boards.push(board);
    }
    return boards;
  }
}

/** Every item of an async iterable. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

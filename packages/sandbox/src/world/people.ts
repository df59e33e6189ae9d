import type { Random } from './random.js';

/** Someone (or something) that writes code, opens pull requests, reviews, files issues. */
export interface Actor {
  /** GitHub login, or null when the account was deleted. */
  readonly login: string | null;
  readonly gitName: string;
  readonly gitEmail: string;
  /** Whether GitHub links `gitEmail` to `login` (if not, commits show a null GitHub author). */
  readonly emailLinked: boolean;
  /** Jira account id, or null for people without a Jira account. */
  readonly jiraAccountId: string | null;
}

/** A person of the organisation, shared by GitHub, Jira and Jenkins. */
export interface Person extends Actor {
  readonly index: number;
  /** Display name; may be unicode. */
  readonly name: string;
  /** Login as it was, even if the GitHub account is now deleted (Jenkins user ids use it). */
  readonly handle: string;
  readonly githubId: number;
  readonly deleted: boolean;
  readonly jiraActive: boolean;
  readonly timeZone: string;
  /** Index of the organisation the person belongs to (some belong to a second one too). */
  readonly orgIndexes: readonly number[];
}

/** Bot accounts of GitHub (their real ids). */
export const BOTS: readonly (Actor & { readonly id: number })[] = [
  {
    id: 49699333,
    login: 'dependabot[bot]',
    gitName: 'dependabot[bot]',
    gitEmail: '49699333+dependabot[bot]@users.noreply.github.com',
    emailLinked: true,
    jiraAccountId: null,
  },
  {
    id: 41898282,
    login: 'github-actions[bot]',
    gitName: 'github-actions[bot]',
    gitEmail: '41898282+github-actions[bot]@users.noreply.github.com',
    emailLinked: true,
    jiraAccountId: null,
  },
  {
    id: 29139614,
    login: 'renovate[bot]',
    gitName: 'renovate[bot]',
    gitEmail: '29139614+renovate[bot]@users.noreply.github.com',
    emailLinked: true,
    jiraAccountId: null,
  },
];

// [display first name, ascii form]
const FIRST: readonly (readonly [string, string])[] = [
  ['Ana', 'ana'],
  ['José', 'jose'],
  ['Zoë', 'zoe'],
  ['Søren', 'soren'],
  ['Łukasz', 'lukasz'],
  ['Chloé', 'chloe'],
  ['Björn', 'bjorn'],
  ['Mei', 'mei'],
  ['Hiroshi', 'hiroshi'],
  ['Aarav', 'aarav'],
  ['Fatima', 'fatima'],
  ['Olúwaseun', 'oluwaseun'],
  ['Priya', 'priya'],
  ['Liam', 'liam'],
  ['Noah', 'noah'],
  ['Emma', 'emma'],
  ['Mateo', 'mateo'],
  ['Ingrid', 'ingrid'],
  ['Yusuf', 'yusuf'],
  ['Camille', 'camille'],
  ['Dmitri', 'dmitri'],
  ['Sofía', 'sofia'],
  ['Kwame', 'kwame'],
  ['Ava', 'ava'],
];
const LAST: readonly (readonly [string, string])[] = [
  ['Müller', 'muller'],
  ['Ødegaard', 'odegaard'],
  ['García', 'garcia'],
  ['Nguyễn', 'nguyen'],
  ['Kowalski', 'kowalski'],
  ['Smith', 'smith'],
  ['Okafor', 'okafor'],
  ['Tanaka', 'tanaka'],
  ['Patel', 'patel'],
  ['Johansson', 'johansson'],
  ['Dubois', 'dubois'],
  ['Rossi', 'rossi'],
  ['Haddad', 'haddad'],
  ['Silva', 'silva'],
  ['Ivanova', 'ivanova'],
  ['Brown', 'brown'],
  ['Çelik', 'celik'],
  ['Ó Briain', 'obriain'],
];
// Whole names in scripts without a first/last split.
const WHOLE: readonly (readonly [string, string])[] = [
  ['李伟', 'liwei'],
  ['田中 花子', 'hanako'],
  ['김민준', 'minjun'],
  ['Αλέξανδρος Παππάς', 'alexpappas'],
  ['Дарья Смирнова', 'dsmirnova'],
  ['نور الهدى', 'nour'],
];
const TIME_ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'America/Sao_Paulo',
  'Europe/London',
  'Australia/Sydney',
  'UTC',
];

/**
 * The people of the world, `perOrg` per organisation (a tenth also join the next organisation).
 * Shares: 5 % have a deleted GitHub account, 8 % commit with an email GitHub does not link,
 * 10 % have no Jira account, 5 % are inactive in Jira. The first person of each organisation is
 * always an ordinary, fully linked one.
 */
export function generatePeople(rng: Random, orgs: number, perOrg: number): Person[] {
  const people: Person[] = [];
  const taken = new Set<string>();
  for (let org = 0; org < orgs; org++) {
    for (let i = 0; i < perOrg; i++) {
      const index = people.length;
      const [name, ascii] = personName(rng, index);
      let handle = ascii;
      for (let n = 2; taken.has(handle); n++) handle = `${ascii}${n}`;
      taken.add(handle);
      const ordinary = i === 0;
      const deleted = !ordinary && (i === 3 || rng.chance(0.05));
      const emailLinked = ordinary || (i !== 4 && !rng.chance(0.08));
      const hasJira = ordinary || (i !== 5 && !rng.chance(0.1));
      const orgIndexes = org + 1 < orgs && rng.chance(0.1) ? [org, org + 1] : [org];
      const githubId = 1_000_000 + index * 7919;
      people.push({
        index,
        name,
        handle,
        login: deleted ? null : handle,
        gitName: name,
        gitEmail: emailLinked ? `${githubId}+${handle}@users.noreply.github.com` : `${handle}@laptop.local`,
        emailLinked,
        githubId,
        deleted,
        jiraAccountId: hasJira ? jiraAccountId(rng) : null,
        jiraActive: hasJira && !deleted && !rng.chance(0.05),
        timeZone: rng.pick(TIME_ZONES),
        orgIndexes,
      });
    }
  }
  return people;
}

function personName(rng: Random, index: number): readonly [string, string] {
  if (index % 9 === 4) return rng.pick(WHOLE);
  const [first, a] = rng.pick(FIRST);
  const [last, b] = rng.pick(LAST);
  return [`${first} ${last}`, `${a}-${b}`];
}

/** An Atlassian account id: 24 hex digits, as Jira Cloud shows for people. */
function jiraAccountId(rng: Random): string {
  return rng.hex(24);
}

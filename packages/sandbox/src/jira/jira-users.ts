import type { JiraUser } from '../world/index.js';
import type { JiraView } from './jira-view.js';

/** The four avatar sizes Jira lists, for a user, project or issue type. */
export function avatarUrls(base: string, path: string): Record<string, string> {
  const url = (size: number): string => `${base}${path}${path.includes('?') ? '&' : '?'}size=${size}`;
  return { '48x48': url(48), '24x24': url(24), '16x16': url(16), '32x32': url(32) };
}

const emailOf = (view: JiraView, user: JiraUser): string | null =>
  // Cloud hides some addresses (privacy settings) but never the caller's own; Data Center shows them all.
  view.site.flavor === 'dataCenter' || user.accountId === view.site.apiUser.accountId
    ? (user.emailAddress ?? `${user.name}@example.com`)
    : user.emailAddress;

/**
 * A user as Jira sends it. `full` is the `User` bean of `myself` and user searches (with `locale`);
 * otherwise the `UserDetails` nested in issues, comments and changelogs. Cloud identifies users by
 * `accountId`; Data Center by `name` and `key`. A hidden email is left out, as Cloud does.
 */
export function renderUser(view: JiraView, user: JiraUser, full = false): Record<string, unknown> {
  const { base, site } = view;
  const email = emailOf(view, user);
  const identity =
    site.flavor === 'cloud'
      ? { self: `${base}${site.api}/user?accountId=${user.accountId}`, accountId: user.accountId }
      : { self: `${base}${site.api}/user?username=${encodeURIComponent(user.name)}`, name: user.name, key: user.key };
  const avatarPath =
    site.flavor === 'cloud' ? `/secure/useravatar?ownerId=${user.accountId}` : `/secure/useravatar?ownerId=${user.key}`;
  return {
    ...identity,
    ...(site.flavor === 'cloud' ? { accountType: user.accountType } : {}),
    ...(email === null ? {} : { emailAddress: email }),
    avatarUrls: avatarUrls(base, avatarPath),
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone,
    ...(full ? { locale: user.locale } : {}),
  };
}

/** The user with this account id rendered, or null when the account is gone (or was never set). */
export function renderUserRef(view: JiraView, accountId: string | null): Record<string, unknown> | null {
  if (accountId === null) return null;
  const user = view.site.world.jira.users.get(accountId);
  return user ? renderUser(view, user) : null;
}

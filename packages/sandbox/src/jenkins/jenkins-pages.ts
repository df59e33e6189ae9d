// Jenkins' error answers are HTML pages, not JSON. Their statuses, titles and headers follow Jenkins
// (its Jetty error page for 401 and 404, the login redirect for 403, "Oops!" for 500); the rest of
// the wording is ours.

/** An HTML answer: status, extra headers and the page. */
export interface HtmlPage {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[]>>;
  readonly body: string;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Jetty's error page, which Jenkins sends when Stapler finds nothing or credentials are refused. */
function jettyPage(status: number, reason: string, uri: string): string {
  const title = `Error ${status} ${escapeHtml(reason)}`;
  return [
    '<html>',
    '<head>',
    '<meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>',
    `<title>${title}</title>`,
    '</head>',
    `<body><h2>HTTP ERROR ${status} ${escapeHtml(reason)}</h2>`,
    '<table>',
    `<tr><th>URI:</th><td>${escapeHtml(uri)}</td></tr>`,
    `<tr><th>STATUS:</th><td>${status}</td></tr>`,
    `<tr><th>MESSAGE:</th><td>${escapeHtml(reason)}</td></tr>`,
    '<tr><th>SERVLET:</th><td>Stapler</td></tr>',
    '</table>',
    '<hr/><a href="https://jetty.org/">Powered by Jetty://</a><hr/>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const HTML = 'text/html;charset=utf-8';

/** 404 for an unknown item, build or path. */
export function notFoundPage(uri: string): HtmlPage {
  return { status: 404, headers: { 'content-type': HTML }, body: jettyPage(404, 'Not Found', uri) };
}

/** 401 for a user name or API token Jenkins doesn't accept. */
export function badCredentialsPage(uri: string, user: string): HtmlPage {
  return {
    status: 401,
    headers: { 'content-type': HTML },
    body: jettyPage(401, `Invalid password/token for user: ${user}`, uri),
  };
}

/**
 * 403 for an anonymous request: Jenkins doesn't grant anonymous users Overall/Read here. The page sends a
 * browser to the login form; the headers say what was missing.
 */
export function anonymousPage(uri: string): HtmlPage {
  const login = `/login?from=${encodeURIComponent(uri)}`;
  const body = [
    `<html><head><meta http-equiv='refresh' content='1;url=${escapeHtml(login)}'/>`,
    `<script>window.location.replace('${escapeHtml(login)}');</script></head>`,
    "<body style='background-color:white; color:white;'>",
    '',
    'Authentication required',
    '<!--',
    'This Jenkins requires a user name and an API token (HTTP basic authentication).',
    '-->',
    '</body></html>',
    '',
  ].join('\n');
  return {
    status: 403,
    headers: {
      'content-type': HTML,
      'x-you-are-authenticated-as': 'anonymous',
      'x-you-are-in-group-disabled':
        'JENKINS-39402: use -Dhudson.security.AccessDeniedException2.REPORT_GROUP_HEADERS=true or use /whoAmI to diagnose',
      'x-required-permission': 'hudson.model.Hudson.Read',
      'x-permission-implied-by': ['hudson.security.Permission.GenericRead', 'hudson.model.Hudson.Administer'],
    },
    body,
  };
}

/** 500 "Oops!" page, for a request Jenkins fails on (a malformed `tree=`). */
export function problemPage(detail: string): HtmlPage {
  const body = [
    '<!DOCTYPE html><html><head><title>Jenkins [Jenkins]</title></head>',
    '<body><div id="main-panel">',
    '<h1>Oops!</h1>',
    '<div id="error-description">',
    '<h2>A problem occurred while processing the request</h2>',
    `<p>The request could not be answered: ${escapeHtml(detail)}</p>`,
    '</div>',
    '</div></body></html>',
    '',
  ].join('\n');
  return { status: 500, headers: { 'content-type': HTML }, body };
}

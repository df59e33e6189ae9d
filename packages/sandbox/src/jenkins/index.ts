// The Jenkins simulator: Jenkins' JSON API over the world's Jenkins tables.

export { type ExportOptions, exportJson, type JsonValue } from './export-json.js';
export { ExportedBean, ExportedMap, type ExportedProperty, type ExportedValue, prop } from './exported-bean.js';
export { createJenkinsHandler, JENKINS_VERSION, type JenkinsHandlerOptions } from './jenkins-handler.js';
export { JENKINS_ROUTES, type JenkinsRoute, jenkinsRouteOf } from './jenkins-routes.js';
export { JENKINS_USER, jenkinsService } from './jenkins-service.js';
export { encodeItemName, type JenkinsTarget, PERMALINKS, type Permalink, parseJenkinsPath } from './jenkins-urls.js';
export { parseTree, type TreeRange, type TreeSpec, TreeSyntaxError } from './tree-spec.js';

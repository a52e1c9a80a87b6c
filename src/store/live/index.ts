/** The live workshop as a device sees it: connection, role, views from the server, credentials kept on the device. */
export { createLiveStore, percentsOf, type Control, type CreateScenario, type LiveDeps, type LiveProblem, type LiveRole, type LiveState, type LiveStatus, type LiveStore, type LiveView } from './store';
export { isCode, lastCode, normaliseCode, readCredentials } from './credentials';

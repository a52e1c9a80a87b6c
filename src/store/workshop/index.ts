/** The workshop's store: session, room, facilitator actions, persistence, and the hot seat. */
export { createWorkshopStore, type NeededScenario, type WorkshopCommand, type WorkshopDeps, type WorkshopProblem, type WorkshopState, type WorkshopStore } from './store';
export { createSeat, seatChoices, seatTeam } from './seat';
export { hasWorkshopSave, reopensOnLoad, type RoomView } from './save';
export type { TeamsMissed } from './missed';

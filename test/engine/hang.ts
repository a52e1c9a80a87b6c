/**
 * Guards against hangs (a quadratic or exponential blow-up), not timing targets: the machine
 * running the tests may be loaded, so any figure tight enough to measure speed would be flaky.
 * Speed is measured by `npm run bench`.
 */
export const HANG_MS = 60_000;
/** Test timeout for tests that run many guarded calls. */
export const HANG_TEST_MS = 180_000;

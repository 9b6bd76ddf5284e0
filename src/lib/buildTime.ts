/**
 * The moment the site is built, which decides what counts as upcoming. BUILD_TIME (an ISO date-time)
 * pins it for reproducible builds and for tests.
 */
export function buildTime(): Date {
  const pinned = process.env.BUILD_TIME;
  if (pinned) {
    const d = new Date(pinned);
    if (Number.isNaN(d.getTime())) throw new Error(`BUILD_TIME="${pinned}" is not a valid ISO date-time`);
    return d;
  }
  return new Date();
}

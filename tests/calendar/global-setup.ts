// @ts-expect-error plain ES module without types
import { buildFixtureSite } from './fixture-site.mjs';

export default function globalSetup() {
  buildFixtureSite();
}

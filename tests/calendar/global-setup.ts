import { buildFixtureSite } from './fixture-site.mjs';

export default function globalSetup() {
  buildFixtureSite();
}

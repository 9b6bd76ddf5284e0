#!/bin/sh
# The nightly rebuild (doc/deploy.md, "Rebuilt every night"): takes the latest content, builds the site
# for today's date in Dortmund and deploys it to nginx. Run by dortmund-rebuild.timer a few minutes
# after midnight, Europe/Berlin. Any failing step stops the job before anything is copied: the site
# that is online stays as it is (its day views then show yesterday's "today" to visitors without
# JavaScript until the next run succeeds; the finder corrects them in every browser with JavaScript).
#
#   PORTAL_SRC   the project's checkout (default /srv/dortmund/src)
#   PORTAL_SITE  the folder nginx serves (default /srv/dortmund/site)
#   SITE_URL     the portal's address (default https://www.dortmund.example)
set -eu

src=${PORTAL_SRC:-/srv/dortmund/src}
site=${PORTAL_SITE:-/srv/dortmund/site}
cd "$src"

git pull --ff-only --quiet
npm ci --no-audit --no-fund --loglevel=error
# "Today" is the build's date in Europe/Berlin; BUILD_TIME must not be set here.
unset BUILD_TIME
# scripts/build.mjs removes dist/ and exits non-zero on any error (invalid content, a failed step).
SITE_URL=${SITE_URL:-https://www.dortmund.example} npm run build --silent

# The nginx files of this build (CSP hashes of its pages) go in first and are checked; nginx keeps
# serving with the configuration it has loaded until the reload below.
rsync -a --delete --exclude generated deploy/nginx/ /etc/nginx/dortmund/
rsync -a --delete deploy/generated/nginx/ /etc/nginx/dortmund/generated/
nginx -t -q
rsync -a dist/_astro/ "$site/_astro/"            # new hashed assets first, old ones stay
rsync -a --delete-after dist/ "$site/"
systemctl reload nginx
echo "Deployed the build of $(TZ=Europe/Berlin date '+%Y-%m-%d %H:%M %Z')."

#!/usr/bin/env bash
# Copies govuk-frontend's precompiled CSS and JS into web/static. svbench is
# not a GOV.UK service: the GDS Transport @font-face rules are removed (the
# CSS falls back to Arial) and no crown or logotype assets are copied.
set -euo pipefail
version=${1:?usage: vendor-govuk-frontend.sh VERSION}
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "govuk-frontend@$version" >/dev/null && tar xzf "govuk-frontend-$version.tgz")
dist="$tmp/package/dist/govuk"
sed -E 's/@font-face\{[^}]*\}//g; s#/\*\# sourceMappingURL=[^*]*\*/##' "$dist/govuk-frontend.min.css" > "$root/web/static/govuk-frontend.min.css"
sed -E 's#//\# sourceMappingURL=.*$##' "$dist/govuk-frontend.min.js" > "$root/web/static/govuk-frontend.min.js"
printf "govuk-frontend %s, MIT licence, (c) Crown copyright. Copied from the npm package by scripts/vendor-govuk-frontend.sh.\n" "$version" > "$root/web/static/govuk-frontend.NOTICE.txt"
echo "vendored govuk-frontend $version into web/static"

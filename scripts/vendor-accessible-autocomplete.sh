#!/usr/bin/env bash
# Copies alphagov's accessible-autocomplete (its precompiled JS and CSS)
# from the npm package into web/static, where the binary embeds them: no
# CDN. web/static/autocomplete.js enhances the long pickers with it; the
# <select> stays for browsers without JavaScript.
set -euo pipefail
version=${1:?usage: vendor-accessible-autocomplete.sh VERSION}
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "accessible-autocomplete@$version" >/dev/null && tar xzf "accessible-autocomplete-$version.tgz")
dist="$tmp/package/dist"
sed -E 's#//\# sourceMappingURL=.*$##' "$dist/accessible-autocomplete.min.js" > "$root/web/static/accessible-autocomplete.min.js"
sed -E 's#/\*\# sourceMappingURL=[^*]*\*/##' "$dist/accessible-autocomplete.min.css" > "$root/web/static/accessible-autocomplete.min.css"
printf "accessible-autocomplete %s, MIT licence, (c) Crown Copyright (Government Digital Service). Copied from the npm package by scripts/vendor-accessible-autocomplete.sh.\n" "$version" > "$root/web/static/accessible-autocomplete.NOTICE.txt"
echo "vendored accessible-autocomplete $version into web/static"

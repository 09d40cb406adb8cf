#!/usr/bin/env bash
# Builds the installable plugin: plugin/wordpress/dist/gloss-<version>.zip (core bundle included).
set -euo pipefail
cd "$(dirname "$0")"
(cd ../core && npm ci --no-audit --no-fund >/dev/null && npm run build >/dev/null)
cp ../core/dist/gloss.js gloss/assets/gloss.js
version=$(sed -n 's/^ \* Version: *//p' gloss/gloss.php)
mkdir -p dist
rm -f "dist/gloss-$version.zip"
zip -q -r "dist/gloss-$version.zip" gloss -x 'gloss/tests/*'
echo "plugin/wordpress/dist/gloss-$version.zip"

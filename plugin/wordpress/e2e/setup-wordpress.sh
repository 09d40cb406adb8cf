#!/usr/bin/env bash
# A real WordPress on SQLite, served by PHP's built-in server, with the Gloss plugin installed from
# its zip, and the classic theme Twenty Twenty-One installed (not active). Usage: setup-wordpress.sh <version 6.2|6.3|6.4|6.5|beta (6.6-RC3)> <directory> <port>
# Prints nothing but errors; the site answers at http://127.0.0.1:<port> (admin / admin-password).
# Stop it with: kill -- -$(cat <directory>/server.pid)
set -euo pipefail
version="$1"; site="$2"; port="$3"
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
cache="$repo/.cache/wordpress"
builds="wp-playground-wordpress-builds-0.9.19.tgz"

mkdir -p "$cache"
if [ ! -f "$cache/$builds" ]; then
  (cd "$cache" && npm pack --silent @wp-playground/wordpress-builds@0.9.19 >/dev/null)
fi
if [ ! -d "$cache/package" ]; then
  tar xzf "$cache/$builds" -C "$cache"
fi

rm -rf "$site"
mkdir -p "$site"
unzip -q "$cache/package/src/wordpress/wp-$version.zip" -d "$site"
cp -rn "$cache/package/public/wp-$version/." "$site/"
rm -f "$site/wp-content/database/.ht.sqlite"

# A classic theme beside the bundled block theme, for the reader-page layout in both kinds: Twenty
# Twenty-One as Debian packages it (the playground builds carry block themes only).
classic="$cache/twentytwentyone"
if [ ! -d "$classic" ]; then
  tmp="$(mktemp -d)"
  (cd "$tmp" && { apt-get download -q wordpress-theme-twentytwentyone >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null && apt-get download -q wordpress-theme-twentytwentyone >/dev/null; }; })
  dpkg-deb -x "$tmp"/wordpress-theme-twentytwentyone_*.deb "$tmp/root"
  cp -r "$tmp/root/usr/share/wordpress/wp-content/themes/twentytwentyone" "$classic"
  rm -rf "$tmp"
fi
# (the builds' public files hold a partial copy of it: replace that)
rm -rf "$site/wp-content/themes/twentytwentyone"
cp -r "$classic" "$site/wp-content/themes/twentytwentyone"

# SQLite instead of MySQL: the database integration plugin and its db.php drop-in.
sqlite_zip="$cache/package/src/sqlite-database-integration/sqlite-database-integration.zip"
tmp="$(mktemp -d)"
unzip -q "$sqlite_zip" -d "$tmp"
rm -rf "$site/wp-content/plugins/sqlite-database-integration"
mv "$tmp"/sqlite-database-integration-* "$site/wp-content/plugins/sqlite-database-integration"
rm -rf "$tmp"
sed -e "s#{SQLITE_IMPLEMENTATION_FOLDER_PATH}#$site/wp-content/plugins/sqlite-database-integration#" \
    -e "s#{SQLITE_PLUGIN}#sqlite-database-integration/load.php#" \
    "$site/wp-content/plugins/sqlite-database-integration/db.copy" > "$site/wp-content/db.php"

cat > "$site/wp-config.php" <<PHP
<?php
define( 'DB_NAME', 'wordpress' ); define( 'DB_USER', 'unused' ); define( 'DB_PASSWORD', 'unused' );
define( 'DB_HOST', 'localhost' ); define( 'DB_CHARSET', 'utf8mb4' ); define( 'DB_COLLATE', '' );
define( 'AUTH_KEY', 'e2e-1' ); define( 'SECURE_AUTH_KEY', 'e2e-2' ); define( 'LOGGED_IN_KEY', 'e2e-3' );
define( 'NONCE_KEY', 'e2e-4' ); define( 'AUTH_SALT', 'e2e-5' ); define( 'SECURE_AUTH_SALT', 'e2e-6' );
define( 'LOGGED_IN_SALT', 'e2e-7' ); define( 'NONCE_SALT', 'e2e-8' );
\$table_prefix = 'wp_';
define( 'WP_HOME', 'http://127.0.0.1:$port' ); define( 'WP_SITEURL', 'http://127.0.0.1:$port' );
define( 'DISABLE_WP_CRON', true ); define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true ); define( 'WP_ACCESSIBLE_HOSTS', '127.0.0.1,localhost' );
define( 'WP_DEBUG', true ); define( 'WP_DEBUG_LOG', '$site/debug.log' ); define( 'WP_DEBUG_DISPLAY', false );
if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }
require_once ABSPATH . 'wp-settings.php';
PHP

# The network is closed: answer every non-loopback request at once instead of waiting for it. And ask
# WordPress.org nothing at all: on a closed network every admin page tried the update checks and the
# dashboard's news feed again and wrote their failure to the database, where those writes raced the
# test's own on SQLite ("database is locked" in debug.log; logins timed out in CI).
mkdir -p "$site/wp-content/mu-plugins"
cat > "$site/wp-content/mu-plugins/loopback-only.php" <<'PHP'
<?php
add_filter( 'pre_http_request', static function ( $answer, $args, $url ) {
	$host = wp_parse_url( $url, PHP_URL_HOST );
	return in_array( $host, array( '127.0.0.1', 'localhost' ), true ) ? $answer : new WP_Error( 'offline', 'No network here' );
}, 10, 3 );
remove_action( 'admin_init', '_maybe_update_core' );
remove_action( 'admin_init', '_maybe_update_plugins' );
remove_action( 'admin_init', '_maybe_update_themes' );
remove_action( 'admin_init', 'wp_maybe_auto_update' );
add_action( 'wp_dashboard_setup', static function () {
	remove_meta_box( 'dashboard_primary', 'dashboard', 'side' );
	remove_meta_box( 'dashboard_site_health', 'dashboard', 'normal' );
} );
add_filter( 'pre_site_transient_browser_' . md5( $_SERVER['HTTP_USER_AGENT'] ?? '' ), '__return_empty_array' );
add_filter( 'pre_site_transient_php_check_' . md5( PHP_VERSION ), '__return_empty_array' );
PHP

# The plugin as a site would install it: from the zip.
zip="$("$repo/plugin/wordpress/build.sh")"
unzip -q "$repo/$zip" -d "$site/wp-content/plugins"

# Its own session and process group (PID = group), and no inherited output: a test runner waiting on
# this script's pipes must not wait on the server too.
cd "$site"
setsid env PHP_CLI_SERVER_WORKERS=4 php -S "127.0.0.1:$port" -t "$site" </dev/null >"$site/server.log" 2>&1 &
echo $! > "$site/server.pid"
cd - >/dev/null
for _ in $(seq 1 50); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/wp-admin/install.php" && break
  sleep 0.2
done
curl -fs -o "$site/install.html" -X POST "http://127.0.0.1:$port/wp-admin/install.php?step=2" \
  --data-urlencode weblog_title='Gloss E2E' --data-urlencode user_name=admin \
  --data-urlencode admin_password=admin-password --data-urlencode admin_password2=admin-password \
  --data-urlencode pw_weak=1 --data-urlencode admin_email=admin@example.org --data-urlencode blog_public=0
grep -q 'Success' "$site/install.html" || { echo "WordPress did not install; see $site/install.html" >&2; exit 1; }
# Write-ahead logging: readers no longer wait for a writer, nor a writer for readers (the mode stays
# with the database file, so every worker of the server uses it).
php -r '$db = new PDO("sqlite:" . $argv[1]); $db->exec("PRAGMA journal_mode=WAL");' "$site/wp-content/database/.ht.sqlite"

<?php
// Sets the site up for the end-to-end test: the Gloss plugin active and configured (plain ?p= links:
// PHP's built-in server has no rewrite rules).
// Usage: php seed.php <site directory> <gloss url> <publication> <editor key>
list( , $site, $gloss, $publication, $key ) = $argv;
define( 'WP_ADMIN', true );
$_SERVER['HTTP_HOST'] = 'localhost';
require $site . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$result = activate_plugin( 'gloss/gloss.php' );
if ( is_wp_error( $result ) ) {
	fwrite( STDERR, $result->get_error_message() . "\n" );
	exit( 1 );
}
update_option( 'gloss_settings', array(
	'url'         => $gloss,
	'publication' => $publication,
	'key'         => $key,
	'cache_ttl'   => 5,
	'in_feeds'    => false,
	'in_excerpts' => false,
) );
// The block editor's welcome guide would cover the editor in every new browser profile.
update_user_meta( 1, 'wp_persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
echo "seeded\n";

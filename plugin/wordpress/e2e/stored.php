<?php
// What the Gloss plugin has stored in a site, as JSON: for the end-to-end test of uninstalling.
// Usage: php stored.php <site directory>
list( , $site ) = $argv;
$_SERVER['HTTP_HOST'] = 'localhost';
require $site . '/wp-load.php';
global $wpdb;
echo wp_json_encode(
	array(
		'options'   => $wpdb->get_col( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE 'gloss%' OR option_name LIKE '\_transient\_gloss%'" ),
		'post_meta' => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->postmeta} WHERE meta_key LIKE '\_gloss\_%'" ),
		'retries'   => false !== wp_next_scheduled( 'gloss_retry_push' ) || (bool) array_filter( _get_cron_array(), static function ( $hooks ) { return isset( $hooks['gloss_retry_push'] ); } ),
	)
);

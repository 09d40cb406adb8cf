<?php
/**
 * Removes everything the plugin stored in this site when it is deleted from Plugins: its settings,
 * the connection state, each post's Gloss state, scheduled retries and cached embeds. Gloss's own copy
 * of the articles is the publication's, on the Gloss server: an operator removes it there.
 *
 * @package Gloss
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'gloss_settings' );
delete_option( 'gloss_connection' );
delete_post_meta_by_key( '_gloss_status' );
delete_post_meta_by_key( '_gloss_sync' );
delete_post_meta_by_key( '_gloss_orphans' );
wp_unschedule_hook( 'gloss_retry_push' );

global $wpdb;
// Cached embeds (transients) and their last good copies (options) per post: no API lists them by prefix.
$wpdb->query( "DELETE FROM {$wpdb->options} WHERE option_name LIKE 'gloss\_embed\_%' OR option_name LIKE '\_transient\_gloss\_%' OR option_name LIKE '\_transient\_timeout\_gloss\_%'" ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery

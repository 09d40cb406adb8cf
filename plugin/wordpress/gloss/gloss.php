<?php
/**
 * Plugin Name:       Gloss
 * Plugin URI:        https://github.com/gloss-news/gloss
 * Description:       Article annotations from Gloss: designation footnotes, sources, related links and editorial footnotes, edited in the block editor and shown on the published post.
 * Version:           0.1.0
 * Requires at least: 6.2
 * Requires PHP:      7.4
 * Author:            Gloss
 * License:           GPL-2.0-or-later
 * Text Domain:       gloss
 * Domain Path:       /languages
 *
 * @package Gloss
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'GLOSS_VERSION', '0.1.0' );
define( 'GLOSS_DIR', __DIR__ );
define( 'GLOSS_URL', plugin_dir_url( __FILE__ ) );

require_once GLOSS_DIR . '/includes/class-gloss-paths.php';
require_once GLOSS_DIR . '/includes/class-gloss-article.php';
require_once GLOSS_DIR . '/includes/class-gloss-embed-cache.php';
require_once GLOSS_DIR . '/includes/class-gloss-settings.php';
require_once GLOSS_DIR . '/includes/class-gloss-client.php';
require_once GLOSS_DIR . '/includes/class-gloss-proxy.php';
require_once GLOSS_DIR . '/includes/class-gloss-connection.php';
require_once GLOSS_DIR . '/includes/class-gloss-check.php';
require_once GLOSS_DIR . '/includes/class-gloss-sync.php';
require_once GLOSS_DIR . '/includes/class-gloss-posts-list.php';
require_once GLOSS_DIR . '/includes/class-gloss-content.php';
require_once GLOSS_DIR . '/includes/class-gloss-editor.php';

// Plugins screen: a Settings link beside Deactivate.
add_filter(
	'plugin_action_links_' . plugin_basename( __FILE__ ),
	static function ( $links ) {
		array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=gloss' ) ) . '">' . esc_html__( 'Settings', 'gloss' ) . '</a>' );
		return $links;
	}
);

add_action(
	'plugins_loaded',
	static function () {
		// Translations ship with the plugin (languages/), Russian among them.
		load_plugin_textdomain( 'gloss', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
		$settings = new Gloss_Settings();
		$client   = new Gloss_Client( $settings );
		$settings->register();
		$connection = new Gloss_Connection( $settings );
		$connection->register();
		( new Gloss_Proxy( $client ) )->register();
		( new Gloss_Check( $client, $connection ) )->register();
		( new Gloss_Sync( $client, $connection ) )->register();
		( new Gloss_Posts_List() )->register();
		( new Gloss_Content( $client, $settings ) )->register();
		( new Gloss_Editor( $settings ) )->register();
	}
);

<?php
/**
 * The block editor: the Gloss sidebar, the toolbar button on selected text, the pre-publish check.
 *
 * @package Gloss
 */

/**
 * Loads the core bundle (assets/gloss.js, built from plugin/core: the API client and the panel's
 * session) and the editor integration (assets/editor.js, plain script on WordPress's own packages and
 * components: no build step of its own).
 */
final class Gloss_Editor {

	/** @var Gloss_Settings */
	private $settings;

	/**
	 * @param Gloss_Settings $settings Settings.
	 */
	public function __construct( Gloss_Settings $settings ) {
		$this->settings = $settings;
	}

	/** Hooks. */
	public function register() {
		add_action( 'enqueue_block_editor_assets', array( $this, 'enqueue' ) );
	}

	/** Scripts and their configuration (the REST root and nonce; never the key). */
	public function enqueue() {
		$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
		if ( $screen && ! in_array( $screen->post_type, Gloss_Sync::POST_TYPES, true ) ) {
			return;
		}
		wp_enqueue_script( 'gloss-core', GLOSS_URL . 'assets/gloss.js', array(), GLOSS_VERSION, true );
		wp_enqueue_script(
			'gloss-editor',
			GLOSS_URL . 'assets/editor.js',
			array( 'gloss-core', 'wp-plugins', 'wp-edit-post', 'wp-element', 'wp-data', 'wp-rich-text', 'wp-block-editor', 'wp-components', 'wp-api-fetch', 'wp-notices', 'wp-blocks', 'wp-i18n' ),
			GLOSS_VERSION,
			true
		);
		wp_enqueue_style( 'gloss-editor', GLOSS_URL . 'assets/editor.css', array( 'wp-components' ), GLOSS_VERSION );
		wp_set_script_translations( 'gloss-editor', 'gloss', GLOSS_DIR . '/languages' );
		$settings = $this->settings->get();
		wp_add_inline_script(
			'gloss-editor',
			'window.glossEditor = ' . wp_json_encode(
				array(
					'base'       => esc_url_raw( rest_url( 'gloss/v1/publication/' ) ),
					'nonce'      => wp_create_nonce( 'wp_rest' ),
					'configured' => '' !== $settings['url'] && '' !== $settings['publication'] && '' !== $settings['key'],
					'settings'   => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php?page=gloss' ) : null,
				)
			) . ';',
			'before'
		);
	}
}

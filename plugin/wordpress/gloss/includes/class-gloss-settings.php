<?php
/**
 * Settings → Gloss: where Gloss runs, which publication this site is, and its editor key.
 *
 * @package Gloss
 */

/**
 * The key is stored in the options table and sent only from this server to Gloss: it is never
 * printed into a page (the form shows whether one is set, not the key).
 */
final class Gloss_Settings {

	const OPTION = 'gloss_settings';

	/**
	 * Current settings with defaults.
	 *
	 * @return array
	 */
	public function get() {
		$stored = get_option( self::OPTION, array() );
		return wp_parse_args(
			is_array( $stored ) ? $stored : array(),
			array(
				'url'         => '',
				'publication' => '',
				'key'         => '',
				'cache_ttl'   => 60,
				'in_feeds'    => false,
				'in_excerpts' => false,
			)
		);
	}

	/** Hooks. */
	public function register() {
		add_action( 'admin_init', array( $this, 'register_setting' ) );
		add_action( 'admin_menu', array( $this, 'add_page' ) );
	}

	/** The option, with its sanitiser (the Settings API checks the nonce and capability). */
	public function register_setting() {
		register_setting(
			'gloss',
			self::OPTION,
			array(
				'type'              => 'array',
				'sanitize_callback' => array( $this, 'sanitize' ),
				'show_in_rest'      => false,
			)
		);
	}

	/**
	 * Cleans what the form sent; an empty key field keeps the stored key.
	 *
	 * @param mixed $input Submitted values.
	 * @return array
	 */
	public function sanitize( $input ) {
		$current = $this->get();
		$input   = is_array( $input ) ? $input : array();
		$url     = isset( $input['url'] ) ? esc_url_raw( trim( wp_unslash( $input['url'] ) ), array( 'http', 'https' ) ) : '';
		$slug    = isset( $input['publication'] ) ? strtolower( trim( wp_unslash( $input['publication'] ) ) ) : '';
		if ( '' !== $slug && ! preg_match( '/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/', $slug ) ) {
			add_settings_error( self::OPTION, 'gloss-publication', __( 'The publication is a slug: lowercase letters, digits and dashes.', 'gloss' ) );
			$slug = $current['publication'];
		}
		$key = isset( $input['key'] ) ? trim( wp_unslash( $input['key'] ) ) : '';
		return array(
			'url'         => untrailingslashit( $url ),
			'publication' => $slug,
			'key'         => '' === $key ? $current['key'] : sanitize_text_field( $key ),
			'cache_ttl'   => max( 5, min( 86400, isset( $input['cache_ttl'] ) ? (int) $input['cache_ttl'] : 60 ) ),
			'in_feeds'    => ! empty( $input['in_feeds'] ),
			'in_excerpts' => ! empty( $input['in_excerpts'] ),
		);
	}

	/** The menu entry. */
	public function add_page() {
		add_options_page( __( 'Gloss', 'gloss' ), __( 'Gloss', 'gloss' ), 'manage_options', 'gloss', array( $this, 'render_page' ) );
	}

	/** The settings form. */
	public function render_page() {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		$settings = $this->get();
		$name     = self::OPTION;
		?>
		<div class="wrap">
			<h1><?php esc_html_e( 'Gloss', 'gloss' ); ?></h1>
			<form method="post" action="options.php">
				<?php settings_fields( 'gloss' ); ?>
				<table class="form-table" role="presentation">
					<tr>
						<th scope="row"><label for="gloss-url"><?php esc_html_e( 'Gloss URL', 'gloss' ); ?></label></th>
						<td><input id="gloss-url" name="<?php echo esc_attr( $name ); ?>[url]" type="url" class="regular-text" value="<?php echo esc_attr( $settings['url'] ); ?>" placeholder="https://gloss.example.com">
							<p class="description"><?php esc_html_e( 'Where your Gloss server answers, as this WordPress server reaches it.', 'gloss' ); ?></p></td>
					</tr>
					<tr>
						<th scope="row"><label for="gloss-publication"><?php esc_html_e( 'Publication', 'gloss' ); ?></label></th>
						<td><input id="gloss-publication" name="<?php echo esc_attr( $name ); ?>[publication]" type="text" class="regular-text" value="<?php echo esc_attr( $settings['publication'] ); ?>">
							<p class="description"><?php esc_html_e( 'The slug of this site\'s publication in Gloss (your Gloss operator gives it, with the key).', 'gloss' ); ?></p></td>
					</tr>
					<tr>
						<th scope="row"><label for="gloss-key"><?php esc_html_e( 'Editor key', 'gloss' ); ?></label></th>
						<td>
							<input id="gloss-key" name="<?php echo esc_attr( $name ); ?>[key]" type="password" class="regular-text" value="" autocomplete="off">
							<p class="description"><?php echo esc_html( '' === $settings['key'] ? __( 'No key is stored yet.', 'gloss' ) : __( 'A key is stored. Leave empty to keep it.', 'gloss' ) ); ?></p>
						</td>
					</tr>
					<tr>
						<th scope="row"><label for="gloss-cache-ttl"><?php esc_html_e( 'Cache (seconds)', 'gloss' ); ?></label></th>
						<td><input id="gloss-cache-ttl" name="<?php echo esc_attr( $name ); ?>[cache_ttl]" type="number" min="5" max="86400" value="<?php echo esc_attr( (string) $settings['cache_ttl'] ); ?>">
							<p class="description"><?php esc_html_e( 'How long a post keeps Gloss\'s footnotes before asking Gloss again. While Gloss cannot be reached, the last copy is shown.', 'gloss' ); ?></p></td>
					</tr>
					<tr>
						<th scope="row"><?php esc_html_e( 'Also in', 'gloss' ); ?></th>
						<td>
							<label><input name="<?php echo esc_attr( $name ); ?>[in_feeds]" type="checkbox" value="1" <?php checked( $settings['in_feeds'] ); ?>> <?php esc_html_e( 'feeds', 'gloss' ); ?></label><br>
							<label><input name="<?php echo esc_attr( $name ); ?>[in_excerpts]" type="checkbox" value="1" <?php checked( $settings['in_excerpts'] ); ?>> <?php esc_html_e( 'excerpts', 'gloss' ); ?></label>
						</td>
					</tr>
				</table>
				<?php submit_button(); ?>
			</form>
		</div>
		<?php
	}
}

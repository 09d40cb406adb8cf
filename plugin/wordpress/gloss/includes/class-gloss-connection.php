<?php
/**
 * Whether this site can reach its Gloss publication, tested when the settings are saved and noted
 * whenever a call fails or succeeds again; an admin notice says so while it cannot.
 *
 * @package Gloss
 */

/**
 * A wrong key or URL must never look like an all-clear: settings answer with the publication's name or
 * Gloss's error, and every admin page says when Gloss is not set up or cannot be reached.
 */
final class Gloss_Connection {

	const OPTION = 'gloss_connection';

	/** Fired when Gloss answers after a failure. */
	const RESTORED = 'gloss_connection_restored';

	/** @var Gloss_Settings */
	private $settings;

	/** @var bool */
	private $tested = false;

	/**
	 * @param Gloss_Settings $settings Settings.
	 */
	public function __construct( Gloss_Settings $settings ) {
		$this->settings = $settings;
	}

	/** Hooks. */
	public function register() {
		add_filter( 'pre_update_option_' . Gloss_Settings::OPTION, array( $this, 'test_on_save' ), 10, 1 );
		add_action( 'admin_notices', array( $this, 'notice' ) );
	}

	/**
	 * Tests the settings about to be saved (also when nothing changed) and reports on the settings page.
	 *
	 * @param array $value Sanitised settings.
	 * @return array
	 */
	public function test_on_save( $value ) {
		if ( $this->tested || ! is_array( $value ) ) {
			return $value;
		}
		$this->tested = true;
		if ( '' === $value['url'] || '' === $value['publication'] || '' === $value['key'] ) {
			return $value;
		}
		$response = wp_remote_get(
			$value['url'] . '/api/publications/' . rawurlencode( $value['publication'] ),
			array(
				'headers'     => array(
					'Authorization' => 'Bearer ' . $value['key'],
					'Accept'        => 'application/json',
				),
				'timeout'     => 10,
				'redirection' => 0,
			)
		);
		if ( is_wp_error( $response ) ) {
			/* translators: %s: the error. */
			$message = sprintf( __( 'Gloss cannot be reached at this URL: %s', 'gloss' ), $response->get_error_message() );
			$this->record_failure( $message );
			add_settings_error( Gloss_Settings::OPTION, 'gloss-connection', $message, 'error' );
			return $value;
		}
		$status = (int) wp_remote_retrieve_response_code( $response );
		$body   = json_decode( wp_remote_retrieve_body( $response ), true );
		if ( 200 === $status && is_array( $body ) && isset( $body['name'] ) ) {
			$this->record_success();
			/* translators: %s: the publication's name in Gloss. */
			add_settings_error( Gloss_Settings::OPTION, 'gloss-connection', sprintf( __( 'Connected to Gloss: publication “%s”.', 'gloss' ), $body['name'] ), 'success' );
			return $value;
		}
		$detail = is_array( $body ) && isset( $body['detail'] ) ? $body['detail'] : (string) $status;
		/* translators: %s: Gloss's explanation. */
		$message = sprintf( __( 'Gloss refused the key or the publication: %s', 'gloss' ), $detail );
		$this->record_failure( $message );
		add_settings_error( Gloss_Settings::OPTION, 'gloss-connection', $message, 'error' );
		return $value;
	}

	/**
	 * @param string $message What went wrong.
	 */
	public function record_failure( $message ) {
		update_option(
			self::OPTION,
			array(
				'ok'      => false,
				'message' => $message,
				'at'      => time(),
			),
			false
		);
	}

	/** Gloss answered; after a failure, what waited for it is sent again. */
	public function record_success() {
		$current = get_option( self::OPTION );
		if ( ! is_array( $current ) || empty( $current['ok'] ) ) {
			update_option(
				self::OPTION,
				array(
					'ok' => true,
					'at' => time(),
				),
				false
			);
			do_action( self::RESTORED );
		}
	}

	/** The notice on admin pages while posts cannot be checked. */
	public function notice() {
		if ( ! current_user_can( 'edit_posts' ) ) {
			return;
		}
		$s        = $this->settings->get();
		$settings = current_user_can( 'manage_options' ) ? ' <a href="' . esc_url( admin_url( 'options-general.php?page=gloss' ) ) . '">' . esc_html__( 'Settings → Gloss', 'gloss' ) . '</a>' : '';
		if ( '' === $s['url'] || '' === $s['publication'] || '' === $s['key'] ) {
			echo '<div class="notice notice-warning gloss-notice"><p>' . esc_html__( 'Gloss is not set up: posts are published without their designation labels being checked.', 'gloss' ) . $settings . '</p></div>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built from escaped parts.
			return;
		}
		$state = get_option( self::OPTION );
		if ( is_array( $state ) && empty( $state['ok'] ) ) {
			/* translators: %s: what went wrong. */
			$text = sprintf( __( 'Gloss cannot check posts right now: %s', 'gloss' ), $state['message'] );
			echo '<div class="notice notice-error gloss-notice"><p>' . esc_html( $text ) . $settings . '</p></div>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built from escaped parts.
		}
	}
}

<?php
/**
 * The editor panel's way to Gloss: a REST route of this site that forwards to Gloss with the key.
 *
 * @package Gloss
 */

/**
 * GET/POST/PUT/DELETE /wp-json/gloss/v1/publication/articles/{post}/… — cookie authentication with
 * the wp_rest nonce (WordPress checks it), then the caller must be allowed to edit that post.
 */
final class Gloss_Proxy {

	/** @var Gloss_Client */
	private $client;

	/**
	 * @param Gloss_Client $client Client.
	 */
	public function __construct( Gloss_Client $client ) {
		$this->client = $client;
	}

	/** Hooks. */
	public function register() {
		add_action( 'rest_api_init', array( $this, 'routes' ) );
	}

	/** The route. */
	public function routes() {
		register_rest_route(
			'gloss/v1',
			'/publication/(?P<path>articles/.+)',
			array(
				'methods'             => array( 'GET', 'POST', 'PUT', 'DELETE' ),
				'callback'            => array( $this, 'forward' ),
				'permission_callback' => array( $this, 'may_forward' ),
			)
		);
	}

	/**
	 * Only calls the panel needs, on a post the user may edit.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return bool
	 */
	public function may_forward( $request ) {
		$post = Gloss_Paths::post_of( $request->get_method(), (string) $request['path'] );
		return null !== $post && current_user_can( 'edit_post', $post );
	}

	/**
	 * Forwards and answers with Gloss's status and body (problem+json included).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function forward( $request ) {
		if ( ! $this->client->configured() ) {
			return new WP_Error( 'gloss_not_configured', __( 'Gloss is not set up: see Settings → Gloss.', 'gloss' ), array( 'status' => 503 ) );
		}
		$headers  = array();
		$if_match = $request->get_header( 'if_match' );
		if ( $if_match ) {
			$headers['If-Match'] = $if_match;
		}
		// The panel's key for a create, so a retried request makes one annotation.
		$idempotency_key = $request->get_header( 'idempotency_key' );
		if ( $idempotency_key ) {
			$headers['Idempotency-Key'] = $idempotency_key;
		}
		$body     = in_array( $request->get_method(), array( 'POST', 'PUT' ), true ) ? $request->get_body() : null;
		$response = $this->client->api( $request->get_method(), (string) $request['path'], $body, $headers );
		if ( is_wp_error( $response ) ) {
			return new WP_Error( 'gloss_unreachable', __( 'Gloss cannot be reached.', 'gloss' ), array( 'status' => 502 ) );
		}
		$status = (int) wp_remote_retrieve_response_code( $response );
		$text   = wp_remote_retrieve_body( $response );
		$data   = '' === $text ? null : json_decode( $text, true );
		$answer = new WP_REST_Response( $data, $status );
		$etag   = wp_remote_retrieve_header( $response, 'etag' );
		if ( $etag ) {
			$answer->header( 'ETag', $etag );
		}
		return $answer;
	}
}

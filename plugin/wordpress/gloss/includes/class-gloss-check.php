<?php
/**
 * The pre-publish check: asks Gloss what the post owes with the text being published.
 *
 * @package Gloss
 */

/**
 * POST /wp-json/gloss/v1/check/{post} with the editor's current title and content. Gloss checks that text
 * without storing it (compliance/preview), so the check never depends on the sidebar having been opened,
 * and an unsaved edit never reaches readers. Every answer says whether the labels could be checked.
 */
final class Gloss_Check {

	/** @var Gloss_Client */
	private $client;

	/** @var Gloss_Connection */
	private $connection;

	/**
	 * @param Gloss_Client     $client     Client.
	 * @param Gloss_Connection $connection Connection state.
	 */
	public function __construct( Gloss_Client $client, Gloss_Connection $connection ) {
		$this->client     = $client;
		$this->connection = $connection;
	}

	/** Hooks. */
	public function register() {
		add_action( 'rest_api_init', array( $this, 'routes' ) );
	}

	/** The route. */
	public function routes() {
		register_rest_route(
			'gloss/v1',
			'/check/(?P<post>\d+)',
			array(
				'methods'             => 'POST',
				'callback'            => array( $this, 'check' ),
				'permission_callback' => static function ( $request ) {
					return current_user_can( 'edit_post', (int) $request['post'] );
				},
				'args'                => array(
					'title'   => array( 'type' => 'string', 'default' => '' ),
					'content' => array( 'type' => 'string', 'default' => '' ),
				),
			)
		);
	}

	/**
	 * {checked: true, status, missing[], outdated[], review} or {checked: false, reason, message}.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response
	 */
	public function check( $request ) {
		$post = get_post( (int) $request['post'] );
		if ( ! $post ) {
			return new WP_REST_Response( self::unchecked( 'missing', __( 'This post does not exist.', 'gloss' ) ), 404 );
		}
		if ( ! $this->client->configured() ) {
			return new WP_REST_Response( self::unchecked( 'not_configured', __( 'Gloss is not set up (Settings → Gloss).', 'gloss' ) ) );
		}
		$draft               = clone $post;
		$draft->post_title   = (string) $request['title'];
		$draft->post_content = (string) $request['content'];
		$date                = 'future' === $post->post_status ? $post->post_date_gmt : gmdate( 'Y-m-d H:i:s' );
		$article             = Gloss_Article::payload( $draft->post_title, Gloss_Content::as_readers_see( $draft ), get_permalink( $post ), get_locale(), 'publish', $date );
		$response            = $this->client->api( 'POST', 'articles/' . (int) $post->ID . '/compliance/preview', wp_json_encode( $article ) );
		if ( is_wp_error( $response ) ) {
			$this->connection->record_failure( $response->get_error_message() );
			return new WP_REST_Response( self::unchecked( 'unreachable', __( 'Gloss cannot be reached.', 'gloss' ) ) );
		}
		$status = (int) wp_remote_retrieve_response_code( $response );
		$report = json_decode( wp_remote_retrieve_body( $response ), true );
		if ( 200 !== $status || ! is_array( $report ) ) {
			$detail = is_array( $report ) && isset( $report['detail'] ) ? $report['detail'] : (string) $status;
			if ( in_array( $status, array( 401, 403, 404 ), true ) ) {
				$this->connection->record_failure( $detail );
			}
			/* translators: %s: Gloss's explanation. */
			return new WP_REST_Response( self::unchecked( 'refused', sprintf( __( 'Gloss refused the check: %s', 'gloss' ), $detail ) ) );
		}
		$this->connection->record_success();
		return new WP_REST_Response( self::summary( $report ) );
	}

	/**
	 * What the pre-publish panel shows of a compliance report.
	 *
	 * @param array $report Gloss's compliance report.
	 * @return array
	 */
	public static function summary( $report ) {
		$missing = array();
		foreach ( isset( $report['items'] ) ? $report['items'] : array() as $item ) {
			if ( empty( $item['labelled'] ) ) {
				$missing[] = $item['name'];
			}
		}
		$outdated = array();
		foreach ( isset( $report['lists'] ) ? $report['lists'] : array() as $list ) {
			if ( ! empty( $list['stale'] ) ) {
				$outdated[] = $list['list'] . ' (' . $list['asOf'] . ')';
			}
		}
		return array(
			'checked'  => true,
			'status'   => isset( $report['status'] ) ? $report['status'] : 'MISSING',
			'missing'  => array_values( array_unique( $missing ) ),
			'outdated' => $outdated,
			'review'   => isset( $report['review'] ) ? count( $report['review'] ) : 0,
		);
	}

	/**
	 * @param string $reason  not_configured, unreachable, refused.
	 * @param string $message For the editor.
	 * @return array
	 */
	private static function unchecked( $reason, $message ) {
		return array(
			'checked' => false,
			'reason'  => $reason,
			'message' => $message,
		);
	}
}

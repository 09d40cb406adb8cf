<?php
/**
 * Saving a post pushes it to Gloss as the article (externalId = post ID).
 *
 * @package Gloss
 */

/**
 * The article's body is the post as readers see it (the_content with Gloss's own filter off), so
 * quotes and offsets match what the published page shows. A push that fails is retried by WP-Cron with
 * growing delays (the schedule is stored, so it survives restarts) until it succeeds, and at once when
 * Gloss answers again; meanwhile the post is marked not synced, and readers get WordPress's own text.
 */
final class Gloss_Sync {

	/** Post types that are articles. */
	const POST_TYPES = array( 'post' );

	/** Post meta: what Gloss says the post owes (OK, REVIEW, MISSING, LISTS_OUTDATED), or UNSYNCED. */
	const STATUS = '_gloss_status';

	/** Post meta: the last push, {state: synced|pending, attempts, error, at}. */
	const SYNC = '_gloss_sync';

	/** Post meta: ids of the annotations the last push orphaned (their passage is gone from the text). */
	const ORPHANS = '_gloss_orphans';

	/** The WP-Cron hook of a retry. */
	const RETRY = 'gloss_retry_push';

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
		add_action( 'save_post', array( $this, 'push' ), 20, 2 );
		add_action( 'before_delete_post', array( $this, 'remove' ) );
		add_action( 'wp_trash_post', array( $this, 'remove' ) );
		add_action( self::RETRY, array( $this, 'retry' ) );
		add_action( Gloss_Connection::RESTORED, array( $this, 'retry_all_soon' ) );
		add_action( 'rest_api_init', array( $this, 'routes' ) );
	}

	/** GET /wp-json/gloss/v1/sync/{post}: whether Gloss has the post as saved, for the editor's notice. */
	public function routes() {
		register_rest_route(
			'gloss/v1',
			'/sync/(?P<post>\d+)',
			array(
				'methods'             => 'GET',
				'callback'            => static function ( $request ) {
					$post_id = (int) $request['post'];
					$sync    = get_post_meta( $post_id, self::SYNC, true );
					return new WP_REST_Response(
						array(
							'status'   => (string) get_post_meta( $post_id, self::STATUS, true ),
							'sync'     => is_array( $sync ) ? $sync : null,
							'orphaned' => array_values( (array) get_post_meta( $post_id, self::ORPHANS, true ) ),
						)
					);
				},
				'permission_callback' => static function ( $request ) {
					return current_user_can( 'edit_post', (int) $request['post'] );
				},
			)
		);
	}

	/**
	 * Minutes before the next try after this many failures: 1, 2, 4 … at most 60.
	 *
	 * @param int $attempts Failed pushes so far.
	 * @return int
	 */
	public static function backoff_minutes( $attempts ) {
		return (int) min( 60, pow( 2, max( 0, $attempts - 1 ) ) );
	}

	/**
	 * The retry of a push that failed.
	 *
	 * @param int $post_id Post.
	 */
	public function retry( $post_id ) {
		$post = get_post( (int) $post_id );
		if ( $post ) {
			$this->push( $post->ID, $post );
		}
	}

	/** Gloss answers again: every post it has not got is pushed at the next cron run. */
	public function retry_all_soon() {
		$pending = get_posts(
			array(
				'post_type'      => self::POST_TYPES,
				'post_status'    => 'any',
				'fields'         => 'ids',
				'posts_per_page' => 500,
				'meta_key'       => self::STATUS, // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_key
				'meta_value'     => 'UNSYNCED', // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_value
			)
		);
		foreach ( $pending as $post_id ) {
			wp_clear_scheduled_hook( self::RETRY, array( (int) $post_id ) );
			wp_schedule_single_event( time(), self::RETRY, array( (int) $post_id ) );
		}
	}

	/**
	 * Whether Gloss has the post as WordPress has it now.
	 *
	 * @param int $post_id Post.
	 * @return bool
	 */
	public static function synced( $post_id ) {
		return 'UNSYNCED' !== get_post_meta( $post_id, self::STATUS, true );
	}

	/**
	 * @param int     $post_id Post.
	 * @param WP_Post $post    Post.
	 */
	public function push( $post_id, $post ) {
		if ( ! $this->client->configured() || wp_is_post_revision( $post_id ) || wp_is_post_autosave( $post_id )
			|| ! in_array( $post->post_type, self::POST_TYPES, true ) || in_array( $post->post_status, array( 'auto-draft', 'trash' ), true ) ) {
			return;
		}
		$article  = Gloss_Article::payload(
			$post->post_title,
			Gloss_Content::as_readers_see( $post ),
			get_permalink( $post ),
			get_locale(),
			$post->post_status,
			$post->post_date_gmt
		);
		$response = $this->client->api( 'PUT', 'articles/' . (int) $post_id, wp_json_encode( $article ) );
		Gloss_Content::forget( $post_id );
		if ( is_wp_error( $response ) || wp_remote_retrieve_response_code( $response ) >= 300 ) {
			$error = is_wp_error( $response ) ? $response->get_error_message() : wp_remote_retrieve_body( $response );
			if ( is_wp_error( $response ) ) {
				$this->connection->record_failure( $error );
			}
			$this->failed( $post_id, $error );
			return;
		}
		$this->connection->record_success();
		$answer = json_decode( wp_remote_retrieve_body( $response ), true );
		update_post_meta( $post_id, self::ORPHANS, is_array( $answer ) && isset( $answer['orphaned'] ) ? array_map( 'intval', (array) $answer['orphaned'] ) : array() );
		wp_clear_scheduled_hook( self::RETRY, array( (int) $post_id ) );
		update_post_meta( $post_id, self::SYNC, array( 'state' => 'synced', 'at' => time() ) );
		$compliance = $this->client->api( 'GET', 'articles/' . (int) $post_id . '/compliance' );
		$report     = is_wp_error( $compliance ) ? null : json_decode( wp_remote_retrieve_body( $compliance ), true );
		update_post_meta( $post_id, self::STATUS, is_array( $report ) && isset( $report['status'] ) ? $report['status'] : 'MISSING' );
	}

	/**
	 * Marks the post not synced and schedules the next try.
	 *
	 * @param int    $post_id Post.
	 * @param string $error   Why.
	 */
	private function failed( $post_id, $error ) {
		$sync     = get_post_meta( $post_id, self::SYNC, true );
		$attempts = ( is_array( $sync ) && 'pending' === $sync['state'] ? (int) $sync['attempts'] : 0 ) + 1;
		update_post_meta(
			$post_id,
			self::SYNC,
			array(
				'state'    => 'pending',
				'attempts' => $attempts,
				'error'    => substr( (string) $error, 0, 500 ),
				'at'       => time(),
			)
		);
		update_post_meta( $post_id, self::STATUS, 'UNSYNCED' );
		wp_clear_scheduled_hook( self::RETRY, array( (int) $post_id ) );
		wp_schedule_single_event( time() + 60 * self::backoff_minutes( $attempts ), self::RETRY, array( (int) $post_id ) );
		error_log( 'Gloss: post ' . $post_id . ' was not sent (try ' . $attempts . '), retrying: ' . $error ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log
	}

	/**
	 * @param int $post_id Post.
	 */
	public function remove( $post_id ) {
		if ( $this->client->configured() && in_array( get_post_type( $post_id ), self::POST_TYPES, true ) ) {
			$this->client->api( 'DELETE', 'articles/' . (int) $post_id );
			wp_clear_scheduled_hook( self::RETRY, array( (int) $post_id ) );
			Gloss_Content::forget_all( $post_id );
		}
	}
}

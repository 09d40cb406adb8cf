<?php
/**
 * Saving a post pushes it to Gloss as the article (externalId = post ID).
 *
 * @package Gloss
 */

/**
 * The article's body is the post as readers see it (the_content with Gloss's own filter off), so
 * quotes and offsets match what the published page shows.
 */
final class Gloss_Sync {

	/** Post types that are articles. */
	const POST_TYPES = array( 'post' );

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
		add_action( 'save_post', array( $this, 'push' ), 20, 2 );
		add_action( 'before_delete_post', array( $this, 'remove' ) );
		add_action( 'wp_trash_post', array( $this, 'remove' ) );
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
		if ( is_wp_error( $response ) || wp_remote_retrieve_response_code( $response ) >= 300 ) {
			// The editor sees it in the panel (Gloss still has the previous text); the log says why.
			error_log( 'Gloss: post ' . $post_id . ' was not sent: ' . ( is_wp_error( $response ) ? $response->get_error_message() : wp_remote_retrieve_body( $response ) ) ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log
		}
		Gloss_Content::forget( $post_id );
	}

	/**
	 * @param int $post_id Post.
	 */
	public function remove( $post_id ) {
		if ( $this->client->configured() && in_array( get_post_type( $post_id ), self::POST_TYPES, true ) ) {
			$this->client->api( 'DELETE', 'articles/' . (int) $post_id );
			Gloss_Content::forget( $post_id );
		}
	}
}

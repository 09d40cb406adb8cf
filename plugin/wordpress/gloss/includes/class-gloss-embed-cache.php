<?php
/**
 * The published post's Gloss embed, cached so that a slow or absent Gloss never breaks a page.
 *
 * @package Gloss
 */

/**
 * Fresh copy while it lasts; then ask Gloss (with the ETags held); if Gloss cannot answer, the last
 * good copy; if there is none, nothing (the post shows as WordPress has it). Storage and fetching are
 * functions, so the rules are tested without WordPress.
 */
final class Gloss_Embed_Cache {

	/**
	 * Outputs the post page needs: the article (body with markers and related links in place, then the
	 * blocks) for readers, and the blocks alone for a post Gloss has an older text of.
	 */
	const OUTPUTS = array( 'article', 'blocks' );

	/** @var callable(string): mixed fresh copy or false */
	private $get_fresh;
	/** @var callable(string, array): void */
	private $set_fresh;
	/** @var callable(string): mixed last good copy or false */
	private $get_stale;
	/** @var callable(string, array): void */
	private $set_stale;
	/** @var callable(int, string, string|null): array{status:int, body?:string, etag?:string}|null null when Gloss cannot be reached */
	private $fetch;

	/**
	 * @param callable $get_fresh Fresh copy by key, or false.
	 * @param callable $set_fresh Stores a fresh copy (with its time to live).
	 * @param callable $get_stale Last good copy by key, or false.
	 * @param callable $set_stale Stores the last good copy (kept until replaced).
	 * @param callable $fetch     (post id, output, etag or null) => response or null.
	 */
	public function __construct( $get_fresh, $set_fresh, $get_stale, $set_stale, $fetch ) {
		$this->get_fresh = $get_fresh;
		$this->set_fresh = $set_fresh;
		$this->get_stale = $get_stale;
		$this->set_stale = $set_stale;
		$this->fetch     = $fetch;
	}

	/**
	 * The embed of a post: array('article' => html, 'blocks' => html), or null to leave the post as it is.
	 *
	 * @param int $post_id Post.
	 * @return array|null
	 */
	public function embed( $post_id ) {
		$key   = 'gloss_embed_' . $post_id;
		$fresh = call_user_func( $this->get_fresh, $key );
		if ( is_array( $fresh ) ) {
			return isset( $fresh['none'] ) ? null : $fresh;
		}
		$stale = call_user_func( $this->get_stale, $key );
		$copy  = array();
		foreach ( self::OUTPUTS as $output ) {
			$etag     = is_array( $stale ) && isset( $stale['etags'][ $output ] ) ? $stale['etags'][ $output ] : null;
			$response = call_user_func( $this->fetch, $post_id, $output, $etag );
			if ( null === $response || $response['status'] >= 500 ) {
				// Gloss is down or failing: the last good copy, for now; try again next time.
				return is_array( $stale ) ? $stale : null;
			}
			if ( 304 === $response['status'] && is_array( $stale ) ) {
				$copy[ $output ]          = $stale[ $output ];
				$copy['etags'][ $output ] = $etag;
			} elseif ( 200 === $response['status'] ) {
				$copy[ $output ]          = $response['body'];
				$copy['etags'][ $output ] = isset( $response['etag'] ) ? $response['etag'] : null;
			} else {
				// Not public (yet), or unknown to Gloss: the post stays as WordPress has it.
				call_user_func( $this->set_fresh, $key, array( 'none' => true ) );
				return null;
			}
		}
		call_user_func( $this->set_fresh, $key, $copy );
		call_user_func( $this->set_stale, $key, $copy );
		return $copy;
	}
}

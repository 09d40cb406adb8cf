<?php
/**
 * Which Gloss calls the editor's browser may make through the plugin's REST route.
 *
 * @package Gloss
 */

/**
 * The route forwards only what the editor panel needs, and only for one post: the caller must be
 * allowed to edit that post. Plain PHP, tested without WordPress.
 */
final class Gloss_Paths {

	/**
	 * The post a forwarded call is about, or null when the call is not forwarded.
	 *
	 * @param string $method HTTP method.
	 * @param string $path   Path below the publication, e.g. "articles/42/annotations/7".
	 * @return int|null
	 */
	public static function post_of( $method, $path ) {
		$allowed = array(
			'#^articles/(\d+)$#'                 => array( 'GET' ),
			'#^articles/(\d+)/(compliance|mentions)$#' => array( 'GET' ),
			'#^articles/(\d+)/annotations$#'     => array( 'GET', 'POST' ),
			'#^articles/(\d+)/annotations/\d+$#' => array( 'GET', 'PUT', 'DELETE' ),
			'#^articles/(\d+)/annotations/\d+/history$#' => array( 'GET' ),
		);
		foreach ( $allowed as $pattern => $methods ) {
			if ( preg_match( $pattern, $path, $match ) && in_array( $method, $methods, true ) ) {
				return (int) $match[1];
			}
		}
		return null;
	}
}

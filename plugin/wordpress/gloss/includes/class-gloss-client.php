<?php
/**
 * Calls to Gloss from this server, with the editor key.
 *
 * @package Gloss
 */

/**
 * A thin wrapper around wp_remote_request for one publication.
 */
final class Gloss_Client {

	/** @var Gloss_Settings */
	private $settings;

	/**
	 * @param Gloss_Settings $settings Settings.
	 */
	public function __construct( Gloss_Settings $settings ) {
		$this->settings = $settings;
	}

	/** Whether URL, publication and key are set. */
	public function configured() {
		$s = $this->settings->get();
		return '' !== $s['url'] && '' !== $s['publication'] && '' !== $s['key'];
	}

	/** Gloss's base URL. */
	public function url() {
		return $this->settings->get()['url'];
	}

	/** The publication's slug. */
	public function publication() {
		return $this->settings->get()['publication'];
	}

	/**
	 * A request to the publication's API ("articles/42/annotations").
	 *
	 * @param string      $method  HTTP method.
	 * @param string      $path    Path below /api/publications/{slug}/.
	 * @param string|null $body    JSON body.
	 * @param array       $headers Extra headers.
	 * @param int         $timeout Seconds.
	 * @return array|WP_Error
	 */
	public function api( $method, $path, $body = null, $headers = array(), $timeout = 10 ) {
		$s = $this->settings->get();
		return $this->request( $method, '/api/publications/' . rawurlencode( $s['publication'] ) . '/' . $path, $body, $headers, $timeout, true );
	}

	/**
	 * A public embed of a post ("article" or "blocks"), without the key: readers see what anyone may see.
	 *
	 * @param int         $post_id Post.
	 * @param string      $output  article or blocks.
	 * @param string|null $etag    The ETag held, for a 304.
	 * @return array|WP_Error
	 */
	public function embed( $post_id, $output, $etag = null ) {
		$s    = $this->settings->get();
		$path = '/embed/' . rawurlencode( $s['publication'] ) . '/' . (int) $post_id . ( 'blocks' === $output ? '' : '/' . $output );
		return $this->request( 'GET', $path, null, $etag ? array( 'If-None-Match' => $etag ) : array(), 3, false );
	}

	/**
	 * @param string      $method        HTTP method.
	 * @param string      $path          Absolute path on Gloss.
	 * @param string|null $body          Body.
	 * @param array       $headers       Headers.
	 * @param int         $timeout       Seconds.
	 * @param bool        $authenticated Send the editor key.
	 * @return array|WP_Error
	 */
	private function request( $method, $path, $body, $headers, $timeout, $authenticated ) {
		$s = $this->settings->get();
		if ( $authenticated ) {
			$headers['Authorization'] = 'Bearer ' . $s['key'];
		}
		$headers['Accept'] = 'application/json, text/html';
		if ( null !== $body ) {
			$headers['Content-Type'] = 'application/json';
		}
		return wp_remote_request(
			$s['url'] . $path,
			array(
				'method'      => $method,
				'headers'     => $headers,
				'body'        => $body,
				'timeout'     => $timeout,
				'redirection' => 0,
			)
		);
	}
}

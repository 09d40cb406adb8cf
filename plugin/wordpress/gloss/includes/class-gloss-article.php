<?php
/**
 * A post as Gloss takes an article.
 *
 * @package Gloss
 */

/**
 * Maps a post's fields to Gloss's article. Plain PHP, tested without WordPress.
 */
final class Gloss_Article {

	/**
	 * The article body Gloss receives.
	 *
	 * @param string      $title      Post title.
	 * @param string      $html       The post as readers see it (the_content without Gloss).
	 * @param string|null $url        Permalink.
	 * @param string      $locale     WordPress locale, e.g. en_US.
	 * @param string      $status     Post status.
	 * @param string      $date_gmt   Post date in GMT, "Y-m-d H:i:s".
	 * @return array
	 */
	public static function payload( $title, $html, $url, $locale, $status, $date_gmt ) {
		$article = array(
			'title'    => '' === trim( $title ) ? '(untitled)' : $title,
			'language' => self::language( $locale ),
			'body'     => $html,
		);
		if ( $url && preg_match( '#^https?://#i', $url ) ) {
			$article['url'] = $url;
		}
		// Only a published or scheduled post has a publication time; Gloss keeps the others private.
		if ( in_array( $status, array( 'publish', 'future' ), true ) && $date_gmt && '0000-00-00 00:00:00' !== $date_gmt ) {
			$article['publishedAt'] = str_replace( ' ', 'T', $date_gmt ) . 'Z';
		}
		return $article;
	}

	/**
	 * BCP 47 language tag of a WordPress locale: en_US -> en-US, de_DE_formal -> de-DE.
	 *
	 * @param string $locale WordPress locale.
	 * @return string
	 */
	public static function language( $locale ) {
		$parts = explode( '_', (string) $locale );
		$tag   = strtolower( $parts[0] );
		if ( isset( $parts[1] ) && preg_match( '/^[A-Za-z]{2}$/', $parts[1] ) ) {
			$tag .= '-' . strtoupper( $parts[1] );
		}
		return '' === $tag ? 'en' : $tag;
	}
}

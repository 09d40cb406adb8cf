<?php
use PHPUnit\Framework\TestCase;

final class EmbedCacheTest extends TestCase {

	private $fresh = array();
	private $stale = array();
	private $answers;
	private $asked = array();

	private function cache() {
		return new Gloss_Embed_Cache(
			function ( $key ) { return isset( $this->fresh[ $key ] ) ? $this->fresh[ $key ] : false; },
			function ( $key, $value ) { $this->fresh[ $key ] = $value; },
			function ( $key ) { return isset( $this->stale[ $key ] ) ? $this->stale[ $key ] : false; },
			function ( $key, $value ) { $this->stale[ $key ] = $value; },
			function ( $post, $output, $etag ) {
				$this->asked[] = array( $output, $etag );
				return call_user_func( $this->answers, $output, $etag );
			}
		);
	}

	public function test_a_fetched_embed_is_kept_fresh_and_as_the_last_good_copy() {
		$this->answers = function ( $output ) {
			return array( 'status' => 200, 'body' => "<$output>", 'etag' => "\"$output-1\"" );
		};
		$embed = $this->cache()->embed( 7 );
		$this->assertSame( '<article>', $embed['article'] );
		$this->assertSame( '<blocks>', $embed['blocks'] );
		$this->assertSame( $embed, $this->fresh['gloss_embed_7'] );
		$this->assertSame( $embed, $this->stale['gloss_embed_7'] );
		$this->asked = array();
		$this->cache()->embed( 7 );
		$this->assertSame( array(), $this->asked, 'a fresh copy needs no call' );
	}

	public function test_gloss_down_serves_the_last_good_copy() {
		$this->stale['gloss_embed_7'] = array( 'article' => '<old article>', 'blocks' => '<old blocks>', 'etags' => array() );
		$this->answers = function () { return null; };
		$this->assertSame( '<old article>', $this->cache()->embed( 7 )['article'] );
		$this->answers = function () { return array( 'status' => 503, 'body' => '' ); };
		$this->assertSame( '<old blocks>', $this->cache()->embed( 7 )['blocks'] );
	}

	public function test_gloss_down_with_nothing_cached_leaves_the_post_alone() {
		$this->answers = function () { return null; };
		$this->assertNull( $this->cache()->embed( 7 ) );
	}

	public function test_an_unchanged_embed_is_revalidated_with_its_etag() {
		$this->stale['gloss_embed_7'] = array( 'article' => '<b1>', 'blocks' => '<k1>', 'etags' => array( 'article' => '"b"', 'blocks' => '"k"' ) );
		$this->answers = function () { return array( 'status' => 304 ); };
		$embed = $this->cache()->embed( 7 );
		$this->assertSame( array( array( 'article', '"b"' ), array( 'blocks', '"k"' ) ), $this->asked );
		$this->assertSame( '<b1>', $embed['article'] );
		$this->assertSame( '<k1>', $embed['blocks'] );
	}

	public function test_a_post_gloss_does_not_show_yet_is_left_alone_for_a_while() {
		$this->answers = function () { return array( 'status' => 404, 'body' => '{}' ); };
		$this->assertNull( $this->cache()->embed( 7 ) );
		$this->asked = array();
		$this->assertNull( $this->cache()->embed( 7 ) );
		$this->assertSame( array(), $this->asked );
	}
}

<?php
use PHPUnit\Framework\TestCase;

final class PathsTest extends TestCase {

	public function test_the_panels_calls_are_forwarded_for_their_post() {
		$this->assertSame( 42, Gloss_Paths::post_of( 'GET', 'articles/42' ) );
		$this->assertSame( 42, Gloss_Paths::post_of( 'GET', 'articles/42/compliance' ) );
		$this->assertSame( 42, Gloss_Paths::post_of( 'POST', 'articles/42/annotations' ) );
		$this->assertSame( 42, Gloss_Paths::post_of( 'DELETE', 'articles/42/annotations/7' ) );
	}

	public function test_anything_else_is_not() {
		$this->assertNull( Gloss_Paths::post_of( 'PUT', 'articles/42' ), 'the article itself is written on save only' );
		$this->assertNull( Gloss_Paths::post_of( 'DELETE', 'articles/42' ) );
		$this->assertNull( Gloss_Paths::post_of( 'GET', 'articles/../keys' ) );
		$this->assertNull( Gloss_Paths::post_of( 'GET', 'articles/42/../../keys' ) );
		$this->assertNull( Gloss_Paths::post_of( 'POST', 'keys' ) );
		$this->assertNull( Gloss_Paths::post_of( 'GET', 'articles/abc/annotations' ) );
	}
}

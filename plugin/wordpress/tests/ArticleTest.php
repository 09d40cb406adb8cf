<?php
use PHPUnit\Framework\TestCase;

final class ArticleTest extends TestCase {

	public function test_a_published_post_carries_its_time_and_link() {
		$article = Gloss_Article::payload( 'Title', '<p>Text</p>', 'https://site.example/?p=4', 'en_US', 'publish', '2024-03-01 10:00:00' );
		$this->assertSame(
			array( 'title' => 'Title', 'language' => 'en-US', 'body' => '<p>Text</p>', 'url' => 'https://site.example/?p=4', 'publishedAt' => '2024-03-01T10:00:00Z' ),
			$article
		);
	}

	public function test_a_draft_has_no_publication_time_so_readers_never_see_it() {
		$article = Gloss_Article::payload( '', '<p>x</p>', null, 'ru_RU', 'draft', '0000-00-00 00:00:00' );
		$this->assertArrayNotHasKey( 'publishedAt', $article );
		$this->assertArrayNotHasKey( 'url', $article );
		$this->assertSame( '(untitled)', $article['title'] );
		$this->assertSame( 'ru-RU', $article['language'] );
	}

	public function test_wordpress_locales_become_language_tags() {
		$this->assertSame( 'de-DE', Gloss_Article::language( 'de_DE_formal' ) );
		$this->assertSame( 'ru', Gloss_Article::language( 'ru' ) );
		$this->assertSame( 'en', Gloss_Article::language( '' ) );
	}
}

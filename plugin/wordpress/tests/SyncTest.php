<?php
use PHPUnit\Framework\TestCase;

/** How long a failed push waits before the next try. */
final class SyncTest extends TestCase {

	public function test_retries_wait_longer_each_time_up_to_an_hour() {
		$this->assertSame( 1, Gloss_Sync::backoff_minutes( 1 ) );
		$this->assertSame( 2, Gloss_Sync::backoff_minutes( 2 ) );
		$this->assertSame( 4, Gloss_Sync::backoff_minutes( 3 ) );
		$this->assertSame( 32, Gloss_Sync::backoff_minutes( 6 ) );
		$this->assertSame( 60, Gloss_Sync::backoff_minutes( 7 ) );
		$this->assertSame( 60, Gloss_Sync::backoff_minutes( 100 ) );
	}
}

<?php
use PHPUnit\Framework\TestCase;

/** What the pre-publish panel is told of Gloss's compliance report. */
final class CheckTest extends TestCase {

	public function test_missing_labels_and_old_lists_are_named() {
		$summary = Gloss_Check::summary(
			array(
				'status' => 'MISSING',
				'items'  => array(
					array( 'name' => 'Islamic State', 'labelled' => false ),
					array( 'name' => 'Islamic State', 'labelled' => false ),
					array( 'name' => 'al-Qaeda', 'labelled' => true ),
				),
				'review' => array( array( 'organization' => 'isis' ) ),
				'lists'  => array(
					array( 'list' => 'ru-fsb-terrorist', 'asOf' => '2026-09-16', 'stale' => true ),
					array( 'list' => 'ru-minjust-extremist', 'asOf' => '2026-11-30', 'stale' => false ),
				),
			)
		);
		$this->assertTrue( $summary['checked'] );
		$this->assertSame( 'MISSING', $summary['status'] );
		$this->assertSame( array( 'Islamic State' ), $summary['missing'] );
		$this->assertSame( array( 'ru-fsb-terrorist (2026-09-16)' ), $summary['outdated'] );
		$this->assertSame( 1, $summary['review'] );
	}

	public function test_a_report_without_status_is_never_an_all_clear() {
		$this->assertSame( 'MISSING', Gloss_Check::summary( array() )['status'] );
	}
}

<?php
/**
 * Posts → All Posts: a Gloss column with each post's state, and a filter by it.
 *
 * @package Gloss
 */

/**
 * After a registry change or an outage, the posts that need attention are one click away.
 */
final class Gloss_Posts_List {

	/** Hooks. */
	public function register() {
		add_filter( 'manage_post_posts_columns', array( $this, 'columns' ) );
		add_action( 'manage_post_posts_custom_column', array( $this, 'cell' ), 10, 2 );
		add_action( 'restrict_manage_posts', array( $this, 'filter_control' ) );
		add_action( 'pre_get_posts', array( $this, 'filter' ) );
	}

	/**
	 * The states, in words.
	 *
	 * @return array
	 */
	public static function states() {
		return array(
			'OK'             => __( 'Labelled', 'gloss' ),
			'REVIEW'         => __( 'Needs review', 'gloss' ),
			'MISSING'        => __( 'Missing labels', 'gloss' ),
			'LISTS_OUTDATED' => __( 'Lists outdated', 'gloss' ),
			'UNSYNCED'       => __( 'Not synced', 'gloss' ),
		);
	}

	/**
	 * @param array $columns Columns.
	 * @return array
	 */
	public function columns( $columns ) {
		$columns['gloss'] = __( 'Gloss', 'gloss' );
		return $columns;
	}

	/**
	 * @param string $column  Column.
	 * @param int    $post_id Post.
	 */
	public function cell( $column, $post_id ) {
		if ( 'gloss' !== $column ) {
			return;
		}
		$status = (string) get_post_meta( $post_id, Gloss_Sync::STATUS, true );
		$states = self::states();
		$label  = isset( $states[ $status ] ) ? $states[ $status ] : __( 'Not sent yet', 'gloss' );
		printf( '<span class="gloss-state gloss-state-%s">%s</span>', esc_attr( strtolower( '' === $status ? 'none' : $status ) ), esc_html( $label ) );
	}

	/** The filter's select above the list. */
	public function filter_control( $post_type ) {
		if ( ! in_array( $post_type, Gloss_Sync::POST_TYPES, true ) ) {
			return;
		}
		$current = isset( $_GET['gloss_state'] ) ? sanitize_key( wp_unslash( $_GET['gloss_state'] ) ) : ''; // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a list filter.
		echo '<label class="screen-reader-text" for="gloss-state-filter">' . esc_html__( 'Filter by Gloss state', 'gloss' ) . '</label>';
		echo '<select name="gloss_state" id="gloss-state-filter"><option value="">' . esc_html__( 'All Gloss states', 'gloss' ) . '</option>';
		foreach ( self::states() as $value => $label ) {
			printf( '<option value="%s"%s>%s</option>', esc_attr( strtolower( $value ) ), selected( $current, strtolower( $value ), false ), esc_html( $label ) );
		}
		echo '</select>';
	}

	/**
	 * @param WP_Query $query The admin list's query.
	 */
	public function filter( $query ) {
		if ( ! is_admin() || ! $query->is_main_query() || empty( $_GET['gloss_state'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification.Recommended
			return;
		}
		$state = strtoupper( sanitize_key( wp_unslash( $_GET['gloss_state'] ) ) ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended
		if ( isset( self::states()[ $state ] ) ) {
			$query->set( 'meta_key', Gloss_Sync::STATUS );
			$query->set( 'meta_value', $state );
		}
	}
}

<?php
/**
 * The published post shows Gloss's annotated body and blocks.
 *
 * @package Gloss
 */

/**
 * A the_content filter on the single post's main content. Cached in a transient; the last good copy
 * is kept and served while Gloss cannot answer; with nothing cached the post shows as WordPress has
 * it, never an error. Not applied to excerpts and feeds unless the settings say so.
 */
final class Gloss_Content {

	/** @var bool Set while the post is rendered for Gloss itself. */
	private static $suspended = false;

	/** @var Gloss_Client */
	private $client;

	/** @var Gloss_Settings */
	private $settings;

	/**
	 * @param Gloss_Client   $client   Client.
	 * @param Gloss_Settings $settings Settings.
	 */
	public function __construct( Gloss_Client $client, Gloss_Settings $settings ) {
		$this->client   = $client;
		$this->settings = $settings;
	}

	/** Hooks. */
	public function register() {
		add_filter( 'the_content', array( $this, 'filter' ), 20 );
		add_action( 'wp_enqueue_scripts', array( $this, 'enqueue' ) );
		add_action( 'init', array( $this, 'oembed_provider' ) );
		add_filter( 'http_allowed_safe_ports', array( $this, 'allow_gloss_port' ) );
		add_filter( 'http_request_host_is_external', array( $this, 'gloss_host_is_reachable' ), 10, 2 );
	}

	/**
	 * The post's HTML as readers see it, without Gloss: what Gloss anchors on.
	 *
	 * @param WP_Post $post Post.
	 * @return string
	 */
	public static function as_readers_see( $post ) {
		global $wp_query;
		$previous        = isset( $GLOBALS['post'] ) ? $GLOBALS['post'] : null;
		$GLOBALS['post'] = $post; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		setup_postdata( $post );
		self::$suspended = true;
		try {
			return apply_filters( 'the_content', $post->post_content );
		} finally {
			self::$suspended = false;
			$GLOBALS['post'] = $previous; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
			if ( $previous && $wp_query ) {
				setup_postdata( $previous );
			}
		}
	}

	/**
	 * Drops the fresh copy (after a save), keeping the last good one.
	 *
	 * @param int $post_id Post.
	 */
	public static function forget( $post_id ) {
		delete_transient( 'gloss_embed_' . $post_id );
	}

	/**
	 * Drops every copy of a deleted post's embed, the last good one too.
	 *
	 * @param int $post_id Post.
	 */
	public static function forget_all( $post_id ) {
		self::forget( $post_id );
		delete_option( 'gloss_embed_' . $post_id . '_last' );
	}

	/**
	 * @param string $content The post's content.
	 * @return string
	 */
	public function filter( $content ) {
		if ( self::$suspended || ! $this->client->configured() || ! $this->applies() ) {
			return $content;
		}
		$post = get_post();
		if ( ! $post || ! in_array( $post->post_type, Gloss_Sync::POST_TYPES, true ) ) {
			return $content;
		}
		$embed = $this->cache()->embed( (int) $post->ID );
		if ( null === $embed ) {
			return $content;
		}
		if ( ! Gloss_Sync::synced( (int) $post->ID ) ) {
			// Gloss has an older text: readers get WordPress's own, with the footnotes Gloss last made (labels
			// kept, without markers) until the retried push lands.
			return '<gloss-embed>' . $content . "\n" . wp_kses_post( $embed['blocks'] ) . '</gloss-embed>';
		}
		// <gloss-embed> adds footnote tooltips when assets/gloss.js runs; without it the links still work.
		// The article holds the body with related links after their paragraphs, then the blocks.
		return '<gloss-embed>' . wp_kses( $embed['article'], self::body_html() ) . '</gloss-embed>';
	}

	/**
	 * What the body may hold: the post's own HTML came through Gloss, so it is filtered like post
	 * content, plus the iframes of the site's own embeds (oEmbed videos, Gloss pages). Embed scripts
	 * are dropped; their no-script fallbacks stay.
	 *
	 * @return array
	 */
	private static function body_html() {
		$allowed           = wp_kses_allowed_html( 'post' );
		$allowed['iframe'] = array(
			'src'             => true,
			'width'           => true,
			'height'          => true,
			'title'           => true,
			'frameborder'     => true,
			'allow'           => true,
			'allowfullscreen' => true,
			'loading'         => true,
			'sandbox'         => true,
			'referrerpolicy'  => true,
			'class'           => true,
			'style'           => true,
		);
		return $allowed;
	}

	/** The reader-side element on single posts. */
	public function enqueue() {
		if ( is_singular( Gloss_Sync::POST_TYPES ) && $this->client->configured() ) {
			wp_enqueue_script( 'gloss-core', GLOSS_URL . 'assets/gloss.js', array(), GLOSS_VERSION, array( 'in_footer' => true ) );
			wp_enqueue_style( 'gloss', GLOSS_URL . 'assets/gloss.css', array(), GLOSS_VERSION );
		}
	}

	/** The single post's own content, and feeds or excerpts only when asked for. */
	private function applies() {
		$settings = $this->settings->get();
		if ( doing_filter( 'get_the_excerpt' ) || doing_filter( 'wp_trim_excerpt' ) ) {
			return (bool) $settings['in_excerpts'];
		}
		if ( is_feed() ) {
			return (bool) $settings['in_feeds'];
		}
		return is_singular() && in_the_loop() && is_main_query();
	}

	/** @return Gloss_Embed_Cache */
	private function cache() {
		$ttl    = (int) $this->settings->get()['cache_ttl'];
		$client = $this->client;
		return new Gloss_Embed_Cache(
			'get_transient',
			static function ( $key, $value ) use ( $ttl ) {
				set_transient( $key, $value, $ttl );
			},
			static function ( $key ) {
				return get_option( $key . '_last', false );
			},
			static function ( $key, $value ) {
				update_option( $key . '_last', $value, false );
			},
			static function ( $post_id, $output, $etag ) use ( $client ) {
				$response = $client->embed( $post_id, $output, $etag );
				if ( is_wp_error( $response ) ) {
					return null;
				}
				return array(
					'status' => (int) wp_remote_retrieve_response_code( $response ),
					'body'   => wp_remote_retrieve_body( $response ),
					'etag'   => wp_remote_retrieve_header( $response, 'etag' ),
				);
			}
		);
	}

	/** Gloss embed addresses pasted into any post embed through Gloss's oEmbed endpoint. */
	public function oembed_provider() {
		$url = $this->client->url();
		if ( '' !== $url ) {
			wp_oembed_add_provider( $url . '/embed/*', $url . '/oembed' );
		}
	}

	/**
	 * WordPress fetches oEmbed only from hosts it considers external; the configured Gloss host is
	 * trusted by the administrator who set it, even on a private network.
	 *
	 * @param bool   $external Whether WordPress would fetch from the host.
	 * @param string $host     Host.
	 * @return bool
	 */
	public function gloss_host_is_reachable( $external, $host ) {
		return $external || ( '' !== $this->client->url() && wp_parse_url( $this->client->url(), PHP_URL_HOST ) === $host );
	}

	/**
	 * WordPress fetches oEmbed only from ports 80, 443 and 8080; Gloss may listen elsewhere.
	 *
	 * @param int[] $ports Allowed ports.
	 * @return int[]
	 */
	public function allow_gloss_port( $ports ) {
		$port = wp_parse_url( $this->client->url(), PHP_URL_PORT );
		if ( $port ) {
			$ports[] = (int) $port;
		}
		return $ports;
	}
}

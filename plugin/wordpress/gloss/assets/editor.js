/* Gloss in the block editor: a sidebar with <gloss-editor-panel>, an "Annotate with Gloss" toolbar
 * button on selected text, and a pre-publish check. Plain script on WordPress's packages. */
( function ( wp, config ) {
	'use strict';
	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var sprintf = wp.i18n.sprintf;
	var useEffect = wp.element.useEffect;
	var useRef = wp.element.useRef;
	var useState = wp.element.useState;
	var editPost = wp.editPost;
	var PluginSidebar = ( wp.editor && wp.editor.PluginSidebar ) || editPost.PluginSidebar;
	var PluginSidebarMoreMenuItem = ( wp.editor && wp.editor.PluginSidebarMoreMenuItem ) || editPost.PluginSidebarMoreMenuItem;
	var PluginPrePublishPanel = ( wp.editor && wp.editor.PluginPrePublishPanel ) || editPost.PluginPrePublishPanel;
	var SIDEBAR = 'gloss/gloss-sidebar';

	// The one panel of this editor.
	var panel = null;

	/**
	 * Selects a mention the panel was asked to show: the occurrence-th appearance of its words in the
	 * blocks' text, in reading order.
	 */
	function selectInEditor( detail ) {
		var left = detail.occurrence || 0;
		var queue = wp.data.select( 'core/block-editor' ).getBlocks().slice();
		while ( queue.length ) {
			var block = queue.shift();
			queue = ( block.innerBlocks || [] ).concat( queue );
			if ( ! block.attributes || block.attributes.content === undefined ) {
				continue;
			}
			var text = wp.richText.create( { html: String( block.attributes.content ) } ).text;
			for ( var at = text.indexOf( detail.surface ); at >= 0; at = text.indexOf( detail.surface, at + 1 ) ) {
				if ( left-- === 0 ) {
					wp.data.dispatch( 'core/block-editor' ).selectionChange( block.clientId, 'content', at, at + detail.surface.length );
					return;
				}
			}
		}
	}

	function Panel() {
		var postId = wp.data.useSelect( function ( select ) {
			return select( 'core/editor' ).getCurrentPostId();
		}, [] );
		var host = useRef( null );
		useEffect( function () {
			if ( ! config.configured ) {
				return undefined;
			}
			var element = document.createElement( 'gloss-editor-panel' );
			element.setAttribute( 'article', String( postId ) );
			element.addEventListener( 'gloss-select', function ( event ) { selectInEditor( event.detail ); } );
			host.current.appendChild( element );
			element.configure( { base: config.base, headers: { 'X-WP-Nonce': config.nonce } } );
			panel = element;
			return function () {
				element.remove();
				panel = null;
			};
		}, [ postId ] );
		if ( ! config.configured ) {
			return el( 'p', { className: 'gloss-not-configured' },
				__( 'Gloss is not set up yet.', 'gloss' ),
				config.settings ? el( 'a', { href: config.settings }, ' ' + __( 'Settings → Gloss', 'gloss' ) ) : null );
		}
		return el( 'div', { ref: host, className: 'gloss-sidebar' } );
	}

	/** What the pre-publish panel says; never an all-clear unless Gloss checked the text and found none missing. */
	function prePublishMessage( result ) {
		if ( ! result.checked ) {
			return result.reason === 'unreachable'
				? __( 'Gloss cannot be reached, so the designation labels of this post could not be checked. You may publish; Gloss checks the post again when it is back.', 'gloss' )
				: sprintf( /* translators: %s: why */ __( 'The designation labels of this post could not be checked: %s', 'gloss' ), result.message );
		}
		switch ( result.status ) {
			case 'MISSING':
				return sprintf( /* translators: %s: organisations */ __( 'Designated organisations without their label: %s. Open the Gloss sidebar to fix this before publishing.', 'gloss' ), result.missing.join( ', ' ) );
			case 'REVIEW':
				return __( 'Some mentions wait for your review in the Gloss sidebar.', 'gloss' );
			case 'LISTS_OUTDATED':
				return sprintf( /* translators: %s: lists and their dates */ __( 'Labels could only be checked against lists not updated since: %s. Ask your Gloss operator to update them.', 'gloss' ), result.outdated.join( ', ' ) );
			case 'OK':
				return __( 'All required labels are in place.', 'gloss' );
			default:
				return sprintf( /* translators: %s: status */ __( 'Gloss answered with a status this plugin does not know (%s): check the Gloss sidebar.', 'gloss' ), result.status );
		}
	}

	// Asks Gloss itself, with the text being published, whether the sidebar was ever opened or not: each
	// time the pre-publish panel opens (the plugin is mounted with the editor, long before that).
	function PrePublishCheck() {
		var state = useState( null );
		var opened = wp.data.useSelect( function ( select ) {
			var editor = select( 'core/editor' );
			return editor.isPublishSidebarOpened ? editor.isPublishSidebarOpened() : select( 'core/edit-post' ).isPublishSidebarOpened();
		}, [] );
		useEffect( function () {
			state[ 1 ]( null );
			if ( ! opened ) {
				return undefined;
			}
			var editor = wp.data.select( 'core/editor' );
			var cancelled = false;
			wp.apiFetch( {
				path: '/gloss/v1/check/' + editor.getCurrentPostId(),
				method: 'POST',
				data: { title: editor.getEditedPostAttribute( 'title' ) || '', content: editor.getEditedPostContent() || '' },
			} ).then( function ( result ) { return result; }, function ( error ) {
				return { checked: false, reason: 'unreachable', message: ( error && error.message ) || 'no answer' };
			} ).then( function ( result ) {
				if ( ! cancelled ) {
					state[ 1 ]( result );
				}
			} );
			return function () { cancelled = true; };
		}, [ opened ] );
		var result = state[ 0 ];
		if ( ! result ) {
			return el( PluginPrePublishPanel, { title: 'Gloss', initialOpen: true, className: 'gloss-prepublish gloss-prepublish-checking' },
				el( 'p', {}, el( wp.components.Spinner ), ' ' + __( 'Checking the designation labels with Gloss…', 'gloss' ) ) );
		}
		var missing = result.checked && result.status === 'MISSING';
		var unchecked = ! result.checked;
		return el( PluginPrePublishPanel, {
			title: missing ? __( 'Gloss: labels missing', 'gloss' ) : unchecked ? __( 'Gloss: labels not checked', 'gloss' ) : 'Gloss',
			initialOpen: true,
			className: 'gloss-prepublish' + ( missing ? ' gloss-prepublish-missing' : '' ) + ( unchecked ? ' gloss-prepublish-unchecked' : '' ),
		}, el( 'p', missing || unchecked ? { role: 'alert' } : {}, prePublishMessage( result ) ) );
	}

	wp.plugins.registerPlugin( 'gloss', {
		icon: 'format-quote',
		render: function () {
			return el( wp.element.Fragment, {},
				el( PluginSidebarMoreMenuItem, { target: 'gloss-sidebar' }, 'Gloss' ),
				el( PluginSidebar, { name: 'gloss-sidebar', title: 'Gloss' }, el( Panel ) ),
				el( PrePublishCheck ) );
		},
	} );

	// After each save, whether Gloss got this version: if not, the editor is told it will be sent again.
	function reportSync( postId ) {
		wp.apiFetch( { path: '/gloss/v1/sync/' + postId } ).then( function ( state ) {
			var notices = wp.data.dispatch( 'core/notices' );
			if ( state.status === 'UNSYNCED' ) {
				notices.createWarningNotice( __( 'Gloss has not received this version of the post yet, so readers see it without Gloss\'s markers. It is sent again automatically.', 'gloss' ), { id: 'gloss-sync', isDismissible: true } );
			} else {
				notices.removeNotice( 'gloss-sync' );
			}
			var orphaned = state.status === 'UNSYNCED' ? [] : ( state.orphaned || [] );
			if ( orphaned.length ) {
				notices.createWarningNotice( sprintf( /* translators: %d: number of annotations */ wp.i18n._n( '%d Gloss annotation lost its passage in this edit and no longer shows on the post. Re-attach it to a passage, or delete it, in the Gloss sidebar.', '%d Gloss annotations lost their passage in this edit and no longer show on the post. Re-attach them to a passage, or delete them, in the Gloss sidebar.', orphaned.length, 'gloss' ), orphaned.length ), {
					id: 'gloss-orphans',
					isDismissible: true,
					actions: [ { label: __( 'Open the Gloss sidebar', 'gloss' ), onClick: function () { wp.data.dispatch( 'core/edit-post' ).openGeneralSidebar( SIDEBAR ); } } ],
				} );
			} else {
				notices.removeNotice( 'gloss-orphans' );
			}
		}, function () {} );
	}

	// After each save (not autosaves) Gloss has the new text: read the article again.
	var saving = false;
	wp.data.subscribe( function () {
		var editor = wp.data.select( 'core/editor' );
		var now = editor.isSavingPost() && ! editor.isAutosavingPost();
		if ( saving && ! now ) {
			if ( panel ) {
				panel.refresh();
			}
			if ( config.configured ) {
				reportSync( editor.getCurrentPostId() );
			}
		}
		saving = now;
	} );

	wp.richText.registerFormatType( 'gloss/annotate', {
		title: __( 'Annotate with Gloss', 'gloss' ),
		tagName: 'span',
		className: 'gloss-annotate',
		// A button of its own on the block toolbar while text is selected, not one more item in the
		// rich-text "More" menu beside WordPress's Footnote.
		edit: function ( props ) {
			var value = props.value;
			if ( value.start === value.end ) {
				return null;
			}
			return el( wp.blockEditor.BlockControls, {},
				el( wp.components.ToolbarGroup, {},
					el( wp.components.ToolbarButton, {
						icon: 'format-quote',
						label: __( 'Annotate with Gloss', 'gloss' ),
						className: 'gloss-annotate-button',
						onClick: function () {
							var text = value.text.slice( value.start, value.end );
							wp.data.dispatch( 'core/edit-post' ).openGeneralSidebar( SIDEBAR );
							// The sidebar may be mounting: hand over the selection once the panel exists.
							var tries = 0;
							( function handOver() {
								if ( panel ) {
									panel.select( text, value.text.slice( 0, value.start ), value.text.slice( value.end ) );
								} else if ( tries++ < 50 ) {
									setTimeout( handOver, 100 );
								}
							}() );
						},
					} ) ) );
		},
	} );
}( window.wp, window.glossEditor || {} ) );

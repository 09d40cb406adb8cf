/* Gloss in the block editor: a sidebar with <gloss-editor-panel>, an "Annotate with Gloss" toolbar
 * button on selected text, and a pre-publish check. Plain script on WordPress's packages. */
( function ( wp, config ) {
	'use strict';
	var el = wp.element.createElement;
	var useEffect = wp.element.useEffect;
	var useRef = wp.element.useRef;
	var useState = wp.element.useState;
	var editPost = wp.editPost;
	var PluginSidebar = ( wp.editor && wp.editor.PluginSidebar ) || editPost.PluginSidebar;
	var PluginSidebarMoreMenuItem = ( wp.editor && wp.editor.PluginSidebarMoreMenuItem ) || editPost.PluginSidebarMoreMenuItem;
	var PluginPrePublishPanel = ( wp.editor && wp.editor.PluginPrePublishPanel ) || editPost.PluginPrePublishPanel;
	var SIDEBAR = 'gloss/gloss-sidebar';

	// The one panel of this editor, and the last compliance status it reported.
	var panel = null;
	var status = null;
	var listeners = [];

	function onStatus( listener ) {
		listeners.push( listener );
		return function () {
			listeners = listeners.filter( function ( l ) { return l !== listener; } );
		};
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
			element.addEventListener( 'gloss-status', function ( event ) {
				status = event.detail;
				listeners.forEach( function ( l ) { l( status ); } );
			} );
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
				'Gloss is not set up yet.',
				config.settings ? el( 'a', { href: config.settings }, ' Settings → Gloss' ) : null );
		}
		return el( 'div', { ref: host, className: 'gloss-sidebar' } );
	}

	function PrePublishCheck() {
		var state = useState( status );
		useEffect( function () { return onStatus( state[ 1 ] ); }, [] );
		var current = state[ 0 ];
		if ( ! current ) {
			return null;
		}
		var missing = current.status === 'MISSING';
		return el( PluginPrePublishPanel, {
			title: missing ? 'Gloss: labels missing' : 'Gloss',
			initialOpen: true,
			className: missing ? 'gloss-prepublish gloss-prepublish-missing' : 'gloss-prepublish',
		}, missing
			? el( 'p', { role: 'alert' }, 'Designated organisations without their label: ' + current.missing.join( ', ' ) + '. Open the Gloss sidebar to fix this before publishing.' )
			: el( 'p', {}, current.status === 'REVIEW' ? 'Some mentions wait for your review in the Gloss sidebar.'
				: current.status === 'LISTS_OUTDATED' ? 'Labels could only be checked against lists not updated since: ' + ( current.outdated || [] ).join( ', ' ) + '. Ask your Gloss operator to update them.'
					: 'All required labels are in place.' ) );
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

	// After each save (not autosaves) Gloss has the new text: read the article again.
	var saving = false;
	wp.data.subscribe( function () {
		var editor = wp.data.select( 'core/editor' );
		var now = editor.isSavingPost() && ! editor.isAutosavingPost();
		if ( saving && ! now && panel ) {
			panel.refresh();
		}
		saving = now;
	} );

	wp.richText.registerFormatType( 'gloss/annotate', {
		title: 'Annotate with Gloss',
		tagName: 'span',
		className: 'gloss-annotate',
		edit: function ( props ) {
			var value = props.value;
			return el( wp.blockEditor.RichTextToolbarButton, {
				icon: 'format-quote',
				title: 'Annotate with Gloss',
				isDisabled: value.start === value.end,
				onClick: function () {
					var text = value.text.slice( value.start, value.end );
					if ( ! text ) {
						return;
					}
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
			} );
		},
	} );
}( window.wp, window.glossEditor || {} ) );

/* Gloss in the block editor: a sidebar drawn with WordPress's components over the core bundle's panel
 * session, an "Annotate with Gloss" toolbar button on selected text, and a pre-publish check. Plain
 * script on WordPress's packages. */
( function ( wp, config ) {
	'use strict';
	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var sprintf = wp.i18n.sprintf;
	var useEffect = wp.element.useEffect;
	var useState = wp.element.useState;
	var editPost = wp.editPost;
	var PluginSidebar = ( wp.editor && wp.editor.PluginSidebar ) || editPost.PluginSidebar;
	var PluginSidebarMoreMenuItem = ( wp.editor && wp.editor.PluginSidebarMoreMenuItem ) || editPost.PluginSidebarMoreMenuItem;
	var PluginPrePublishPanel = ( wp.editor && wp.editor.PluginPrePublishPanel ) || editPost.PluginPrePublishPanel;
	var SIDEBAR = 'gloss/gloss-sidebar';

	var components = wp.components;
	var Button = components.Button;
	var Notice = components.Notice;
	var PanelBody = components.PanelBody;
	var SelectControl = components.SelectControl;
	var Spinner = components.Spinner;
	var TextControl = components.TextControl;
	var TextareaControl = components.TextareaControl;

	// The session of the open sidebar (window.Gloss.PanelSession from the core bundle): the toolbar button
	// hands it the selection, and a save has it read everything again.
	var session = null;

	var KIND_TITLES = {
		DESIGNATION: __( 'Designations', 'gloss' ),
		SOURCE: __( 'Sources', 'gloss' ),
		RELATED_LINK: __( 'Related links', 'gloss' ),
		FOOTNOTE: __( 'Footnotes', 'gloss' ),
	};
	var SOURCE_TYPES = [
		{ value: 'NEWS_AGENCY', label: __( 'News agency', 'gloss' ) },
		{ value: 'OFFICIAL', label: __( 'Official', 'gloss' ) },
		{ value: 'SOCIAL_MEDIA', label: __( 'Social media', 'gloss' ) },
		{ value: 'PRESS_RELEASE', label: __( 'Press release', 'gloss' ) },
		{ value: 'OWN_REPORTING', label: __( 'Own reporting', 'gloss' ) },
	];
	var RELATIONS = [
		{ value: 'RELATED', label: __( 'Related', 'gloss' ) },
		{ value: 'BACKGROUND', label: __( 'Background', 'gloss' ) },
		{ value: 'FOLLOW_UP', label: __( 'Follow-up', 'gloss' ) },
		{ value: 'DENIAL', label: __( 'Denial', 'gloss' ) },
		{ value: 'CORRECTION', label: __( 'Correction', 'gloss' ) },
	];
	var MENTION_STATES = {
		MISSING: __( 'label missing', 'gloss' ),
		LABELLED: __( 'labelled', 'gloss' ),
		CONFIRMED: __( 'confirmed', 'gloss' ),
		REVIEW: __( 'needs review', 'gloss' ),
	};

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

	function labelOf( options, value ) {
		var found = options.filter( function ( option ) { return option.value === value; } )[ 0 ];
		return found ? found.label : value;
	}

	/** One line for an annotation, in the editor's language. */
	function summary( annotation, names ) {
		var body = annotation.body;
		switch ( annotation.kind ) {
			case 'DESIGNATION':
				return sprintf( body.decision === 'CONFIRMED'
					/* translators: %s: organisation */ ? __( '%s confirmed', 'gloss' )
					/* translators: %s: organisation */ : __( '%s rejected', 'gloss' ), names.get( body.organization ) || body.organization );
			case 'SOURCE':
				/* translators: %s: source name */
				return sprintf( __( 'Source: %s', 'gloss' ), body.name );
			case 'RELATED_LINK':
				/* translators: 1: relation (Background, Follow-up…), 2: headline */
				return sprintf( __( '%1$s: %2$s', 'gloss' ), labelOf( RELATIONS, body.relation ), body.title );
			default:
				/* translators: %s: footnote text */
				return sprintf( __( 'Footnote: %s', 'gloss' ), body.text );
		}
	}

	function problemText( problem ) {
		switch ( problem.kind ) {
			case 'NOT_SEEN':
				return __( 'Gloss has not seen this post yet: save it, and the panel fills in.', 'gloss' );
			case 'NOT_IN_TEXT':
				return __( 'The selected text is not in the post as Gloss has it. Save the post, then select again.', 'gloss' );
			default:
				return problem.message;
		}
	}

	function snackbar( message ) {
		wp.data.dispatch( 'core/notices' ).createSuccessNotice( message, { type: 'snackbar' } );
	}

	/** Runs a session change, and says in a snackbar what it did once it did. */
	function act( change, done ) {
		return change.then( function ( ok ) {
			if ( ok ) {
				snackbar( done );
			}
			return ok;
		} );
	}

	/** The session of this post, re-rendering the sidebar on every change of its state. */
	function useSession( postId ) {
		var tick = useState( 0 );
		var current = wp.element.useMemo( function () {
			var client = new window.Gloss.GlossClient( { base: config.base, headers: { 'X-WP-Nonce': config.nonce } } );
			return new window.Gloss.PanelSession( client, String( postId ) );
		}, [ postId ] );
		useEffect( function () {
			var unsubscribe = current.subscribe( function () { tick[ 1 ]( function ( n ) { return n + 1; } ); } );
			session = current;
			current.refresh();
			return function () {
				unsubscribe();
				session = null;
			};
		}, [ current ] );
		return current;
	}

	function StatusNotice( props ) {
		var s = props.session;
		var report = s.report;
		if ( ! report ) {
			// A panel that could not ask Gloss says so: an empty list must never read as "nothing to label".
			return s.problem
				? el( Notice, { status: 'error', isDismissible: false, className: 'gloss-status status-UNCHECKED' }, __( 'The designation labels could not be checked.', 'gloss' ) )
				: el( 'p', { className: 'gloss-status gloss-loading' }, el( Spinner ), ' ' + __( 'Asking Gloss…', 'gloss' ) );
		}
		var text;
		var status = 'success';
		switch ( report.status ) {
			case 'MISSING':
				status = 'error';
				/* translators: %s: organisations and their jurisdictions */
				text = sprintf( __( 'Labels missing: %s', 'gloss' ), s.missing().map( function ( i ) { return i.name + ' (' + i.jurisdiction + ')'; } ).join( ', ' ) );
				break;
			case 'REVIEW':
				status = 'warning';
				text = __( 'Mentions wait for your review', 'gloss' );
				break;
			case 'LISTS_OUTDATED':
				status = 'warning';
				/* translators: %s: lists and their dates */
				text = sprintf( __( 'Not checked since: %s. Ask your Gloss operator to update the lists.', 'gloss' ), s.outdated().map( function ( l ) { return l.list + ' (' + l.asOf + ')'; } ).join( ', ' ) );
				break;
			default:
				text = __( 'All required labels are in place', 'gloss' );
		}
		return el( 'div', { role: 'status' }, el( Notice, { status: status, isDismissible: false, className: 'gloss-status status-' + report.status }, text ) );
	}

	function Orphans( props ) {
		var s = props.session;
		var orphaned = s.orphans();
		if ( ! orphaned.length ) {
			return null;
		}
		var names = s.names();
		return el( PanelBody, { title: __( 'Lost passages', 'gloss' ), initialOpen: true, className: 'gloss-orphans' },
			el( Notice, { status: 'warning', isDismissible: false },
				sprintf( /* translators: %d: number of annotations */ wp.i18n._n( '%d annotation lost its passage in the last edit. Select the passage it belongs to now and re-attach it, or delete it.', '%d annotations lost their passage in the last edit. Select the passage they belong to now and re-attach them, or delete them.', orphaned.length, 'gloss' ), orphaned.length ) ),
			el( 'ul', {}, orphaned.map( function ( a ) {
				var line = summary( a, names );
				return el( 'li', { key: a.id, className: 'orphan' },
					el( 'p', {}, '“' + ( ( a.target && a.target.exact ) || '' ) + '” — ' + line ),
					el( Button, {
						variant: 'secondary', isBusy: s.busy, disabled: s.busy || ! s.selection,
						/* translators: %s: annotation */
						label: sprintf( __( 'Re-attach %s to the selected text', 'gloss' ), line ), showTooltip: false,
						onClick: function () { act( s.reattach( a ), __( 'Annotation re-attached.', 'gloss' ) ); },
					}, __( 'Re-attach to selection', 'gloss' ) ),
					' ',
					el( Button, {
						variant: 'tertiary', isDestructive: true, disabled: s.busy,
						/* translators: %s: annotation */
						label: sprintf( __( 'Delete %s', 'gloss' ), line ), showTooltip: false,
						onClick: function () { act( s.remove( a ), __( 'Annotation deleted.', 'gloss' ) ); },
					}, __( 'Delete', 'gloss' ) ) );
			} ) ) );
	}

	function Mentions( props ) {
		var s = props.session;
		if ( ! s.report ) {
			return null;
		}
		var rows = s.mentions();
		return el( PanelBody, { title: __( 'Designated organisations', 'gloss' ), initialOpen: true, className: 'gloss-mentions' },
			rows.length ? el( 'ul', {}, rows.map( function ( m ) {
				return el( 'li', { key: m.key, className: 'mention' + ( m.state === 'MISSING' ? ' missing' : m.state === 'REVIEW' ? ' review' : '' ), 'data-organization': m.organization },
					el( Button, {
						variant: 'link', className: 'mention-text', label: __( 'Select it in the editor', 'gloss' ), showTooltip: true,
						onClick: function () { selectInEditor( s.selectionOf( m ) ); },
					}, m.state === 'REVIEW'
						/* translators: 1: words in the text, 2: organisation */
						? sprintf( __( '“%1$s” may be %2$s', 'gloss' ), m.surface, m.name )
						/* translators: 1: organisation, 2: words in the text */
						: sprintf( __( '%1$s: “%2$s”', 'gloss' ), m.name, m.surface ) ),
					' ',
					el( 'span', { className: 'state' }, MENTION_STATES[ m.state ] ),
					el( 'span', { className: 'actions' },
						m.canConfirm ? el( Button, {
							variant: 'secondary', isBusy: s.busy, disabled: s.busy, showTooltip: false,
							/* translators: %s: organisation */
							label: sprintf( __( 'Confirm %s', 'gloss' ), m.name ),
							/* translators: %s: organisation */
							onClick: function () { act( s.decide( m, 'CONFIRMED' ), sprintf( __( '%s confirmed: the label is added.', 'gloss' ), m.name ) ); },
						}, __( 'Confirm', 'gloss' ) ) : null,
						el( Button, {
							variant: 'tertiary', isBusy: s.busy, disabled: s.busy, showTooltip: false,
							/* translators: %s: organisation */
							label: sprintf( __( 'Reject %s: not this organisation', 'gloss' ), m.name ),
							/* translators: %s: organisation */
							onClick: function () { act( s.decide( m, 'REJECTED' ), sprintf( __( 'Rejected: not %s.', 'gloss' ), m.name ) ); },
						}, __( 'Reject', 'gloss' ) ) ) );
			} ) ) : el( 'p', {}, __( 'None mentioned.', 'gloss' ) ) );
	}

	function Annotations( props ) {
		var s = props.session;
		var names = s.names();
		var groups = s.groups();
		return el( PanelBody, { title: __( 'Annotations', 'gloss' ), initialOpen: true, className: 'gloss-annotations' },
			groups.length ? null : el( 'p', {}, __( 'None yet.', 'gloss' ) ),
			groups.map( function ( group ) {
				return el( 'div', { key: group[ 0 ], className: 'kind kind-' + group[ 0 ] },
					el( 'h4', {}, KIND_TITLES[ group[ 0 ] ] || group[ 0 ] ),
					el( 'ul', {}, group[ 1 ].map( function ( a ) {
						var line = summary( a, names );
						return el( 'li', { key: a.id, className: a.anchor === 'ORPHANED' ? 'orphaned' : '' },
							el( 'span', {}, line + ( a.target && a.target.exact ? ' — “' + a.target.exact + '”' : '' ) + ( a.status === 'DRAFT' ? ' ' + __( '(draft)', 'gloss' ) : '' ) ),
							' ',
							a.kind === 'DESIGNATION' ? null : el( Button, {
								variant: 'link', disabled: s.busy, showTooltip: false,
								/* translators: %s: annotation */
								label: sprintf( __( 'Edit %s', 'gloss' ), line ),
								onClick: function () { s.startEditing( a ); },
							}, __( 'Edit', 'gloss' ) ),
							' ',
							el( Button, {
								variant: 'link', isDestructive: true, disabled: s.busy, showTooltip: false,
								/* translators: %s: annotation */
								label: sprintf( __( 'Delete %s', 'gloss' ), line ),
								onClick: function () { act( s.remove( a ), __( 'Annotation deleted.', 'gloss' ) ); },
							}, __( 'Delete', 'gloss' ) ) );
					} ) ) );
			} ) );
	}

	function SelectionLine( props ) {
		var s = props.session;
		if ( ! s.selection ) {
			return null;
		}
		return el( 'div', { className: 'selection', role: 'status' },
			el( Notice, { status: 'info', isDismissible: false },
				/* translators: %s: selected words */
				sprintf( __( 'Selected: “%s”', 'gloss' ), s.selection.exact ), ' ',
				el( Button, { variant: 'link', onClick: function () { s.clearSelection(); } }, __( 'Clear', 'gloss' ) ) ) );
	}

	/*
	 * The forms that add (and edit) sources, related links and footnotes. Each names its fields, how an
	 * annotation's body fills them, and the request they make; what was typed stays until it is saved.
	 */
	var FORMS = [
		{
			kind: 'SOURCE', className: 'add-source', title: __( 'Add a source', 'gloss' ), submit: __( 'Add source', 'gloss' ), aboutSelection: true,
			fields: [
				{ name: 'name', label: __( 'Source name', 'gloss' ), required: true },
				{ name: 'url', label: __( 'Source URL (optional)', 'gloss' ), type: 'url' },
				{ name: 'type', label: __( 'Type', 'gloss' ), options: SOURCE_TYPES },
			],
			body: function ( v ) { return { name: v.name, url: v.url || undefined, type: v.type || SOURCE_TYPES[ 0 ].value }; },
		},
		{
			kind: 'RELATED_LINK', className: 'add-related', title: __( 'Add a related link', 'gloss' ), submit: __( 'Add link', 'gloss' ), aboutSelection: false,
			fields: [
				{ name: 'url', label: __( 'Link URL', 'gloss' ), type: 'url', required: true },
				{ name: 'title', label: __( 'Headline', 'gloss' ), required: true },
				{ name: 'relation', label: __( 'Relation', 'gloss' ), options: RELATIONS },
				{ name: 'afterParagraph', label: __( 'After paragraph (optional)', 'gloss' ), type: 'number', min: 1 },
			],
			body: function ( v ) {
				return { url: v.url, title: v.title, relation: v.relation || RELATIONS[ 0 ].value, afterParagraph: v.afterParagraph ? Number( v.afterParagraph ) : undefined };
			},
		},
		{
			kind: 'FOOTNOTE', className: 'add-footnote', title: __( 'Add a footnote', 'gloss' ), submit: __( 'Add footnote', 'gloss' ), aboutSelection: true,
			fields: [ { name: 'text', label: __( 'Footnote text', 'gloss' ), required: true, multiline: true } ],
			body: function ( v ) { return { text: v.text }; },
		},
	];

	function valuesOf( form, annotation ) {
		var values = {};
		form.fields.forEach( function ( f ) {
			var value = annotation ? annotation.body[ f.name ] : undefined;
			values[ f.name ] = value === undefined || value === null ? '' : String( value );
		} );
		return values;
	}

	function AnnotationForm( props ) {
		var s = props.session;
		var form = props.form;
		var editing = s.editing && s.editing.kind === form.kind ? s.editing : null;
		var state = useState( function () { return valuesOf( form ); } );
		var values = state[ 0 ];
		var setValues = state[ 1 ];
		// Open while it edits an annotation or has a selection to be about, unless the editor toggled it.
		var toggled = useState( null );
		var selected = form.aboutSelection && !! s.selection;
		useEffect( function () {
			setValues( valuesOf( form, editing ) );
			toggled[ 1 ]( null );
		}, [ editing && editing.id ] );
		useEffect( function () { toggled[ 1 ]( null ); }, [ selected ] );
		var open = toggled[ 0 ] !== null ? toggled[ 0 ] : !! editing || selected;
		var heading = editing ? sprintf( /* translators: %s: annotation */ __( 'Edit: %s', 'gloss' ), summary( editing, s.names() ) ) : form.title;
		function submit( event ) {
			event.preventDefault();
			var request = { kind: form.kind, body: form.body( values ) };
			if ( form.aboutSelection && s.selection ) {
				request.target = s.selection;
			}
			var change = editing ? s.saveEditing( request ) : s.create( request );
			act( change, editing ? __( 'Annotation saved.', 'gloss' ) : __( 'Annotation added.', 'gloss' ) ).then( function ( ok ) {
				if ( ok ) {
					setValues( valuesOf( form ) );
				}
			} );
		}
		return el( PanelBody, { title: heading, opened: open, onToggle: function () { toggled[ 1 ]( ! open ); }, className: 'gloss-form' },
			el( 'form', { className: form.className + ( editing ? ' editing' : '' ), 'aria-label': heading, onSubmit: submit },
				selected ? el( 'p', { className: 'gloss-form-hint' }, __( 'For the selected text.', 'gloss' ) ) : null,
				form.fields.map( function ( f ) {
					var common = {
						key: f.name, label: f.label, value: values[ f.name ], __nextHasNoMarginBottom: true,
						onChange: function ( value ) {
							var next = Object.assign( {}, values );
							next[ f.name ] = value;
							setValues( next );
						},
					};
					if ( f.options ) {
						return el( SelectControl, Object.assign( common, { options: f.options } ) );
					}
					if ( f.multiline ) {
						return el( TextareaControl, Object.assign( common, { required: f.required, rows: 3 } ) );
					}
					return el( TextControl, Object.assign( common, { type: f.type || 'text', required: f.required, min: f.min } ) );
				} ),
				el( 'div', { className: 'gloss-form-actions' },
					el( Button, { variant: 'primary', type: 'submit', isBusy: s.busy, disabled: s.busy }, editing ? __( 'Save changes', 'gloss' ) : form.submit ),
					editing ? el( Button, {
						variant: 'tertiary',
						onClick: function () {
							setValues( valuesOf( form ) );
							s.stopEditing();
						},
					}, __( 'Cancel', 'gloss' ) ) : null ) ) );
	}

	function Panel() {
		var postId = wp.data.useSelect( function ( select ) {
			return select( 'core/editor' ).getCurrentPostId();
		}, [] );
		if ( ! config.configured ) {
			return el( PanelBody, {},
				el( Notice, { status: 'warning', isDismissible: false, className: 'gloss-not-configured' },
					__( 'Gloss is not set up yet.', 'gloss' ),
					config.settings ? el( 'a', { href: config.settings }, ' ' + __( 'Settings → Gloss', 'gloss' ) ) : null ) );
		}
		return el( SessionPanel, { postId: postId } );
	}

	function SessionPanel( props ) {
		var s = useSession( props.postId );
		return el( 'div', { className: 'gloss-sidebar', 'aria-busy': s.busy ? 'true' : undefined },
			el( PanelBody, {},
				el( StatusNotice, { session: s } ),
				s.problem ? el( 'div', { role: 'alert' }, el( Notice, { status: 'error', isDismissible: false, className: 'gloss-problem' }, problemText( s.problem ) ) ) : null,
				el( SelectionLine, { session: s } ) ),
			el( Orphans, { session: s } ),
			el( Mentions, { session: s } ),
			el( Annotations, { session: s } ),
			FORMS.map( function ( form ) { return el( AnnotationForm, { key: form.kind, session: s, form: form } ); } ) );
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
			if ( session ) {
				session.refresh();
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
								if ( session ) {
									session.select( text, value.text.slice( 0, value.start ), value.text.slice( value.end ) );
								} else if ( tries++ < 50 ) {
									setTimeout( handOver, 100 );
								}
							}() );
						},
					} ) ) );
		},
	} );
}( window.wp, window.glossEditor || {} ) );

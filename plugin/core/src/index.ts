// The browser bundle: defines the elements and exposes the client and the panel's session for CMS
// adapters that draw the panel with their own components (window.Gloss).
import { GlossClient, GlossError } from './client.js';
import { GlossEditorPanel } from './editor-panel.js';
import { GlossEmbed } from './embed.js';
import { PanelSession } from './panel-session.js';
import { quoteFor } from './quote.js';

if (!customElements.get('gloss-editor-panel')) {
  customElements.define('gloss-editor-panel', GlossEditorPanel);
}
if (!customElements.get('gloss-embed')) {
  customElements.define('gloss-embed', GlossEmbed);
}

(window as unknown as { Gloss: unknown }).Gloss = { GlossClient, GlossError, PanelSession, quoteFor };

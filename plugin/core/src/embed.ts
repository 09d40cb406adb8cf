// <gloss-embed>: the reader side. Around server-rendered Gloss HTML it adds marker tooltips that show
// the footnote, and moves focus to the footnote and back; the page works the same without it. With a
// src attribute it shows Gloss's embed page in an iframe that takes the height the page reports.

let tooltipSequence = 0;

declare global {
  interface HTMLElementTagNameMap {
    'gloss-embed': GlossEmbed;
  }
}

export class GlossEmbed extends HTMLElement {
  private tooltip: HTMLElement | null = null;

  connectedCallback(): void {
    const src = this.getAttribute('src');
    if (src) {
      this.frame(src);
    } else {
      this.enhance();
    }
  }

  disconnectedCallback(): void {
    window.removeEventListener('message', this.onMessage);
  }

  private frame(src: string): void {
    const iframe = document.createElement('iframe');
    iframe.src = src;
    iframe.title = this.getAttribute('title') ?? 'Article';
    iframe.setAttribute('sandbox', 'allow-scripts allow-popups allow-popups-to-escape-sandbox');
    iframe.style.cssText = 'border:0;width:100%;min-height:200px';
    this.replaceChildren(iframe);
    window.addEventListener('message', this.onMessage);
  }

  /**
   * The article's blocks sit inside this element, so a theme's rules for the children of its content
   * (a classic theme's `.entry-content > *` margins) miss them and paragraphs run together. A paragraph
   * of the theme's own, put beside this element for a moment, tells the spacing the theme wants.
   */
  private adoptThemeSpacing(): void {
    if (!this.parentElement) {
      return;
    }
    const probe = document.createElement('p');
    probe.setAttribute('aria-hidden', 'true');
    probe.style.visibility = 'hidden';
    probe.textContent = '\u00a0';
    this.after(probe);
    const { marginTop, marginBottom } = getComputedStyle(probe);
    probe.remove();
    this.style.setProperty('--gloss-block-start', marginTop);
    this.style.setProperty('--gloss-block-end', marginBottom);
    this.setAttribute('data-theme-spacing', '');
  }

  private readonly onMessage = (event: MessageEvent): void => {
    const iframe = this.querySelector('iframe');
    const data = event.data as { type?: string; height?: unknown } | null;
    if (iframe && event.source === iframe.contentWindow && data?.type === 'gloss:height'
        && typeof data.height === 'number' && data.height > 0) {
      iframe.style.height = `${Math.ceil(data.height)}px`;
    }
  };

  private enhance(): void {
    this.adoptThemeSpacing();
    for (const marker of this.querySelectorAll<HTMLAnchorElement>('sup.gloss-marker a[href^="#"]')) {
      const footnote = this.footnoteOf(marker);
      if (!footnote) {
        continue;
      }
      const show = () => this.show(marker, footnote);
      marker.addEventListener('mouseenter', show);
      marker.addEventListener('focus', show);
      marker.addEventListener('mouseleave', () => this.hide());
      marker.addEventListener('blur', () => this.hide());
      marker.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') {
          this.hide();
        }
      });
      marker.addEventListener('click', () => {
        // The browser jumps; the footnote also takes focus, so keyboard and screen-reader users land there.
        footnote.setAttribute('tabindex', '-1');
        requestAnimationFrame(() => footnote.focus());
      });
    }
    for (const back of this.querySelectorAll<HTMLAnchorElement>('a.gloss-backref[href^="#"]')) {
      back.addEventListener('click', () => {
        const marker = this.querySelector<HTMLElement>(`#${CSS.escape(back.hash.slice(1))}`);
        if (marker) {
          requestAnimationFrame(() => marker.focus());
        }
      });
    }
  }

  private footnoteOf(marker: HTMLAnchorElement): HTMLElement | null {
    const id = decodeURIComponent(marker.hash.slice(1));
    return this.querySelector<HTMLElement>(`#${CSS.escape(id)}`) ?? document.getElementById(id);
  }

  private show(marker: HTMLElement, footnote: HTMLElement): void {
    this.hide();
    const tooltip = document.createElement('div');
    tooltip.id = `gloss-tooltip-${++tooltipSequence}`;
    tooltip.className = 'gloss-tooltip';
    tooltip.setAttribute('role', 'tooltip');
    // Text only: the footnote without its way back.
    const copy = footnote.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.gloss-backref').forEach((b) => b.remove());
    tooltip.textContent = copy.textContent?.trim() ?? '';
    const box = marker.getBoundingClientRect();
    tooltip.style.cssText = `position:absolute;z-index:1000;max-width:22rem;padding:.4rem .6rem;background:#222;`
      + `color:#fff;font:13px/1.4 system-ui,sans-serif;border-radius:3px;`
      + `left:${Math.max(0, box.left + window.scrollX - 8)}px;top:${box.bottom + window.scrollY + 4}px`;
    document.body.append(tooltip);
    marker.setAttribute('aria-describedby', tooltip.id);
    this.tooltip = tooltip;
  }

  private hide(): void {
    if (this.tooltip) {
      this.querySelector(`[aria-describedby="${this.tooltip.id}"]`)?.removeAttribute('aria-describedby');
      this.tooltip.remove();
      this.tooltip = null;
    }
  }
}

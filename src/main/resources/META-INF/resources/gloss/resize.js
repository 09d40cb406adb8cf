// Tells the page that embeds this iframe how tall the content is, so the iframe can fit it.
(function () {
  'use strict';
  function report() {
    window.parent.postMessage({ type: 'gloss:height', height: document.documentElement.scrollHeight }, '*');
  }
  if ('ResizeObserver' in window) {
    new ResizeObserver(report).observe(document.documentElement);
  }
  window.addEventListener('load', report);
  report();
})();

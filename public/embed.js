/*
 * Förderbaukasten host script: sizes the embedding iframe to the app's content and scrolls it
 * into view when the app changes screens. Include it once on the host page:
 *   <iframe src="https://…/foerderbaukasten/" data-foerderbaukasten title="…"></iframe>
 *   <script src="https://…/foerderbaukasten/embed.js" defer></script>
 * It accepts a message only from the app's own origin and frame, with the expected shape, and
 * clamps the height. Without this script the iframe keeps its fixed height and scrolls itself.
 */
(function () {
  'use strict';
  var MIN = 320;
  var MAX = 20000;
  var frames = Array.prototype.slice.call(document.querySelectorAll('iframe[data-foerderbaukasten]'));
  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch {
      return null;
    }
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.source !== 'foerderbaukasten') return;
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (event.source !== frame.contentWindow || event.origin !== originOf(frame)) continue;
      if (data.type === 'height' && typeof data.height === 'number' && isFinite(data.height)) {
        var h = Math.min(MAX, Math.max(MIN, Math.round(data.height)));
        frame.style.height = h + 'px';
        frame.setAttribute('scrolling', 'no');
      } else if (data.type === 'navigate') {
        var top = frame.getBoundingClientRect().top;
        if (top < 0 || top > window.innerHeight) frame.scrollIntoView({ block: 'start' });
      }
      return;
    }
  });
})();

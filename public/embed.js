/*
 * Auto-height for the alopecia areata JAK inhibitor decision aid in an <iframe>.
 * Paste next to the iframe on the host page:
 *
 *   <iframe src="https://YOUR-HOST/aa-decision-aid/" data-aa-jak-aid
 *           title="Decision aid: JAK inhibitors for alopecia areata"
 *           allow="clipboard-write" referrerpolicy="no-referrer"
 *           style="width:100%;border:0"></iframe>
 *   <script src="https://YOUR-HOST/aa-decision-aid/embed.js" defer></script>
 *
 * The widget posts {source: "aa-jak-decision-aid", type: "resize", height: <px>} to its parent
 * whenever its layout changes. This script accepts such messages only from the window of an
 * iframe marked data-aa-jak-aid, and only from that iframe's own origin. No answers are ever sent;
 * list your portal in clinic.json "embed_origins" so that no other page receives the height.
 */
(function () {
  "use strict";
  var SOURCE = "aa-jak-decision-aid";
  var MIN = 200;
  var MAX = 200000;

  function originOf(frame) {
    try {
      return new URL(frame.getAttribute("src") || "", document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.source !== SOURCE || data.type !== "resize") return;
    var height = Number(data.height);
    if (!isFinite(height)) return;
    var frames = document.querySelectorAll("iframe[data-aa-jak-aid]");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (event.origin !== originOf(frame)) return;
      frame.style.height = Math.min(MAX, Math.max(MIN, Math.ceil(height))) + "px";
      frame.style.overflow = "hidden";
      return;
    }
  });
})();

// Live parts of the console: any element with data-poll="URL" reloads its HTML from that URL every
// few seconds (the queue's rows, an open transcript). No framework; a 401 means the session ended.
(function () {
  "use strict";
  var INTERVAL_MS = 2000;
  function poll(element) {
    var url = element.getAttribute("data-poll");
    var last = element.innerHTML;
    function tick() {
      fetch(url, { credentials: "same-origin", headers: { "Accept": "text/html" } })
        .then(function (reply) {
          if (reply.status === 401) { window.location.href = "/login?next=" + encodeURIComponent(location.pathname); return null; }
          return reply.ok ? reply.text() : null;
        })
        .then(function (html) {
          if (html !== null && html !== undefined && html !== last) { element.innerHTML = html; last = html; }
        })
        .catch(function () { /* the next tick tries again */ })
        .then(function () { setTimeout(tick, INTERVAL_MS); });
    }
    setTimeout(tick, INTERVAL_MS);
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-poll]").forEach(poll);
  });
})();

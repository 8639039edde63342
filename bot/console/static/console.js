// Live parts of the console, no framework; a 401 means the session ended (to the login page).
// - data-poll="URL": the element's HTML is reloaded from that URL every few seconds (an open transcript).
// - the queue's rows (data-updates="URL"): every few seconds the page sends the rows it shows with their versions
//   and receives only the rows that changed, the new order and the summary (bot/console/pages/queue.py).
(function () {
  "use strict";
  var INTERVAL_MS = 2000;

  function fetchEvery(url, handle) {
    function tick() {
      fetch(url(), { credentials: "same-origin" })
        .then(function (reply) {
          if (reply.status === 401) { window.location.href = "/login?next=" + encodeURIComponent(location.pathname + location.search); return null; }
          return reply.ok ? reply : null;
        })
        .then(function (reply) { return reply ? handle(reply) : null; })
        .catch(function () { /* the next tick tries again */ })
        .then(function () { setTimeout(tick, INTERVAL_MS); });
    }
    setTimeout(tick, INTERVAL_MS);
  }

  function poll(element) {
    var last = element.innerHTML;
    fetchEvery(function () { return element.getAttribute("data-poll"); }, function (reply) {
      return reply.text().then(function (html) {
        if (html !== last) { element.innerHTML = html; last = html; }
      });
    });
  }

  // "12 min", "1 h 5 min": as bot.console.web.waited_words says it.
  function waitedWords(milliseconds) {
    var minutes = Math.floor(milliseconds / 60000);
    if (minutes < 1) { return "under a minute"; }
    if (minutes < 60) { return minutes + " min"; }
    return Math.floor(minutes / 60) + " h " + (minutes % 60) + " min";
  }

  function rowFrom(html) {
    var holder = document.createElement("template");
    holder.innerHTML = html.trim();
    return holder.content.firstElementChild;
  }

  function liveQueue(body) {
    var base = body.getAttribute("data-updates");
    var empty = body.querySelector("tr.none");  // the server's words for an empty page (filtered or not)
    empty = empty ? empty.cloneNode(true) : rowFrom('<tr class="none"><td colspan="7" class="empty">Nothing to show.</td></tr>');
    function shown() { return Array.prototype.slice.call(body.querySelectorAll("tr[data-id]")); }
    function url() {
      var known = shown().map(function (row) { return row.getAttribute("data-id") + ":" + row.getAttribute("data-version"); });
      return base + (base.indexOf("?") < 0 ? "?" : "&") + "known=" + encodeURIComponent(known.join(","));
    }
    fetchEvery(url, function (reply) {
      return reply.json().then(function (update) {
        var rows = {};
        shown().forEach(function (row) { rows[row.getAttribute("data-id")] = row; });
        var before = shown().map(function (row) { return row.getAttribute("data-id"); }).join(",");
        var changed = Object.keys(update.rows).length > 0;
        if (changed || update.order.join(",") !== before) {
          var next = update.order.map(function (id) { return update.rows[id] ? rowFrom(update.rows[id]) : rows[id]; });
          body.replaceChildren.apply(body, next.length ? next : [empty.cloneNode(true)]);
        }
        var summary = document.getElementById("queue-summary");
        if (summary && summary.innerHTML.trim() !== update.summary.trim()) { summary.innerHTML = update.summary; }
        body.querySelectorAll("td.waited[data-since]").forEach(function (cell) {
          cell.textContent = waitedWords(Date.now() - Number(cell.getAttribute("data-since")));
        });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-poll]").forEach(poll);
    document.querySelectorAll("tbody[data-updates]").forEach(liveQueue);
  });
})();

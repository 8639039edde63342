// Live parts of the console, no framework; a 401 means the session ended (to the login page).
// - data-poll="URL": the element's HTML is reloaded from that URL every few seconds (an open transcript).
// - the queue's rows (data-updates="URL"): every few seconds the page sends the rows it shows with their versions
//   and receives only the rows that changed, the new order and the summary (bot/console/pages/queue.py); after three
//   failed polls in a row the summary says that live updates stopped.
(function () {
  "use strict";
  var INTERVAL_MS = 2000;

  // Every few seconds: GET url() and hand a good reply to handle(); `failed(status)` (optional) hears of each
  // failure (an HTTP error, or 0: no answer), and the ticks go on.
  function fetchEvery(url, handle, failed) {
    function tick() {
      fetch(url(), { credentials: "same-origin" })
        .then(function (reply) {
          if (reply.status === 401) { window.location.href = "/login?next=" + encodeURIComponent(location.pathname + location.search); return null; }
          if (!reply.ok) { if (failed) { failed(reply.status); } return null; }
          return handle(reply);
        })
        .catch(function () { if (failed) { failed(0); } })
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

  // The rows as the server's page has them, touching only what changed: a changed row is replaced where it is,
  // rows are moved only when the order changed, and the link that had the focus gets it back.
  function applyUpdate(body, update, empty) {
    var rows = {};
    body.querySelectorAll("tr[data-id]").forEach(function (row) { rows[row.getAttribute("data-id")] = row; });
    var focused = document.activeElement && document.activeElement.closest ? document.activeElement.closest("tr[data-id]") : null;
    var focusedId = focused && body.contains(focused) ? focused.getAttribute("data-id") : null;
    Object.keys(update.rows).forEach(function (id) {
      var fresh = rowFrom(update.rows[id]);
      if (rows[id]) { rows[id].replaceWith(fresh); }
      rows[id] = fresh;
    });
    var order = update.order.map(String);
    var now = Array.prototype.map.call(body.querySelectorAll("tr[data-id]"), function (row) { return row.getAttribute("data-id"); });
    if (order.join(",") !== now.join(",")) {
      body.replaceChildren.apply(body, order.length ? order.map(function (id) { return rows[id]; }) : [empty.cloneNode(true)]);
    }
    if (focusedId && rows[focusedId] && body.contains(rows[focusedId]) && !body.contains(document.activeElement)) {
      var link = rows[focusedId].querySelector("a");
      if (link) { link.focus(); }
    }
  }

  function liveQueue(body) {
    var base = body.getAttribute("data-updates");
    var empty = body.querySelector("tr.none");  // the server's words for an empty page (filtered or not)
    empty = empty ? empty.cloneNode(true) : rowFrom('<tr class="none"><td colspan="7" class="empty">Nothing to show.</td></tr>');
    var summary = document.getElementById("queue-summary");
    var failures = 0;
    function url() {
      var known = Array.prototype.map.call(body.querySelectorAll("tr[data-id]"), function (row) {
        return row.getAttribute("data-id") + ":" + row.getAttribute("data-version");
      });
      return base + (base.indexOf("?") < 0 ? "?" : "&") + "known=" + encodeURIComponent(known.join(","));
    }
    function failed(status) {
      if (status === 403) { window.location.reload(); return; }  // the role changed: the page says what is allowed
      failures += 1;
      if (failures >= 3 && summary) {
        summary.textContent = "Live updates stopped (the console cannot be reached): reload the page.";
        summary.classList.add("notice");
      }
    }
    fetchEvery(url, function (reply) {
      return reply.json().then(function (update) {
        failures = 0;
        applyUpdate(body, update, empty);
        if (summary && (summary.innerHTML.trim() !== update.summary.trim() || summary.classList.contains("notice"))) {
          summary.classList.remove("notice");
          summary.innerHTML = update.summary;
        }
        body.querySelectorAll("td.waited[data-since]").forEach(function (cell) {
          cell.textContent = waitedWords(Date.now() - Number(cell.getAttribute("data-since")));
        });
      });
    }, failed);
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-poll]").forEach(poll);
    document.querySelectorAll("tbody[data-updates]").forEach(liveQueue);
  });
})();

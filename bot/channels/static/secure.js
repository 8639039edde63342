// The secure chat page. The session is an HttpOnly cookie the page cannot read; the transcript
// is fetched from the server and kept nowhere in the browser (no storage, no cache). It is fetched
// again every few seconds, so a reply from staff appears without reloading.
(function () {
  "use strict";
  var log = document.getElementById("rb-chat-log");
  var status = document.getElementById("rb-chat-status");
  var form = document.getElementById("rb-chat-form");
  var input = document.getElementById("rb-chat-input");
  var endButton = document.getElementById("rb-secure-end");
  var HEADERS = { "Content-Type": "application/json", "X-Secure-Chat": "1" };
  var POLL_MS = 3000;
  var shown = 0; // messages of the server's transcript on the page
  var active = true;

  function render(from, text) {
    var bubble = document.createElement("div");
    bubble.className = "rb-msg rb-msg-" + from;
    bubble.textContent = text; // plain text only
    log.appendChild(bubble);
    log.scrollTop = log.scrollHeight;
  }

  function renderAll(messages) {
    log.textContent = "";
    messages.forEach(function (m) {
      render(m.from === "user" ? "user" : "bot", m.staff ? m.staff + " (staff): " + m.text : m.text);
    });
    shown = messages.length;
  }

  function ended(message) {
    active = false;
    form.hidden = true;
    endButton.hidden = true;
    status.textContent = message;
  }

  function check(response) {
    if (response.status === 401) { ended("Your secure session has ended. Ask the assistant for a new link."); }
    if (!response.ok) { throw new Error("HTTP " + response.status); }
    return response.json();
  }

  function refresh() {
    return fetch("/secure/transcript", { credentials: "same-origin", cache: "no-store" })
      .then(check)
      .then(function (data) { if (data.messages.length !== shown) { renderAll(data.messages); } });
  }

  refresh()
    .then(function () { document.body.setAttribute("data-chat-ready", "true"); })
    .catch(function () { status.textContent = "Can't load the conversation. Please reload the page."; });

  (function poll() {
    setTimeout(function () {
      if (!active) { return; }
      refresh().catch(function () { /* try again next time */ }).then(poll);
    }, POLL_MS);
  })();

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) { return; }
    render("user", text);
    input.value = "";
    status.textContent = "";
    fetch("/secure/messages", {
      method: "POST", credentials: "same-origin", cache: "no-store", headers: HEADERS,
      body: JSON.stringify({ message: text })
    })
      .then(check)
      .then(function (data) {
        shown += 1;
        data.messages.forEach(function (m) { if (m.text) { render("bot", m.text); shown += 1; } });
      })
      .catch(function () { status.textContent = "Your message could not be sent. Please try again."; });
  });

  endButton.addEventListener("click", function () {
    fetch("/secure/end", { method: "POST", credentials: "same-origin", headers: HEADERS })
      .then(function () { log.textContent = ""; ended("Secure chat ended. You can close this page."); });
  });
})();

// The hospital site's chat bubble: a small widget on socket.io-client.
// The session token (issued by the server) and the visible transcript live in sessionStorage (this tab only, gone
// when it closes), so a page reload continues the same conversation. Nothing is written
// to localStorage or cookies.
(function () {
  "use strict";
  var SESSION_KEY = "rb-chat-session";
  var TRANSCRIPT_KEY = "rb-chat-transcript";
  var OPEN_KEY = "rb-chat-open";
  // The assistant's address: where this script came from (the page itself may be another site's).
  var server = new URL(document.currentScript.src).origin;

  var toggle = document.getElementById("rb-chat-toggle");
  var panel = document.getElementById("rb-chat-panel");
  var closeButton = document.getElementById("rb-chat-close");
  var log = document.getElementById("rb-chat-log");
  var status = document.getElementById("rb-chat-status");
  var form = document.getElementById("rb-chat-form");
  var input = document.getElementById("rb-chat-input");

  function loadTranscript() {
    try { return JSON.parse(sessionStorage.getItem(TRANSCRIPT_KEY)) || []; } catch (e) { return []; }
  }
  var transcript = loadTranscript();

  // Bot text is plain text; only this site's own secure chat links become clickable.
  var SECURE_LINK = /(https?:\/\/[^\s]+\/secure\/enter\/[A-Za-z0-9._-]+)/;

  function appendText(bubble, text, linkify) {
    text.split(SECURE_LINK).forEach(function (part, index) {
      var isLink = linkify && index % 2 === 1 && new URL(part).origin === server;
      if (!isLink) { bubble.appendChild(document.createTextNode(part)); return; }
      var link = document.createElement("a");
      link.href = part;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      link.className = "rb-secure-link";
      link.textContent = "Open the secure chat";
      bubble.appendChild(link);
    });
  }

  function render(entry) {
    var bubble = document.createElement("div");
    bubble.className = "rb-msg rb-msg-" + entry.from;
    appendText(bubble, entry.text, entry.from === "bot"); // never innerHTML
    log.appendChild(bubble);
    log.scrollTop = log.scrollHeight;
  }

  function add(from, text) {
    var entry = { from: from, text: text };
    transcript.push(entry);
    sessionStorage.setItem(TRANSCRIPT_KEY, JSON.stringify(transcript));
    render(entry);
  }

  function setOpen(open) {
    panel.hidden = !open;
    toggle.setAttribute("aria-expanded", String(open));
    sessionStorage.setItem(OPEN_KEY, open ? "1" : "");
    if (open) { input.focus(); }
  }

  transcript.forEach(render);
  setOpen(sessionStorage.getItem(OPEN_KEY) === "1");
  toggle.addEventListener("click", function () { setOpen(panel.hidden); });
  closeButton.addEventListener("click", function () { setOpen(false); });

  var socket = io(server, { path: "/socket.io", transports: ["websocket", "polling"] });
  var sessionId = sessionStorage.getItem(SESSION_KEY);

  socket.on("connect", function () {
    status.textContent = "";
    socket.emit("session_request", { session_id: sessionId });
  });
  socket.on("session_confirm", function (id) {
    sessionId = typeof id === "string" ? id : (id && id.session_id);
    sessionStorage.setItem(SESSION_KEY, sessionId);
    document.body.setAttribute("data-chat-ready", "true");
  });
  socket.on("disconnect", function () { status.textContent = "Reconnecting…"; });
  socket.on("connect_error", function () { status.textContent = "Can't reach the chat right now. Retrying…"; });
  socket.on("bot_uttered", function (message) {
    if (message && message.text) { add("bot", message.text); }
    if (message && message.quick_replies) {
      message.quick_replies.forEach(function (reply) { add("bot", "• " + reply.title); });
    }
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text || !sessionId) { return; }
    add("user", text);
    socket.emit("user_uttered", { message: text, session_id: sessionId });
    input.value = "";
  });
})();

// The chat bubble on any page of an allowed origin (ALLOWED_ORIGINS), in one line:
//   <script src="https://ASSISTANT-ADDRESS/chat/embed.js" async></script>
// It adds the widget's stylesheet and elements to the page, then loads socket.io-client and the widget
// (webchat.js) from the assistant's own address, which they talk to. The server fills in CONFIG.
(function () {
  "use strict";
  var CONFIG = {{config}};
  var server = new URL(document.currentScript.src).origin;

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text) { node.textContent = text; }
    return node;
  }

  function build() {
    document.head.appendChild(element("link", { rel: "stylesheet", href: server + "/chat/static/webchat.css" }));
    var toggle = element("button", { id: "rb-chat-toggle", "class": "rb-chat-toggle", "aria-controls": "rb-chat-panel",
                                     "aria-expanded": "false", type: "button" }, "Chat with us");
    var panel = element("section", { id: "rb-chat-panel", "class": "rb-chat-panel", hidden: "",
                                     "aria-label": "Chat with " + CONFIG.hospital });
    var header = element("header", { "class": "rb-chat-header" });
    header.appendChild(element("span", {}, CONFIG.hospital));
    header.appendChild(element("button", { id: "rb-chat-close", "class": "rb-chat-close", "aria-label": "Close chat",
                                           type: "button" }, "\u00d7"));
    panel.appendChild(header);
    panel.appendChild(element("div", { id: "rb-chat-log", "class": "rb-chat-log", role: "log", "aria-live": "polite" }));
    panel.appendChild(element("p", { id: "rb-chat-status", "class": "rb-chat-status", role: "status" }));
    var form = element("form", { id: "rb-chat-form", "class": "rb-chat-form", autocomplete: "off" });
    form.appendChild(element("label", { "for": "rb-chat-input", "class": "rb-visually-hidden" }, "Your message"));
    form.appendChild(element("input", { id: "rb-chat-input", name: "message", maxlength: String(CONFIG.maxChars),
                                        placeholder: "Type your question", required: "" }));
    form.appendChild(element("button", { type: "submit", id: "rb-chat-send" }, "Send"));
    panel.appendChild(form);
    document.body.appendChild(toggle);
    document.body.appendChild(panel);
    load("/chat/static/socket.io.min.js", function () { load("/chat/static/webchat.js"); });
  }

  function load(path, then) {
    var script = element("script", { src: server + path });
    if (then) { script.addEventListener("load", then); }
    document.body.appendChild(script);
  }

  if (document.body) { build(); } else { document.addEventListener("DOMContentLoaded", build); }
})();

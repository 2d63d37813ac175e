/* resqa chat widget: one tag adds a chat button that opens the chat in an iframe panel.
 *   <script src="https://HOST/widget.js" data-resqa-url="https://HOST/"></script>
 * Optional: data-resqa-lang="en", data-resqa-label="Ask the resolution".
 * Everything lives in a shadow root, so no CSS leaks into or out of the host page. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || window.__resqaWidget) { return; }
  window.__resqaWidget = true;
  var base = script.getAttribute("data-resqa-url") || new URL(".", script.src).href;
  var lang = script.getAttribute("data-resqa-lang") || "";
  var label = script.getAttribute("data-resqa-label") || (lang === "en" ? "Ask about the resolution" : "决议问答");
  var closeLabel = lang === "en" ? "Close" : "关闭";
  var src = new URL(base, document.baseURI);
  src.searchParams.set("embed", "true");
  if (lang) { src.searchParams.set("lang", lang); }

  var host = document.createElement("div");
  host.setAttribute("data-resqa-widget", "");
  var root = host.attachShadow({ mode: "open" });
  var style = document.createElement("style");
  style.textContent = [
    ":host { all: initial; }",
    ".launcher { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; border: 0;",
    "  border-radius: 28px; padding: 14px 20px; font: 600 15px/1 system-ui, sans-serif; color: #fff;",
    "  background: #1a5fb4; box-shadow: 0 4px 14px rgba(0,0,0,.25); cursor: pointer; }",
    ".launcher:focus-visible, .close:focus-visible { outline: 3px solid #f6d32d; outline-offset: 2px; }",
    ".panel { position: fixed; right: 20px; bottom: 80px; z-index: 2147483001; width: 380px; height: 600px;",
    "  max-width: calc(100vw - 24px); max-height: calc(100vh - 100px); display: none; flex-direction: column;",
    "  background: #fff; border-radius: 12px; overflow: hidden; box-shadow: 0 8px 30px rgba(0,0,0,.3); }",
    ".panel.open { display: flex; }",
    ".bar { display: flex; align-items: center; justify-content: space-between; padding: 8px 12px;",
    "  background: #1a5fb4; color: #fff; font: 600 14px/1.2 system-ui, sans-serif; }",
    ".close { border: 0; background: transparent; color: #fff; font: 600 20px/1 system-ui; cursor: pointer; padding: 4px 8px; }",
    "iframe { flex: 1; border: 0; width: 100%; }",
    "@media (max-width: 480px) { .panel { right: 0; bottom: 0; width: 100vw; height: 100vh; max-width: 100vw;",
    "  max-height: 100vh; border-radius: 0; } }"
  ].join("\n");

  var button = document.createElement("button");
  button.className = "launcher";
  button.type = "button";
  button.textContent = label;
  button.setAttribute("aria-haspopup", "dialog");
  button.setAttribute("aria-expanded", "false");
  button.setAttribute("aria-controls", "resqa-panel");

  var panel = document.createElement("div");
  panel.className = "panel";
  panel.id = "resqa-panel";
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-label", label);

  var bar = document.createElement("div");
  bar.className = "bar";
  var title = document.createElement("span");
  title.textContent = label;
  var close = document.createElement("button");
  close.className = "close";
  close.type = "button";
  close.textContent = "×";
  close.setAttribute("aria-label", closeLabel);
  bar.appendChild(title);
  bar.appendChild(close);

  var frame = null;
  function open() {
    if (!frame) {
      frame = document.createElement("iframe");
      frame.title = label;
      frame.src = src.href;
      frame.setAttribute("allow", "clipboard-write");
      panel.appendChild(frame);
    }
    panel.classList.add("open");
    button.setAttribute("aria-expanded", "true");
    close.focus();
  }
  function hide() {
    panel.classList.remove("open");
    button.setAttribute("aria-expanded", "false");
    button.focus();
  }
  button.addEventListener("click", function () {
    if (panel.classList.contains("open")) { hide(); } else { open(); }
  });
  close.addEventListener("click", hide);
  root.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && panel.classList.contains("open")) { hide(); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && panel.classList.contains("open")) { hide(); }
  });

  panel.appendChild(bar);
  root.appendChild(style);
  root.appendChild(panel);
  root.appendChild(button);
  function attach() { document.body.appendChild(host); }
  if (document.body) { attach(); } else { document.addEventListener("DOMContentLoaded", attach); }
})();

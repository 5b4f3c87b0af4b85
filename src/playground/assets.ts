/**
 * The playground's stylesheet and script, served from /playground/app.css and /playground/app.js so the page's
 * Content-Security-Policy can forbid inline script and style altogether.
 */

export const PLAYGROUND_CSS = `
:root { --blue: #3370ff; --grey: #8f959e; --bg: #f5f6f7; --line: #dee0e3; --text: #1f2329; }
* { box-sizing: border-box; }
html, body { margin: 0; }
body {
  font: 15px/1.6 -apple-system, BlinkMacSystemFont, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC",
    "WenQuanYi Micro Hei", sans-serif;
  color: var(--text); background: var(--bg);
  display: flex; flex-direction: column; min-height: 100vh; max-width: 760px; margin: 0 auto;
}
.top { padding: 12px 16px 4px; }
.top h1 { font-size: 20px; margin: 0; }
.top p { margin: 4px 0 0; color: #646a73; font-size: 13px; }
.log { flex: 1; padding: 8px 16px; overflow-wrap: anywhere; }
.empty { color: #646a73; }
.empty p { margin: 0 0 6px; }
.empty .intro { color: var(--text); }
.exchange { margin: 12px 0 20px; }
.msg { display: flex; flex-direction: column; margin: 6px 0; }
.msg.user { align-items: flex-end; }
.msg.bot { align-items: stretch; }
.bubble { padding: 8px 12px; border-radius: 10px; max-width: 100%; white-space: pre-wrap; }
.user-text { background: var(--blue); color: #fff; max-width: 85%; }
.bot-text { background: #fff; border: 1px solid var(--line); }
.card { background: #fff; border: 1px solid var(--line); border-radius: 10px; overflow: hidden; }
.card-head { padding: 10px 14px; font-weight: 600; color: #fff; background: var(--blue); }
.tpl-grey .card-head { background: var(--grey); }
.tpl-green .card-head { background: #34c724; }
.tpl-red .card-head { background: #f54a45; }
.tpl-orange .card-head, .tpl-yellow .card-head { background: #ff8800; }
.tpl-default .card-head { background: #fff; color: var(--text); border-bottom: 1px solid var(--line); }
.card-body { padding: 10px 14px; }
.el { margin: 6px 0; }
.el.text { white-space: pre-wrap; }
.el.md p { margin: 0; }
.el.md ul { margin: 0; padding-left: 1.3em; }
.notation { font-size: 12.5px; color: #646a73; }
.panel { border: 1px solid var(--line); border-radius: 8px; padding: 0 10px; }
.panel > summary { cursor: pointer; padding: 8px 0; font-weight: 600; }
.panel-body { padding-bottom: 8px; }
.panel-body .el { margin: 4px 0 8px; }
/* Quotes are what a reader checks: full size, full contrast, set off by a rule. */
.panel-body .el.text { font-size: 15px; color: var(--text); background: #f7f8fa; border-left: 3px solid #8f959e;
  padding: 6px 10px; border-radius: 0 6px 6px 0; }
.panel-body .el.md { margin-top: 12px; }
.table-wrap { overflow-x: auto; }
.table-wrap table { border-collapse: collapse; width: 100%; font-size: 14px; }
.table-wrap th, .table-wrap td { border: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
.table-wrap thead th { background: #f2f3f5; white-space: nowrap; }
.table-wrap tbody th { font-weight: 600; min-width: 8em; }
/* Cells keep their dates and names on one line; a wide table scrolls sideways inside the card, as in Feishu. */
.table-wrap td { white-space: nowrap; }
.cols { display: flex; flex-wrap: wrap; gap: 8px; }
.card-btn { display: block; font: inherit; font-size: 14px; text-align: left; padding: 6px 12px; border-radius: 8px;
  border: 1px solid var(--line); background: #fff; color: var(--text); cursor: pointer; }
.ask-btn { width: 100%; border-color: var(--blue); color: var(--blue); }
.ask-btn:hover { background: #f0f4ff; }
.fb-btn[aria-pressed="true"] { border-color: var(--blue); background: #e1eaff; }
.fb-note { font-size: 13px; color: #646a73; margin: 4px 0; }
.unknown { color: #b00; font-family: monospace; }
.raw { margin-top: 6px; font-size: 12.5px; }
.raw > summary { cursor: pointer; color: #646a73; }
.raw pre { background: #1f2329; color: #e8e8e8; padding: 10px; border-radius: 8px; overflow: auto; max-height: 360px;
  white-space: pre-wrap; overflow-wrap: anywhere; }
.hint { color: #646a73; font-size: 13px; margin: 4px 0; }
.error { color: #b00; }
.ask { position: sticky; bottom: 0; background: var(--bg); border-top: 1px solid var(--line); padding: 8px 16px 12px; }
.ask { display: flex; flex-direction: column; }
.examples { display: flex; flex-wrap: wrap; gap: 6px; margin-bottom: 8px; order: -1; }
.chip { border: 1px solid var(--line); background: #fff; border-radius: 14px; padding: 3px 10px; font-size: 13px;
  cursor: pointer; }
.row { display: flex; gap: 6px; }
.row input { flex: 1; min-width: 0; font-size: 16px; padding: 8px 10px; border: 1px solid var(--line); border-radius: 8px; }
.row button { font-size: 15px; padding: 8px 12px; border-radius: 8px; border: 0; cursor: pointer; white-space: nowrap; }
.send { background: var(--blue); color: #fff; }
.row .briefing { background: #fff; border: 1px solid var(--line); }
.ask[aria-busy="true"] button { opacity: .6; }
@media (max-width: 600px) {
  /* Phones: the examples scroll sideways in one line instead of filling the screen. */
  .examples { flex-wrap: nowrap; overflow-x: auto; scrollbar-width: none; }
  .chip { flex: none; }
  .top h1 { font-size: 18px; }
  .log, .top, .ask { padding-left: 10px; padding-right: 10px; }
}
`;

/**
 * Progressive enhancement: a submitted question is posted to /playground/reply and the exchange the server
 * rendered (escaped there) is appended to the conversation. Without this script the form posts to "/".
 */
export const PLAYGROUND_JS = `"use strict";
(function () {
  var form = document.querySelector("form.ask");
  var input = document.getElementById("q");
  var log = document.getElementById("log");
  if (!form || !input || !log || !window.fetch) return;
  var busy = false;
  // One conversation per tab: the id survives reloads (sessionStorage) but is never shared with another tab.
  var cid = form.querySelector('input[name="cid"]');
  if (cid) {
    try {
      var saved = window.sessionStorage.getItem("playground-cid");
      if (saved && /^[A-Za-z0-9_-]{8,64}$/.test(saved)) cid.value = saved;
      else window.sessionStorage.setItem("playground-cid", cid.value);
    } catch (e) {
      /* storage unavailable: the id the server gave this page is used */
    }
  }
  // Feedback buttons: the page keeps no feedback; in Feishu the click is recorded by the bot.
  log.addEventListener("click", function (event) {
    var target = event.target;
    var button = target && target.closest ? target.closest("button.fb-btn") : null;
    if (!button) return;
    var row = button.parentElement && button.parentElement.parentElement;
    var pressed = row ? row.querySelectorAll("button.fb-btn") : [button];
    for (var i = 0; i < pressed.length; i++) pressed[i].setAttribute("aria-pressed", "false");
    button.setAttribute("aria-pressed", "true");
    if (row && !row.querySelector(".fb-note")) {
      var note = document.createElement("p");
      note.className = "fb-note";
      note.textContent = "试用页不保存反馈；在飞书里点击会记录到机器人。";
      row.appendChild(note);
    }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var button = event.submitter;
    var fromButton = button && button.name === "ask";
    var question = fromButton ? button.value : input.value;
    if (!question.trim()) { input.focus(); return; }
    if (busy) return;
    busy = true;
    form.setAttribute("aria-busy", "true");
    fetch("/playground/reply", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded;charset=UTF-8" },
      body: new URLSearchParams({ q: question, cid: cid ? cid.value : "" }).toString()
    })
      .then(function (res) {
        // Only the server's rendered fragments are inserted; anything else (a JSON error) is a failure.
        var type = res.headers.get("content-type") || "";
        if (type.indexOf("text/html") !== 0) throw new Error("unexpected response " + res.status);
        return res.text();
      })
      .then(function (html) {
        var empty = log.querySelector(".empty");
        if (empty) empty.remove();
        log.insertAdjacentHTML("beforeend", html);
        if (!fromButton) input.value = "";
        var last = log.lastElementChild;
        if (last) last.scrollIntoView({ block: "start" });
      })
      .catch(function () {
        var note = document.createElement("p");
        note.className = "error";
        note.setAttribute("role", "alert");
        note.textContent = "连接服务器失败，请稍后再试。";
        log.appendChild(note);
      })
      .finally(function () {
        busy = false;
        form.removeAttribute("aria-busy");
      });
  });
})();
`;

// textmine review workspace: save decisions without reloading, and work from the keyboard.
// Every form works without this script (it posts and comes back); with it, a decision is a
// fetch to /api/decision carrying the session's CSRF token and the version the page saw.
(function () {
  "use strict";
  var meta = document.querySelector('meta[name="csrf-token"]');
  var csrf = meta ? meta.getAttribute("content") : "";
  var reviewerInput = document.getElementById("reviewer");
  var flash = document.getElementById("flash");
  var STATE_NAMES = {open: "待定", confirmed: "已确认", dismissed: "已排除"};

  function say(text) { if (flash) { flash.textContent = text; } }

  if (reviewerInput && !reviewerInput.value) {
    try { reviewerInput.value = window.localStorage.getItem("textmine-reviewer") || ""; } catch (e) { /* private mode */ }
  }
  function reviewer() {
    var name = reviewerInput ? reviewerInput.value.trim() : "";
    if (name) { try { window.localStorage.setItem("textmine-reviewer", name); } catch (e) { /* ignore */ } }
    return name;
  }

  var forms = Array.prototype.slice.call(document.querySelectorAll("form.decide"));
  if (!forms.length) { return; }
  var onlyOpen = document.getElementById("only-open");
  function applyFilter() { document.body.classList.toggle("only-open", !onlyOpen || onlyOpen.checked); }
  if (onlyOpen) { onlyOpen.addEventListener("change", applyFilter); }
  applyFilter();

  function item(form) { return form.closest("li.finding"); }
  function visibleItems() {
    return forms.map(item).filter(function (li) { return li && li.offsetParent !== null; });
  }
  var current = null;
  function focusItem(li) {
    if (!li) { return; }
    if (current) { current.classList.remove("current"); }
    current = li;
    li.classList.add("current");
    li.scrollIntoView({block: "center"});
  }
  function move(step) {
    var items = visibleItems();
    var i = items.indexOf(current);
    focusItem(items[Math.max(0, Math.min(items.length - 1, i < 0 ? 0 : i + step))]);
  }
  function nextUndecided() {
    var items = visibleItems();
    var start = items.indexOf(current);
    for (var k = 1; k <= items.length; k++) {
      var li = items[(start + k) % items.length];
      var form = li.querySelector("form.decide");
      if (form.dataset.actionable === "1" && form.dataset.state === "open") { focusItem(li); return; }
    }
    say("本报告的结果已全部审核");
  }

  function updateProgress() {
    var decided = 0, actionable = 0;
    forms.forEach(function (f) {
      if (f.dataset.actionable === "1") {
        actionable += 1;
        if (f.dataset.state === "confirmed" || f.dataset.state === "dismissed") { decided += 1; }
      }
    });
    var d = document.getElementById("n-decided"), a = document.getElementById("n-actionable");
    if (d) { d.textContent = decided; }
    if (a) { a.textContent = actionable; }
  }

  function localTime(stamp) {  // as the server shows it: local time, to the minute
    var d = new Date(stamp);
    if (isNaN(d.getTime())) { return stamp; }
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate()) + " " + two(d.getHours()) + ":" +
      two(d.getMinutes());
  }

  function show(form, decision) {
    form.dataset.version = decision.version;
    form.dataset.state = decision.state;
    form.querySelector('input[name="base"]').value = decision.version;
    form.classList.remove("st-open", "st-confirmed", "st-dismissed");
    form.classList.add("st-" + decision.state);
    form.classList.toggle("decided", decision.state !== "open");
    form.querySelector('[data-role="state"]').textContent = STATE_NAMES[decision.state] || decision.state;
    form.querySelector('[data-role="meta"]').textContent =
      decision.version ? decision.reviewer + " · " + localTime(decision.updated_at) : "";
    updateProgress();
  }

  function message(form, text, ok) {
    var box = form.querySelector('[data-role="message"]');
    box.textContent = text;
    box.classList.toggle("ok", !!ok);
  }

  function send(form, change) {
    var name = reviewer();
    if (!name) {
      message(form, "请先在页面顶部填写审核人姓名");
      if (reviewerInput) { reviewerInput.focus(); }
      return Promise.resolve(false);
    }
    var body = {fingerprint: form.dataset.fp, base: Number(form.dataset.version), reviewer: name};
    Object.keys(change).forEach(function (k) { body[k] = change[k]; });
    return fetch("/api/decision", {
      method: "POST", credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRF-Token": csrf},
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (data) { return {status: response.status, data: data}; });
    }).then(function (result) {
      var data = result.data;
      if (result.status === 200) {
        show(form, data.decision);
        message(form, data.merged ? "已保存（已与其他审核人对另一项的修改合并）" : (data.changed ? "已保存" : "未改变"), true);
        return true;
      }
      if (result.status === 409) {
        var c = data.current;
        show(form, c);
        var textarea = form.querySelector("textarea");
        message(form, "未保存：" + c.reviewer + " 已将此条改为“" + (STATE_NAMES[c.state] || c.state) + "”" +
          (c.note ? "，意见：“" + c.note + "”" : "") + "。请确认后再操作一次。");
        if (textarea && data.fields.indexOf("note") < 0) { textarea.value = c.note; }
        return false;
      }
      message(form, (data && data.problem) || ("保存失败（" + result.status + "）"));
      return false;
    }).catch(function () {
      message(form, "保存失败：无法连接审核服务");
      return false;
    });
  }

  forms.forEach(function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var button = event.submitter;
      focusItem(item(form));
      if (button && button.name === "state") {
        send(form, {state: button.value}).then(function (ok) { if (ok && button.value !== "open") { nextUndecided(); } });
      } else {
        send(form, {note: form.querySelector("textarea").value});
      }
    });
    var textarea = form.querySelector("textarea");
    textarea.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        send(form, {note: textarea.value});
        textarea.blur();
      } else if (event.key === "Escape") {
        textarea.blur();
      }
    });
    textarea.addEventListener("focus", function () { focusItem(item(form)); });
  });

  function click(id) { var a = document.getElementById(id); if (a) { a.click(); } }
  var help = document.getElementById("help");
  var helpToggle = document.getElementById("help-toggle");
  if (helpToggle && help) { helpToggle.addEventListener("click", function () { help.hidden = !help.hidden; }); }

  document.addEventListener("keydown", function (event) {
    var tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select" || event.ctrlKey || event.metaKey || event.altKey) { return; }
    var form = current ? current.querySelector("form.decide") : null;
    switch (event.key) {
      case "j": case "ArrowDown": move(1); break;
      case "k": case "ArrowUp": move(-1); break;
      case "c": if (form) { send(form, {state: "confirmed"}).then(function (ok) { if (ok) { nextUndecided(); } }); } break;
      case "d": case "x": if (form) { send(form, {state: "dismissed"}).then(function (ok) { if (ok) { nextUndecided(); } }); } break;
      case "u": if (form) { send(form, {state: "open"}); } break;
      case "n": if (form) { form.querySelector("textarea").focus(); } break;
      case "a": if (onlyOpen) { onlyOpen.checked = !onlyOpen.checked; applyFilter(); } break;
      case "]": click("next-report"); break;
      case "[": click("prev-report"); break;
      case "?": if (help) { help.hidden = !help.hidden; } break;
      default: return;
    }
    event.preventDefault();
  });

  // start at the first finding still to decide
  var first = forms.filter(function (f) { return f.dataset.actionable === "1" && f.dataset.state === "open"; })[0];
  if (first && !window.location.hash) { focusItem(item(first)); }
  else if (/^#finding-\d+$/.test(window.location.hash)) { focusItem(document.querySelector(window.location.hash)); }

  // another reviewer's changes appear within half a minute (never over a note being typed)
  var reportId = window.location.pathname.split("/")[2];
  function refresh() {
    if (document.hidden) { return; }
    fetch("/api/report/" + encodeURIComponent(reportId) + "/decisions", {credentials: "same-origin"})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) { return; }
        forms.forEach(function (form) {
          var d = data.decisions[form.dataset.fp];
          if (!d || Number(form.dataset.version) >= d.version) { return; }
          var textarea = form.querySelector("textarea");
          show(form, d);
          if (document.activeElement !== textarea) { textarea.value = d.note; }
          message(form, d.reviewer + " 更新了此条", true);
        });
      }).catch(function () { /* offline for a moment */ });
  }
  window.setInterval(refresh, 20000);
})();

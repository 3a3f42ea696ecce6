/* The phone's "write" part of the room: the prompt and the timer, the text box, the zones,
 * what this phone sent (pending / on the board / edited / not used), check-in, the board
 * read-only. Plain ES2017, no framework. Text is always set with textContent.
 *
 * Nothing typed is lost: the text being written is kept in localStorage as it is typed, and a
 * note sent is first put in an outbox (with its own random client_id) that is emptied only
 * when the room answers; a dropped connection or a reload sends it again, with the same
 * client_id, so the room keeps it once. */
"use strict";

(function () {
  var R = window.ReslabRoom;
  if (!R) return;
  var TEXTS = {
    es: {
      write: "Escribe tu nota", send: "Enviar", zone: "¿Dónde va?", left: "Quedan {n} caracteres",
      leftOne: "Queda 1 carácter", over: "Te pasaste por {n} caracteres: acórtala un poco",
      empty: "Escribe algo antes de enviar.", sent: "Lo que enviaste", sending: "Enviando…",
      queued: "Sin conexión: se enviará sola cuando vuelva la red", pending: "Esperando a la facilitadora",
      placed: "En la pizarra", edited: "En la pizarra (editada)", rejected: "No se usó",
      closedBoard: "Este tablero ya no recibe notas; se enviará si lo abren de nuevo",
      tooFast: "Más despacio, por favor: espera unos segundos y se enviará sola.",
      refused: "No se pudo enviar: {why}", thanks: "¡Enviada!",
      running: "Tiempo: {t}", paused: "Tiempo en pausa: {t}", ended: "Se acabó el tiempo",
      endedSay: "Se acabó el tiempo.", startedSay: "Empezó el tiempo: {t}.",
      checkTitle: "Asistencia", checkIn: "Registrar mi asistencia", checkedIn: "Tu asistencia quedó registrada.",
      checkAsk: "La facilitadora está tomando asistencia de la sesión.",
      viewBoard: "Ver la pizarra", hideBoard: "Ocultar la pizarra", boardEmpty: "Todavía no hay notas en la pizarra.",
      noZone: "Sin zona", anonymous: "Tus notas en este tablero no llevan tu nombre.",
      moderated: "La facilitadora revisa cada nota antes de ponerla en la pizarra.",
      nothingOpen: "Por ahora no hay nada abierto. Esta página se actualiza sola.",
      retryNow: "Reintentar ahora"
    },
    en: {
      write: "Write your note", send: "Send", zone: "Where does it go?", left: "{n} characters left",
      leftOne: "1 character left", over: "{n} characters too many: make it a little shorter",
      empty: "Write something before sending.", sent: "What you sent", sending: "Sending…",
      queued: "No connection: it will be sent when the network is back", pending: "Waiting for the facilitator",
      placed: "On the board", edited: "On the board (edited)", rejected: "Not used",
      closedBoard: "This board no longer takes notes; it will be sent if it opens again",
      tooFast: "Slow down, please: wait a few seconds and it will be sent.",
      refused: "Could not send: {why}", thanks: "Sent!",
      running: "Time: {t}", paused: "Time paused: {t}", ended: "Time is up",
      endedSay: "Time is up.", startedSay: "The timer started: {t}.",
      checkTitle: "Attendance", checkIn: "Check me in", checkedIn: "You are checked in.",
      checkAsk: "The facilitator is taking attendance for the session.",
      viewBoard: "See the board", hideBoard: "Hide the board", boardEmpty: "No notes on the board yet.",
      noZone: "No zone", anonymous: "Your notes on this board do not carry your name.",
      moderated: "The facilitator reviews each note before it goes on the board.",
      nothingOpen: "Nothing is open right now. This page updates by itself.",
      retryNow: "Try again now"
    }
  };
  var MAX = 500, KEY = "reslab.notes", RETRY_MS = 5000, KEEP_SENT = 200;

  function t(key, values) {
    var text = TEXTS[R.lang][key] || TEXTS.es[key] || key;
    Object.keys(values || {}).forEach(function (k) { text = text.split("{" + k + "}").join(String(values[k])); });
    return text;
  }
  function $(id) { return document.getElementById(id); }
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function chars(text) { return Array.from(text).length; }  // code points, as the room counts
  function clock(seconds) {
    var s = Math.max(0, Math.round(seconds)), m = Math.floor(s / 60);
    return m + ":" + (s % 60 < 10 ? "0" : "") + (s % 60);
  }
  function newClientId() {
    var bytes = new Uint8Array(16);
    if (window.crypto && window.crypto.getRandomValues) window.crypto.getRandomValues(bytes);
    else for (var i = 0; i < 16; i += 1) bytes[i] = Math.floor(Math.random() * 256);
    return Array.prototype.map.call(bytes, function (b) { return (b < 16 ? "0" : "") + b.toString(16); }).join("");
  }

  // ------------------------------------------------------------------ kept on the phone
  var kept = load();
  function load() {
    var data;
    try { data = JSON.parse(localStorage.getItem(KEY) || "{}") || {}; } catch (e) { data = {}; }
    return { drafts: data.drafts || {}, zones: data.zones || {}, outbox: data.outbox || [], sent: data.sent || [] };
  }
  function save() {
    try { localStorage.setItem(KEY, JSON.stringify(kept)); } catch (e) { /* private mode: kept for this page */ }
  }

  // ------------------------------------------------------------------ the room's state
  var state = null, timer = null, timerAt = 0, tick = null, lastPhase = "", viewOpen = {};

  R.on("state", function (data) {
    state = data;
    render();
    flush();
    if ((data.boards || []).length) refreshMine();
  });
  R.on("notes", function () { refreshMine(); });
  R.on("online", function () { flush(); refreshMine(); });
  window.addEventListener("online", function () { flush(); });
  setInterval(function () { if (kept.outbox.length) flush(); }, RETRY_MS * 3);
  setInterval(function () {  // a backstop for a message lost while the phone slept
    if (kept.sent.some(function (s) { return s.status === "pending"; })) refreshMine();
  }, 30000);

  function render() {
    var boards = state.boards || [];
    var waiting = $("waiting");
    if (boards.length || state.session) waiting.hidden = true;
    renderStage();
    renderCheckIn();
    renderBoards(boards);
    renderSent();
  }

  // ------------------------------------------------------------------ prompt and timer
  function renderStage() {
    var prompt = $("stage-prompt");
    prompt.textContent = state.prompt || "";
    prompt.hidden = !state.prompt;
    timer = state.timer || { state: "idle", remaining_s: 0 };
    timerAt = Date.now();
    var phase = timer.state;
    if (phase !== lastPhase) {
      if (phase === "ended" && lastPhase) $("stage-say").textContent = t("endedSay");
      else if (phase === "running") $("stage-say").textContent = t("startedSay", { t: clock(timer.remaining_s) });
      lastPhase = phase;
    }
    clearInterval(tick);
    if (phase === "running") tick = setInterval(showTimer, 1000);
    showTimer();
  }

  function showTimer() {
    var box = $("stage-timer"), phase = timer.state, left = timer.remaining_s;
    if (phase === "running") {
      left = Math.max(0, left - (Date.now() - timerAt) / 1000);
      if (left <= 0) phase = "ended";
    }
    box.hidden = phase === "idle";
    box.className = "timer " + phase;
    box.textContent = phase === "ended" ? t("ended") : t(phase === "paused" ? "paused" : "running", { t: clock(left) });
  }

  // ------------------------------------------------------------------ check-in
  function renderCheckIn() {
    var box = $("checkin"), session = state.session;
    box.hidden = !session;
    if (!session) return;
    var button = $("checkin-button"), done = $("checkin-done");
    button.hidden = session.checked_in;
    done.hidden = !session.checked_in;
    $("checkin-ask").hidden = session.checked_in;
  }

  $("checkin-button").addEventListener("click", function () {
    var session = state && state.session;
    if (!session) return;
    var button = $("checkin-button");
    button.disabled = true;
    R.api("POST", "/api/sessions/" + encodeURIComponent(session.id) + "/checkin", {}).then(function (r) {
      button.disabled = false;
      if (r.status === 200) {
        session.checked_in = true;
        renderCheckIn();
        $("checkin-done").focus();
      } else if (r.status === 401) R.refresh();
      else if (r.status !== 0) R.say(t("refused", { why: r.data.error || r.status }));
    });
  });

  // ------------------------------------------------------------------ writing
  var forms = {};

  function renderBoards(boards) {
    var host = $("write"), seen = {};
    boards.forEach(function (board) {
      seen[board.id] = true;
      var form = forms[board.id];
      if (!form) {
        form = forms[board.id] = boardForm(board);
        host.appendChild(form.node);
      }
      updateForm(form, board);
    });
    Object.keys(forms).forEach(function (id) {
      if (!seen[id]) { host.removeChild(forms[id].node); delete forms[id]; }
    });
  }

  function boardForm(board) {
    var f = { board: board, node: el("form", "write-board") };
    f.node.noValidate = true;
    f.node.setAttribute("data-board", board.id);
    f.title = el("p", "board-title");
    f.prompt = el("h2", "prompt");
    f.prompt.id = "prompt-" + board.id;
    f.info = el("p", "hint");
    f.zones = el("fieldset", "zones");
    f.legend = el("legend", "", t("zone"));
    f.zones.appendChild(f.legend);
    f.zoneList = el("div", "zone-list");
    f.zones.appendChild(f.zoneList);
    var label = el("label", "", t("write"));
    label.htmlFor = "text-" + board.id;
    f.text = el("textarea", "note-text");
    f.text.id = "text-" + board.id;
    f.text.rows = 3;
    f.text.setAttribute("aria-describedby", "count-" + board.id);
    f.text.value = kept.drafts[board.id] || "";
    f.count = el("p", "count-left");
    f.count.id = "count-" + board.id;
    f.send = el("button", "primary send", t("send"));
    f.send.type = "submit";
    f.viewButton = el("button", "secondary", t("viewBoard"));
    f.viewButton.type = "button";
    f.view = el("ul", "light-view");
    f.view.hidden = true;
    [f.title, f.prompt, f.info, f.zones, label, f.text, f.count, f.send, f.viewButton, f.view].forEach(function (n) {
      f.node.appendChild(n);
    });
    f.text.addEventListener("input", function () {
      kept.drafts[board.id] = f.text.value;
      save();
      grow(f.text);
      showCount(f);
    });
    f.node.addEventListener("submit", function (event) { event.preventDefault(); submit(f); });
    f.viewButton.addEventListener("click", function () {
      viewOpen[board.id] = !viewOpen[board.id];
      showView(f);
    });
    setTimeout(function () { grow(f.text); }, 0);
    return f;
  }

  function updateForm(f, board) {
    f.board = board;
    f.title.textContent = board.title;
    f.title.hidden = !board.prompt;  // with no question, the board's title is the heading
    f.prompt.textContent = board.prompt || board.title;
    var info = [];
    if (board.anonymous) info.push(t("anonymous"));
    if (board.moderated) info.push(t("moderated"));
    f.info.textContent = info.join(" ");
    f.info.hidden = !info.length;
    var zones = board.zones || [];
    f.zones.hidden = zones.length < 2;
    var chosen = kept.zones[board.id];
    if (!zones.some(function (z) { return z.id === chosen; })) chosen = zones.length ? zones[0].id : "";
    var key = zones.map(function (z) { return z.id + "\u0000" + z.title; }).join("\u0001");
    if (f.zoneKey !== key) {
      f.zoneKey = key;
      f.zoneList.textContent = "";
      zones.forEach(function (zone) {
        var item = el("label", "zone-choice"), radio = el("input");
        radio.type = "radio";
        radio.name = "zone-" + board.id;
        radio.value = zone.id;
        radio.addEventListener("change", function () { kept.zones[board.id] = zone.id; save(); });
        item.appendChild(radio);
        item.appendChild(el("span", "", zone.title));
        f.zoneList.appendChild(item);
      });
    }
    Array.prototype.forEach.call(f.zoneList.querySelectorAll("input"), function (radio) {
      radio.checked = radio.value === chosen;
    });
    f.viewButton.hidden = !board.view;
    if (!board.view) viewOpen[board.id] = false;
    showView(f);
    showCount(f);
  }

  function grow(area) {
    area.style.height = "auto";
    area.style.height = Math.min(area.scrollHeight + 4, window.innerHeight * 0.6) + "px";
  }

  function showCount(f) {
    var n = chars(f.text.value.trim()), left = MAX - n;
    f.count.textContent = left < 0 ? t("over", { n: -left }) : left === 1 ? t("leftOne") : t("left", { n: left });
    f.count.className = "count-left" + (left < 0 ? " over" : left < 50 ? " low" : "");
    f.send.disabled = left < 0;
  }

  function chosenZone(f) {
    var zones = f.board.zones || [];
    if (zones.length === 1) return zones[0].id;
    var radio = f.zoneList.querySelector("input:checked");
    return radio ? radio.value : undefined;
  }

  function submit(f) {
    var text = f.text.value.trim();
    if (!text) { R.say(t("empty")); f.text.focus(); return; }
    if (chars(text) > MAX) { f.text.focus(); return; }
    var item = { client_id: newClientId(), board_id: f.board.id, zone_id: chosenZone(f), text: text, status: "sending" };
    kept.outbox.push(item);
    f.text.value = "";
    delete kept.drafts[f.board.id];
    save();
    grow(f.text);
    showCount(f);
    renderSent();
    f.text.focus();
    flush();
  }

  // ------------------------------------------------------------------ sending (once)
  var flushing = false, retryTimer = null;

  function flush() {
    if (flushing || !kept.outbox.length) return;
    flushing = true;
    var item = kept.outbox[0];
    var body = { text: item.text, client_id: item.client_id };
    if (item.zone_id) body.zone_id = item.zone_id;
    R.api("POST", "/api/boards/" + encodeURIComponent(item.board_id) + "/notes", body).then(function (r) {
      flushing = false;
      if (r.status === 201 || r.status === 200) {
        kept.outbox.shift();
        remember({ client_id: item.client_id, id: r.data.id, board_id: item.board_id, text: item.text,
                   status: r.data.status });
        save();
        renderSent();
        if (r.status === 201) R.say(t("thanks"));
        flush();
        return;
      }
      if (r.status === 422 || r.status === 400 || r.status === 413) {  // this note can never be sent as it is
        kept.outbox.shift();
        if (!kept.drafts[item.board_id]) kept.drafts[item.board_id] = item.text;
        var f = forms[item.board_id];
        if (f && !f.text.value) { f.text.value = item.text; grow(f.text); showCount(f); }
        save();
        renderSent();
        R.say(t("refused", { why: r.data.error || r.status }));
        flush();
        return;
      }
      item.status = r.status === 0 ? "queued" : r.status === 403 ? "closed" : r.status === 429 ? "slow" : "queued";
      save();
      renderSent();
      if (r.status === 429) R.say(t("tooFast"));
      if (r.status === 401) R.refresh();  // the room was opened again: the seat is taken back, then we retry
      clearTimeout(retryTimer);
      retryTimer = setTimeout(flush, RETRY_MS + Math.random() * 2000);
    });
  }

  function remember(entry) {
    kept.sent = kept.sent.filter(function (s) { return s.client_id !== entry.client_id; });
    kept.sent.push(entry);
    if (kept.sent.length > KEEP_SENT) kept.sent = kept.sent.slice(-KEEP_SENT);
  }

  var mineTimer = null;
  function refreshMine() {
    // The room tells the phones whose notes changed; spread their questions over a moment.
    clearTimeout(mineTimer);
    mineTimer = setTimeout(askMine, Math.random() * 600);
  }

  function askMine() {
    var ids = kept.sent.slice(-100).map(function (s) { return "client_id=" + encodeURIComponent(s.client_id); });
    R.api("GET", "/api/my-notes" + (ids.length ? "?" + ids.join("&") : "")).then(function (r) {
      if (r.status !== 200 || !Array.isArray(r.data)) return;
      var byClient = {}, byId = {};
      r.data.forEach(function (n) { if (n.client_id) byClient[n.client_id] = n; byId[n.id] = n; });
      kept.sent.forEach(function (s) {
        var found = byClient[s.client_id] || byId[s.id];
        if (found) { s.status = found.status; s.id = found.id; }
      });
      var known = {};
      kept.sent.forEach(function (s) { known[s.id] = true; });
      r.data.forEach(function (n) {  // sent from this seat on another page or before the phone forgot
        if (!known[n.id]) remember({ client_id: n.client_id || "", id: n.id, board_id: n.board_id, text: n.text,
                                     status: n.status });
      });
      save();
      renderSent();
    });
  }

  // ------------------------------------------------------------------ what this phone sent
  var STATUS = { sending: "sending", queued: "queued", closed: "closedBoard", slow: "sending",
                 pending: "pending", placed: "placed", edited: "edited", rejected: "rejected" };

  function renderSent() {
    var list = $("sent-list"), items = kept.outbox.concat(kept.sent.slice().reverse());
    $("sent").hidden = !items.length;
    if (state) $("notes").hidden = !items.length && !(state.boards || []).length && !state.session && !state.prompt;
    list.textContent = "";
    items.forEach(function (s) {
      var li = el("li", "sent-item " + s.status);
      li.appendChild(el("p", "sent-text", s.text));
      li.appendChild(el("p", "sent-status", t(STATUS[s.status] || "pending")));
      list.appendChild(li);
    });
    var waiting = kept.outbox.length > 0;
    $("retry-now").hidden = !waiting;
  }

  $("retry-now").addEventListener("click", function () { clearTimeout(retryTimer); flush(); });

  // ------------------------------------------------------------------ the board, read-only
  function showView(f) {
    var open = !!viewOpen[f.board.id];
    f.viewButton.textContent = open ? t("hideBoard") : t("viewBoard");
    f.viewButton.setAttribute("aria-expanded", open ? "true" : "false");
    f.view.hidden = !open;
    if (!open) return;
    R.api("GET", "/api/boards/" + encodeURIComponent(f.board.id) + "/notes").then(function (r) {
      if (r.status !== 200 || !Array.isArray(r.data)) { f.view.hidden = true; return; }
      var titles = {};
      (f.board.zones || []).forEach(function (z) { titles[z.id] = z.title; });
      f.view.textContent = "";
      if (!r.data.length) f.view.appendChild(el("li", "hint", t("boardEmpty")));
      r.data.forEach(function (n) {
        var li = el("li", "light-note");
        li.style.setProperty("--note", /^#[0-9a-fA-F]{6}$/.test(n.color) ? n.color : "#FFFFFF");
        li.appendChild(el("span", "light-text", n.text));
        if (titles[n.zone_id]) li.appendChild(el("span", "light-zone", titles[n.zone_id]));
        f.view.appendChild(li);
      });
    });
  }

  [["checkin-title", "checkTitle"], ["checkin-ask", "checkAsk"], ["checkin-button", "checkIn"],
   ["checkin-done", "checkedIn"], ["sent-title", "sent"], ["retry-now", "retryNow"]].forEach(function (pair) {
    $(pair[0]).textContent = t(pair[1]);
  });
  document.documentElement.setAttribute("data-notes", "ready");
  if (R.state()) { state = R.state(); render(); }
  flush();
})();

/* The phone page of the Resiliency Lab room: join, vote, see the ranking.
 * Plain ES2017, no framework, no build step. Participant text is always set with
 * textContent (never innerHTML). The seat (token) is kept in localStorage. */
"use strict";

(function () {
  var TEXTS = {
    es: {
      brand: "Resiliency Lab · Sala", notMe: "No soy yo", loading: "Cargando…",
      codeTitle: "Entra a la sala", codeLabel: "Código de la sala (en la pantalla)", enter: "Entrar",
      joinTitle: "¿Quién eres?", filterLabel: "Busca tu nombre",
      noMatch: "No encontramos ese nombre. Pídele a la facilitadora que te agregue.",
      asGuest: "No estoy en la lista: entrar como «{name}»", voteTitle: "Votación",
      waiting: "No hay ninguna votación abierta por ahora. Esta página se actualiza sola cuando la facilitadora abra una.",
      left: "Te quedan {n} de {total} puntos", leftNone: "Ya no te quedan puntos (tenías {total})", leftOne: "Te queda 1 de {total} puntos",
      maxNote: "Máximo {n} por nota", maxNoteOne: "Máximo 1 por nota",
      spent: "Ya usaste todos tus puntos. Si quieres cambiar, quita uno con «−».",
      add: "Poner un punto en: {text}", remove: "Quitar un punto de: {text}",
      onNote: "{n} de tus puntos", onNoteOne: "1 de tus puntos", onNoteNone: "Sin puntos tuyos",
      closed: "La votación se cerró. Estos son los resultados:", closedWait: "La votación se cerró.",
      dots: "{n} puntos", dotsOne: "1 punto", tied: "empate", place: "Lugar {n}",
      tooFast: "Más despacio, por favor.", wrongCode: "Ese código no es el de la sala. Revisa la pantalla.",
      notListed: "Ese nombre no está en la lista. Pídele a la facilitadora que te agregue.",
      offline: "Sin conexión con la sala. Reintentando…", back: "Conectado de nuevo.",
      removed: "La facilitadora quitó este teléfono de la sala. Vuelve a elegir tu nombre.",
      roomGone: "La sala se cerró o cambió. Escanea el código QR de nuevo.",
      maxReached: "Ya pusiste el máximo en esta nota.", noneLeft: "Ya no te quedan puntos.",
      notVoter: "No estás en la lista de esta votación.", failed: "No se pudo guardar. Intenta de nuevo."
    },
    en: {
      brand: "Resiliency Lab · Room", notMe: "Not me", loading: "Loading…",
      codeTitle: "Join the room", codeLabel: "Room code (on the screen)", enter: "Join",
      joinTitle: "Who are you?", filterLabel: "Find your name",
      noMatch: "We could not find that name. Ask the facilitator to add you.",
      asGuest: "I am not on the list: join as “{name}”", voteTitle: "Vote",
      waiting: "No vote is open right now. This page updates by itself when the facilitator opens one.",
      left: "{n} of {total} dots left", leftNone: "No dots left (you had {total})", leftOne: "1 of {total} dots left",
      maxNote: "At most {n} on one note", maxNoteOne: "At most 1 on one note",
      spent: "You have used all your dots. To change your mind, take one back with “−”.",
      add: "Put a dot on: {text}", remove: "Take a dot off: {text}",
      onNote: "{n} of your dots", onNoteOne: "1 of your dots", onNoteNone: "None of your dots",
      closed: "Voting is closed. These are the results:", closedWait: "Voting is closed.",
      dots: "{n} dots", dotsOne: "1 dot", tied: "tie", place: "Place {n}",
      tooFast: "Slow down, please.", wrongCode: "That is not the room's code. Check the screen.",
      notListed: "That name is not on the list. Ask the facilitator to add you.",
      offline: "No connection to the room. Trying again…", back: "Connected again.",
      removed: "The facilitator removed this phone from the room. Choose your name again.",
      roomGone: "The room closed or changed. Scan the QR code again.",
      maxReached: "You already put the most allowed on this note.", noneLeft: "You have no dots left.",
      notVoter: "You are not on this vote's list.", failed: "Could not save. Please try again."
    }
  };
  var langs = navigator.languages || [navigator.language || "es"];
  var LANG = String(langs[0] || "es").toLowerCase().indexOf("en") === 0 ? "en" : "es";
  var STORE_KEY = "reslab.room";

  function t(key, values) {
    var text = TEXTS[LANG][key] || TEXTS.es[key] || key;
    Object.keys(values || {}).forEach(function (k) { text = text.split("{" + k + "}").join(String(values[k])); });
    return text;
  }
  function plural(n, one, many, values) {
    var v = Object.assign({ n: n }, values || {});
    return n === 1 ? t(one, v) : t(many, v);
  }
  function $(id) { return document.getElementById(id); }
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // ------------------------------------------------------------------ state kept on the phone
  var seat = load();
  var code = codeFromPath();
  var socket = null, retry = 0, retryTimer = null, fetchTimer = null, busy = {}, lastState = null;
  var offline = false;

  function load() {
    try { return JSON.parse(localStorage.getItem(STORE_KEY) || "{}") || {}; } catch (e) { return {}; }
  }
  function save() {
    try { localStorage.setItem(STORE_KEY, JSON.stringify(seat)); } catch (e) { /* private mode: the seat lasts this page */ }
  }
  function codeFromPath() {
    var m = /^\/j\/([^/?#]+)/.exec(location.pathname);
    return m ? decodeURIComponent(m[1]).toUpperCase() : "";
  }

  // ------------------------------------------------------------------ talking to the room
  function api(method, path, body) {
    var headers = { "Accept": "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (seat.token) headers.Authorization = "Bearer " + seat.token;
    return fetch(path, {
      method: method, headers: headers, cache: "no-store", credentials: "omit",
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (resp) {
      return resp.json().catch(function () { return {}; }).then(function (data) {
        if (offline) setOffline(false);
        return { status: resp.status, data: data };
      });
    }, function () {
      setOffline(true);
      return { status: 0, data: {} };
    });
  }

  function setOffline(value) {
    offline = value;
    if (!value) emit("online", {});
    var net = $("net");
    net.textContent = value ? t("offline") : t("back");
    net.className = value ? "net bad" : "net good";
    net.hidden = false;
    if (!value) setTimeout(function () { if (!offline) net.hidden = true; }, 2500);
  }

  // ------------------------------------------------------------------ views
  function show(name, focusHeading) {
    ["loading", "code", "join", "vote"].forEach(function (v) { $("view-" + v).hidden = v !== name; });
    var me = $("me");
    me.hidden = name !== "vote" || !seat.name;
    $("me-name").textContent = seat.name || "";
    if (focusHeading) {
      var h = $("view-" + name).querySelector("h1");
      if (h) { h.setAttribute("tabindex", "-1"); h.focus(); }
    }
  }

  var alertTimer = null;
  function say(message) {
    var box = $("alert");
    box.textContent = message;
    box.hidden = false;
    clearTimeout(alertTimer);
    alertTimer = setTimeout(function () { box.hidden = true; }, 6000);
  }

  function translatePage() {
    document.documentElement.lang = LANG;
    Array.prototype.forEach.call(document.querySelectorAll("[data-t]"), function (node) {
      node.textContent = t(node.getAttribute("data-t"));
    });
    document.title = t("brand");
  }

  // ------------------------------------------------------------------ joining
  var roster = [], guests = false;

  function start() {
    translatePage();
    if (!code) { show("code", false); return; }
    if (seat.code === code && seat.token) { enterRoom(); return; }
    seat.token = "";
    if (seat.participant_id) {
      join({ code: code, participant_id: seat.participant_id }, true);
    } else {
      openRoster();
    }
  }

  function openRoster() {
    fetch("/api/roster?code=" + encodeURIComponent(code), { cache: "no-store", credentials: "omit" })
      .then(function (resp) {
        if (offline) setOffline(false);
        if (resp.status === 200) {
          guests = resp.headers.get("X-Room-Guests") === "1";
          return resp.json().then(function (list) { roster = list; renderRoster(); show("join", true); });
        }
        if (resp.status === 403 || resp.status === 429) { show("code", true); say(t("wrongCode")); return; }
        show("loading"); setTimeout(openRoster, 3000);
      }, function () { setOffline(true); show("loading"); setTimeout(openRoster, 3000); });
  }

  function key(name) {
    return String(name).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
  }

  function renderRoster() {
    var list = $("roster"), filter = key($("filter").value), shown = 0;
    list.textContent = "";
    roster.forEach(function (person) {
      if (filter && key(person.name).indexOf(filter) < 0) return;
      var li = el("li"), button = el("button", "person", person.name);
      button.type = "button";
      button.addEventListener("click", function () {
        join({ code: code, participant_id: person.id }, false, person.name);
      });
      li.appendChild(button);
      list.appendChild(li);
      shown += 1;
    });
    var typed = $("filter").value.trim();
    $("no-match").hidden = shown > 0 || !typed;
    var guest = $("as-guest");
    guest.hidden = !guests || !typed || roster.some(function (p) { return key(p.name) === filter; });
    guest.textContent = t("asGuest", { name: typed });
    if (!guest.hidden) $("no-match").hidden = true;
  }

  function join(body, silent, name) {
    return api("POST", "/api/join", body).then(function (r) {
      if (r.status === 200) {
        seat = { code: code, token: r.data.token, participant_id: r.data.participant_id, name: name || seat.name || "" };
        save();
        enterRoom(!silent);
        return true;
      }
      if (silent) { seat.participant_id = ""; openRoster(); return false; }
      // The room's own line, in this phone's language (Accept-Language); ours only if it sent none.
      if (r.status === 403 && body.name) say(r.data.error || t("notListed"));
      else if (r.status === 403) say(r.data.error || t("wrongCode"));
      else if (r.status === 429) say(r.data.error || t("tooFast"));
      else say(r.data.error || t("failed"));
      return false;
    });
  }

  function rejoin() {
    // The room was opened again (its tokens are new): take the same seat back by itself.
    seat.token = "";
    if (!seat.participant_id) { openRoster(); return Promise.resolve(false); }
    return join({ code: code, participant_id: seat.participant_id }, true);
  }

  function leaveSeat(message) {
    seat = { code: code };
    save();
    closeSocket();
    if (message) say(message);
    $("filter").value = "";
    openRoster();
  }

  // ------------------------------------------------------------------ in the room
  function enterRoom(focus) {
    refresh(focus);
    connect();
  }

  var writes = 0;  // dots answered so far: a state asked for before the last one is out of date

  function refresh(focus) {
    var asked = writes;
    return api("GET", "/api/state").then(function (r) {
      if (r.status === 200 && asked !== writes) { laterRefresh(); return; }
      if (r.status === 200) {
        seat.name = r.data.participant.name;
        save();
        lastState = r.data;
        renderRounds(r.data.rounds);
        show("vote", focus);
        emit("state", r.data);
      } else if (r.status === 401) {
        rejoin();
      } else if (r.status === 0 && !lastState) {
        show("loading");
      }
    });
  }

  function laterRefresh() {
    // Spread the room's phones over a moment instead of all asking at once.
    clearTimeout(fetchTimer);
    fetchTimer = setTimeout(refresh, Math.random() * 400);
  }

  function connect() {
    closeSocket();
    if (!seat.token || !("WebSocket" in window)) return;
    var ws = new WebSocket("ws://" + location.host + "/api/live?token=" + encodeURIComponent(seat.token));
    socket = ws;
    ws.onopen = function () {
      if (retry > 0) { setOffline(false); refresh(); }
      retry = 0;
    };
    ws.onmessage = function (event) {
      var msg;
      try { msg = JSON.parse(event.data); } catch (e) { return; }
      if (msg.type === "state") laterRefresh();
      else if (typeof msg.type === "string") emit(msg.type, msg);
    };
    ws.onclose = function (event) {
      if (socket !== ws) return;
      socket = null;
      if (event.code === 4401) { leaveSeat(t("removed")); return; }
      if (retry > 0) setOffline(true);
      retry += 1;
      clearTimeout(retryTimer);
      retryTimer = setTimeout(connect, Math.min(15000, 500 * Math.pow(2, retry)) + Math.random() * 500);
    };
  }

  function closeSocket() {
    clearTimeout(retryTimer);
    if (socket) { var s = socket; socket = null; try { s.close(); } catch (e) { /* already closed */ } }
  }

  // ------------------------------------------------------------------ rounds
  function renderRounds(rounds) {
    var host = $("rounds"), focused = document.activeElement, focusKey = focused && focused.getAttribute("data-key");
    host.textContent = "";
    rounds.forEach(function (round) { host.appendChild(roundNode(round)); });
    $("waiting").hidden = rounds.length > 0;
    if (focusKey) {
      var again = host.querySelector('[data-key="' + focusKey.replace(/"/g, "") + '"]');
      if (again && !again.disabled) again.focus();
    }
  }

  function roundNode(round) {
    var box = el("article", "round " + round.status);
    box.appendChild(el("h2", "question", round.question));
    if (round.status !== "open") {
      box.appendChild(el("p", "closed-note", round.results ? t("closed") : t("closedWait")));
      if (round.results) box.appendChild(resultsNode(round));
      return box;
    }
    var total = round.dots_per_participant;
    var budget = el("p", "budget");
    budget.setAttribute("aria-live", "polite");
    budget.appendChild(el("strong", "", round.dots_left === 0 ? t("leftNone", { total: total }) :
      plural(round.dots_left, "leftOne", "left", { total: total })));
    budget.appendChild(el("span", "max", " · " + plural(round.max_per_note, "maxNoteOne", "maxNote")));
    box.appendChild(budget);
    box.appendChild(dotsMeter(round.dots_left, total));
    if (round.dots_left === 0) box.appendChild(el("p", "spent", t("spent")));
    var list = el("ul", "cards");
    round.candidates.forEach(function (note) { list.appendChild(cardNode(round, note)); });
    box.appendChild(list);
    return box;
  }

  function dotsMeter(left, total) {
    var meter = el("p", "meter");
    meter.setAttribute("aria-hidden", "true");
    for (var i = 0; i < total; i += 1) meter.appendChild(el("span", i < total - left ? "dot used" : "dot"));
    return meter;
  }

  function cardNode(round, note) {
    var mine = round.my_dots[note.id] || 0;
    var li = el("li", "card" + (mine ? " chosen" : ""));
    li.style.setProperty("--note", safeColor(note.color));
    li.style.setProperty("--ink", inkFor(note.color));
    li.appendChild(el("p", "text", note.text));
    var row = el("div", "controls");
    var minus = button("minus", "−", t("remove", { text: note.text }), round.id + ":" + note.id + ":-");
    minus.disabled = mine === 0 || busy[round.id + note.id];
    minus.addEventListener("click", function () { vote(round, note, -1); });
    var count = el("span", "count", plural(mine, "onNoteOne", "onNote"));
    if (mine === 0) count.textContent = t("onNoteNone");
    var plus = button("plus", "+", t("add", { text: note.text }), round.id + ":" + note.id + ":+");
    plus.disabled = round.dots_left === 0 || mine >= round.max_per_note || busy[round.id + note.id];
    plus.addEventListener("click", function () { vote(round, note, 1); });
    row.appendChild(minus); row.appendChild(count); row.appendChild(plus);
    li.appendChild(row);
    return li;
  }

  function button(cls, label, aria, dataKey) {
    var b = el("button", "step " + cls, label);
    b.type = "button";
    b.setAttribute("aria-label", aria);
    b.setAttribute("data-key", dataKey);
    return b;
  }

  function resultsNode(round) {
    var list = el("ol", "results");
    round.results.forEach(function (row) {
      var li = el("li", "result");
      li.style.setProperty("--note", safeColor(row.color));
      li.style.setProperty("--ink", inkFor(row.color));
      li.appendChild(el("span", "rank", String(row.rank)));
      li.setAttribute("aria-label", t("place", { n: row.rank }) + ": " + row.text + ", " +
        plural(row.dots, "dotsOne", "dots") + (row.tied ? ", " + t("tied") : ""));
      var body = el("span", "result-text", row.text);
      li.appendChild(body);
      li.appendChild(el("span", "result-dots", plural(row.dots, "dotsOne", "dots") + (row.tied ? " · " + t("tied") : "")));
      list.appendChild(li);
    });
    return list;
  }

  function vote(round, note, delta, again) {
    var k = round.id + note.id;
    if (busy[k]) return;
    busy[k] = true;
    api("POST", "/api/rounds/" + encodeURIComponent(round.id) + "/dots", { note_id: note.id, delta: delta })
      .then(function (r) {
        busy[k] = false;
        if (r.status === 200) {
          writes += 1;
          lastState.rounds.forEach(function (shown) {
            if (shown.id === round.id) { shown.dots_left = r.data.dots_left; shown.my_dots = r.data.my_dots; }
          });
          renderRounds(lastState.rounds);
          return;
        }
        if (r.status === 401) {
          if (!again) rejoin().then(function (ok) { if (ok) vote(round, note, delta, true); });
          return;
        }
        // The room's own line as given (it speaks this phone's language); ours only if it sent none.
        if (r.status === 429) say(r.data.error || t("tooFast"));
        else if (r.status === 403) say(r.data.error || t("notVoter"));
        else if (r.status === 409) {
          var mine = round.my_dots[note.id] || 0;
          say(r.data.error || (delta > 0 && round.dots_left === 0 ? t("noneLeft") :
              delta > 0 && mine >= round.max_per_note ? t("maxReached") : t("failed")));
        } else if (r.status !== 0) say(r.data.error || t("failed"));
        refresh();
      });
  }

  // ------------------------------------------------------------------ colors
  function safeColor(color) { return /^#[0-9a-fA-F]{6}$/.test(color) ? color : "#FFFFFF"; }
  function inkFor(color) {
    var c = safeColor(color), rgb = [1, 3, 5].map(function (i) {
      var v = parseInt(c.substr(i, 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    var lum = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    return lum > 0.18 ? "#111111" : "#FFFFFF";
  }

  // ------------------------------------------------------------------ wiring
  $("code-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var typed = $("code-input").value.trim().toUpperCase();
    if (typed) location.href = "/j/" + encodeURIComponent(typed);
  });
  $("filter").addEventListener("input", renderRoster);
  $("as-guest").addEventListener("click", function () {
    var name = $("filter").value.trim();
    if (name) join({ code: code, name: name }, false, name);
  });
  $("not-me").addEventListener("click", function () { leaveSeat(""); });
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible" && seat.token && code) { refresh(); if (!socket) connect(); }
  });
  window.addEventListener("online", function () { if (seat.token && !socket) connect(); });

  // ------------------------------------------------------------------ for the other parts (notes.js)
  var listeners = {};
  function emit(type, data) {
    (listeners[type] || []).forEach(function (fn) {
      try { fn(data); } catch (e) { if (window.console) console.error(e); }
    });
  }
  window.ReslabRoom = {
    lang: LANG, api: api, refresh: refresh, say: say,
    on: function (type, fn) { (listeners[type] = listeners[type] || []).push(fn); },
    state: function () { return lastState; }
  };

  start();
})();

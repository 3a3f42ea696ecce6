"""The phone's "write" page in a real browser (Debian's Chromium through Playwright, 360×740):
two phones writing at once, moderation seen on the phone, offline then online without
duplicates, text kept across a reload, check-in, the timer, hostile text shown as text, "slow
down" when a phone sends too fast; and
against the app's window: notes appearing in its scene, the console's accept/reject (and undo)
reaching the phone, the write page with a large phone font.
``RESLAB_SCREENSHOTS=dir`` also saves the pictures used in the docs."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from reslab_desktop.room import RoomServer
from reslab_desktop.rules.countdown import Countdown
from reslab_desktop.services import boards
from reslab_desktop.services import phone_notes as pn
from reslab_desktop.services.lab import sessions
from reslab_desktop.storage import Store
from tests.room.helpers import NAMES, split_url
from tests.room.notes_app import open_room
from tests.room.notes_helpers import make_notes_workshop

CHROMIUM = "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]
PHONE = {"viewport": {"width": 360, "height": 740}, "device_scale_factor": 2, "is_mobile": True,
         "has_touch": True, "locale": "es-MX"}


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:  # launch() gives the browser a fresh profile of its own
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def phones(browser):
    """Phones, each its own browser context (its own localStorage); errors on a page fail the test."""
    made, errors = [], []

    def new_phone():
        context = browser.new_context(**PHONE)
        page = context.new_page()
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
        page.on("dialog", lambda d: errors.append(f"dialog: {d.message}") or d.dismiss())
        made.append(context)
        return page

    yield new_phone
    for context in made:
        # a route handler still waiting on a fetch would otherwise fire into the next test
        context.unroute_all(behavior="ignoreErrors")
        for page in context.pages:
            page.unroute_all(behavior="ignoreErrors")
        context.close()
    assert not [e for e in errors if "Failed to load resource" not in e and "WebSocket" not in e
                and "ERR_INTERNET_DISCONNECTED" not in e], errors


@pytest.fixture
def nws(tmp_path):
    return make_notes_workshop(tmp_path / "taller.reslab")


@pytest.fixture
def nroom(nws):
    store = Store.open(nws.path)
    server = RoomServer(store, host="127.0.0.1", port=0)
    base, code = split_url(server.start())
    try:
        yield server, base, code
    finally:
        server.stop()
        store.close()


def shot(page, name: str) -> None:
    folder = os.environ.get("RESLAB_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / name), full_page=False)


def enter(page, base, code, name):
    page.goto(f"{base}/j/{code}")
    page.get_by_role("button", name=name).click()
    page.locator("#notes").wait_for()


def file_notes(nws):
    with Store.open(nws.path, read_only=True) as store:
        return boards.load_board(store, nws.board_id).notes, pn.list_phone_notes(store, nws.board_id)


def test_two_phones_write_at_once(phones, nroom, nws):
    server, base, code = nroom
    server.notes.stage.open_board(pn.Intake(nws.board_id, prompt="¿Qué dice Dani?"))
    timer = Countdown(seconds=600)
    timer.start()
    server.notes.stage.set_timer(timer.state)
    ana, beto = phones(), phones()
    enter(ana, base, code, NAMES[0])
    enter(beto, base, code, NAMES[1])
    for page in (ana, beto):
        page.get_by_role("heading", name="¿Qué dice Dani?").wait_for()
        assert re.fullmatch(r"Tiempo: (10:00|9:5\d)", page.get_by_role("timer").inner_text())
    ana.get_by_role("radio", name="Piensa").check()
    ana.get_by_label("Escribe tu nota").fill("Piensa que nadie la escucha")
    assert ana.get_by_text("Quedan 473 caracteres").is_visible()
    beto.get_by_label("Escribe tu nota").fill("Dice «no tengo tiempo»")  # the first zone, Dice, is chosen
    shot(ana, "phone-write.png")
    ana.get_by_role("button", name="Enviar").click()
    beto.get_by_role("button", name="Enviar").click()
    for page in (ana, beto):
        page.locator(".sent-item.placed").wait_for()
        assert page.get_by_label("Escribe tu nota").input_value() == ""
    placed, sent = file_notes(nws)
    assert sorted((n.text, n.zone_id, n.origin) for n in placed) == sorted([
        ("Piensa que nadie la escucha", nws.zones["Piensa"], "phone"),
        ("Dice «no tengo tiempo»", nws.zones["Dice"], "phone")])
    assert len(sent) == 2


def test_moderation_is_reflected_on_the_phone(phones, nroom, nws):
    server, base, code = nroom
    intake = pn.Intake(nws.board_id, zone_id=nws.zones["Siente"], moderate=True)
    server.notes.stage.open_board(intake)
    page = phones()
    enter(page, base, code, NAMES[2])
    assert page.locator(".zones").is_hidden()  # one zone: no chooser
    for text in ("Siente miedo de perder su trabajo", "Siente orgullo de su comunidad", "Se siente sola"):
        page.get_by_label("Escribe tu nota").fill(text)
        page.get_by_role("button", name="Enviar").click()
    page.locator(".sent-item.pending").nth(2).wait_for()
    assert page.get_by_text("Esperando a la facilitadora").count() == 3
    _, sent = file_notes(nws)
    by_text = {r.text: r.id for r in sent}
    with Store.open(nws.path) as app:  # the facilitator decides in the app
        pn.accept(app, [by_text["Siente miedo de perder su trabajo"]], intake)
        pn.accept(app, [by_text["Siente orgullo de su comunidad"]], intake,
                  texts={by_text["Siente orgullo de su comunidad"]: "Orgullo de su comunidad"})
        pn.reject(app, [by_text["Se siente sola"]])
    page.get_by_text("No se usó").wait_for(timeout=15_000)  # live: the room tells this phone
    assert page.get_by_text("En la pizarra (editada)").is_visible()
    assert page.get_by_text("En la pizarra", exact=True).is_visible()
    shot(page, "phone-sent.png")


def test_offline_then_online_sends_once(phones, nroom, nws):
    server, base, code = nroom
    server.notes.stage.open_board(pn.Intake(nws.board_id))
    page = phones()
    enter(page, base, code, NAMES[3])
    page.get_by_label("Escribe tu nota").fill("Escrita antes de recargar")
    page.reload()  # what was being typed survives a reload
    page.locator("#notes").wait_for()
    assert page.get_by_label("Escribe tu nota").input_value() == "Escrita antes de recargar"

    page.context.set_offline(True)
    page.get_by_role("button", name="Enviar").click()
    page.get_by_text("Sin conexión: se enviará sola cuando vuelva la red").wait_for()
    page.get_by_label("Escribe tu nota").fill("Segunda, también sin red")
    page.get_by_role("button", name="Enviar").click()
    page.locator("#sent").scroll_into_view_if_needed()
    shot(page, "phone-offline.png")
    assert file_notes(nws)[1] == []
    page.context.set_offline(False)
    page.evaluate("window.dispatchEvent(new Event('online'))")
    page.locator(".sent-item.placed").nth(1).wait_for(timeout=20_000)
    page.get_by_role("button", name="Reintentar ahora").wait_for(state="hidden")

    # an answer lost on the way back: the phone sends again, the room keeps the note once
    lost = {"n": 0}

    def drop_first_answer(route):
        response = route.fetch()
        if lost["n"] == 0:
            lost["n"] += 1
            route.abort()
        else:
            route.fulfill(response=response)

    page.route("**/api/boards/*/notes", drop_first_answer)
    page.get_by_label("Escribe tu nota").fill("Respuesta perdida")
    page.get_by_role("button", name="Enviar").click()
    page.locator(".sent-item.placed").nth(2).wait_for(timeout=30_000)
    placed, sent = file_notes(nws)
    assert sorted(n.text for n in placed) == ["Escrita antes de recargar", "Respuesta perdida",
                                              "Segunda, también sin red"]
    assert len(sent) == 3


def test_check_in_from_the_phone(phones, nroom, nws):
    server, base, code = nroom
    server.notes.stage.take_attendance(nws.session_id)
    page = phones()
    enter(page, base, code, NAMES[1])
    shot(page, "phone-checkin.png")
    page.get_by_role("button", name="Registrar mi asistencia").click()
    page.get_by_text("Tu asistencia quedó registrada.").wait_for()
    page.reload()
    page.get_by_text("Tu asistencia quedó registrada.").wait_for()
    with Store.open(nws.path, read_only=True) as store:
        (row,) = sessions.check_ins(store, nws.session_id)
    assert (row.participant_id, row.source) == (nws.people[1], "phone")


def test_too_fast_says_slow_down_and_sends_later_once(phones, nroom, nws):
    from reslab_desktop.room.limits import NOTE_BURST

    server, base, code = nroom
    server.notes.stage.open_board(pn.Intake(nws.board_id))
    page = phones()
    enter(page, base, code, NAMES[0])
    for i in range(NOTE_BURST + 1):  # one more than a phone may send at once
        page.get_by_label("Escribe tu nota").fill(f"Idea rápida {i}")
        page.get_by_role("button", name="Enviar").click()
        page.locator(".sent-item").nth(i).wait_for()
    page.get_by_text("Más despacio, por favor").wait_for(timeout=20_000)
    page.locator(".sent-item.placed").nth(NOTE_BURST).wait_for(timeout=30_000)  # sent again, later, by itself
    placed, sent = file_notes(nws)
    assert sorted(n.text for n in placed) == sorted(f"Idea rápida {i}" for i in range(NOTE_BURST + 1))
    assert len(sent) == NOTE_BURST + 1


HOSTILE = [
    '<img src=x onerror="window.pwned=1">',
    "<script>window.pwned=2</script>",
    "abc\u202egnp.exe",
    "a" * 450,
    "🙂👩🏽‍🌾 ¡Ñandú! مرحبا",
]


def test_hostile_text_is_shown_as_text(phones, nroom, nws):
    server, base, code = nroom
    server.notes.stage.open_board(pn.Intake(nws.board_id, zone_id=nws.zones["Dice"], show_board=True))
    page = phones()
    enter(page, base, code, NAMES[0])
    for text in HOSTILE:
        page.get_by_label("Escribe tu nota").fill(text)
        page.get_by_role("button", name="Enviar").click()
        page.wait_for_timeout(50)
    page.locator(".sent-item.placed").nth(len(HOSTILE) - 1).wait_for(timeout=20_000)
    page.get_by_label("Escribe tu nota").fill("y" * 10_000)
    assert page.get_by_role("button", name="Enviar").is_disabled()
    assert page.get_by_text("Te pasaste por 9500 caracteres").is_visible()
    page.get_by_role("button", name="Ver la pizarra").click()
    page.locator(".light-note").nth(len(HOSTILE) - 1).wait_for()
    shot(page, "phone-board-view.png")
    texts = page.locator(".light-text").all_inner_texts()
    assert texts[0] == HOSTILE[0] and texts[1] == HOSTILE[1] and texts[2] == "abcgnp.exe"
    assert page.evaluate("window.pwned === undefined")
    assert page.locator("#notes img, #notes script").count() == 0
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360  # a 450-letter word wraps; nothing runs off the side


def test_english_by_browser_language(browser, nroom, nws):
    server, base, code = nroom
    server.notes.stage.open_board(pn.Intake(nws.board_id))
    context = browser.new_context(**{**PHONE, "locale": "en-US"})
    page = context.new_page()
    page.add_init_script("Object.defineProperty(navigator, 'languages', {get: () => ['en-US', 'en']})")
    try:
        enter(page, base, code, NAMES[2])
        page.get_by_label("Write your note").fill("Says: no time")
        assert page.get_by_text("487 characters left").is_visible()
        page.get_by_role("button", name="Send").click()
        page.get_by_text("On the board").wait_for()
    finally:
        context.close()


# -- against the app: a main window opens the room from its console

@pytest.fixture
def app_room(tmp_path, app_window):
    nws = make_notes_workshop(tmp_path / "taller.reslab")
    window = app_window(nws.path)
    window.open_board(nws.board_id)
    base, code = split_url(open_room(window))
    return window, nws, base, code


def app_scene_texts(window) -> list[str]:
    return sorted(item.record.text for item in window.board_editor.scene.notes.values())


def test_two_phones_write_at_once_and_the_notes_appear_in_the_scene(qtbot, phones, app_room):
    from reslab_desktop.ui.room import phone_notes_hooks

    window, nws, base, code = app_room
    phone_notes_hooks.start_receiving(window, pn.Intake(nws.board_id, zone_id=nws.zones["Dice"],
                                                        prompt="¿Qué dice Dani?"))
    ana, beto = phones(), phones()
    enter(ana, base, code, NAMES[0])
    enter(beto, base, code, NAMES[1])
    ana.get_by_label("Escribe tu nota").fill("Dice que no tiene tiempo 🙂")
    beto.get_by_label("Escribe tu nota").fill("Dice «mañana lo veo»")
    # both sends are in flight together: neither page waits for the other's answer
    ana.get_by_role("button", name="Enviar").click(no_wait_after=True)
    beto.get_by_role("button", name="Enviar").click(no_wait_after=True)
    for page in (ana, beto):
        page.locator(".sent-item.placed").wait_for(timeout=20_000)
    qtbot.waitUntil(lambda: len(app_scene_texts(window)) == 2, timeout=10_000)
    assert app_scene_texts(window) == ["Dice que no tiene tiempo 🙂", "Dice «mañana lo veo»"]
    items = list(window.board_editor.scene.notes.values())
    assert {i.record.origin for i in items} == {"phone"} and {i.record.zone_id for i in items} == {nws.zones["Dice"]}


def test_the_facilitators_accept_and_reject_in_the_console_reach_the_phone(qtbot, phones, app_room):
    from reslab_desktop.ui.room import phone_notes_hooks

    window, nws, base, code = app_room
    phone_notes_hooks.start_receiving(window, pn.Intake(nws.board_id, zone_id=nws.zones["Piensa"], moderate=True))
    from reslab_desktop.ui.room.hooks import set_console_visible

    box = phone_notes_hooks.notes_box(window)
    set_console_visible(window, True)  # the queue is in the console
    page = phones()
    enter(page, base, code, NAMES[2])
    for text in ("Piensa que nadie la escucha", "Piensa en irse"):
        page.get_by_label("Escribe tu nota").fill(text)
        page.get_by_role("button", name="Enviar").click()
    page.locator(".sent-item.pending").nth(1).wait_for()
    qtbot.waitUntil(lambda: box.queue.count() == 2, timeout=10_000)
    assert app_scene_texts(window) == []  # nothing on the board before the facilitator decides
    rows = {box.queue.item(i).text().split("\n")[0]: box.queue.item(i) for i in range(2)}
    rows["Piensa que nadie la escucha"].setSelected(True)
    box.accept_button.click()
    qtbot.waitUntil(lambda: box.queue.count() == 1, timeout=5000)
    box.queue.item(0).setSelected(True)
    box.reject_button.click()
    qtbot.waitUntil(lambda: box.queue.count() == 0, timeout=5000)
    assert app_scene_texts(window) == ["Piensa que nadie la escucha"]
    page.get_by_text("No se usó").wait_for(timeout=15_000)  # the room tells the phone
    assert page.get_by_text("En la pizarra", exact=True).is_visible()

    window.undo_stack.undo()  # undo the rejection: back to waiting, on the phone too
    qtbot.waitUntil(lambda: box.queue.count() == 1, timeout=5000)
    page.get_by_text("No se usó").wait_for(state="hidden", timeout=15_000)
    assert page.get_by_text("Esperando a la facilitadora").count() == 1


def test_the_write_page_with_a_large_phone_font(browser, app_room):
    """A phone set to a large text size (the default font size at 150 %) at 360×740: the page still
    fits the screen's width, the send button is reachable, nothing is cut."""
    from reslab_desktop.ui.room import phone_notes_hooks

    window, nws, base, code = app_room
    phone_notes_hooks.start_receiving(window, pn.Intake(nws.board_id, prompt="¿Qué piensa Dani cuando nadie la ve?",
                                                        show_board=True))
    context = browser.new_context(**PHONE)
    try:
        page = context.new_page()
        # the phone's text size setting: the browser's default font size, 16 px → 24 px
        context.new_cdp_session(page).send("Page.setFontSizes", {"fontSizes": {"standard": 24, "fixed": 20}})
        enter(page, base, code, NAMES[3])
        assert page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)") >= 24
        page.locator("#notes").scroll_into_view_if_needed()
        shot(page, "phone-write-large-font.png")
        page.get_by_label("Escribe tu nota").fill("Piensa que si pide ayuda la van a juzgar, y que sola llega más lejos")
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        send = page.get_by_role("button", name="Enviar")
        send.scroll_into_view_if_needed()
        box = send.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 360
        send.click()
        page.locator(".sent-item.placed").wait_for(timeout=20_000)
        page.locator("#sent").scroll_into_view_if_needed()
        shot(page, "phone-sent-large-font.png")
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        page.get_by_role("button", name="Ver la pizarra").click()  # the board's notes, read-only
        page.locator(".light-note").first.wait_for()
        page.locator(".light-note").first.scroll_into_view_if_needed()
        shot(page, "phone-board-view-large-font.png")
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
    finally:
        context.close()

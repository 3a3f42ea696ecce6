"""The phone pages in a real browser: Debian's Chromium driven by Playwright, 360×740.

Join by picking a name, vote with + and −, see the budget spent, see the ranking after the
reveal, keep the seat across a reload, come back after the server dropped the connection.
``RESLAB_SCREENSHOTS=dir`` also saves the pictures used in the docs.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from reslab_desktop.services import voting as v
from reslab_desktop.storage import Store

CHROMIUM = "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]


@pytest.fixture(scope="module")
def chromium():
    sync_api = pytest.importorskip("playwright.sync_api")
    profile = tempfile.mkdtemp(prefix="reslab-chromium-")
    with sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=ARGS, headless=True,
            viewport={"width": 360, "height": 740}, device_scale_factor=2, is_mobile=True, has_touch=True,
            locale="es-MX",
        )
        context.reslab_playwright = pw  # a test may launch another profile with it
        try:
            yield context
        finally:
            context.close()
            shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(chromium):
    page = chromium.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
    yield page
    forget(page)
    page.close()
    assert not [e for e in errors if "Failed to load resource" not in e and "WebSocket" not in e], errors


def forget(page) -> None:
    if page.url.startswith("http"):
        page.evaluate("localStorage.clear()")


def shot(page, name: str) -> None:
    folder = os.environ.get("RESLAB_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / name), full_page=False)


def test_join_vote_spend_reveal(page, room, workshop):
    server, base, code = room
    page.goto(f"{base}/j/{code}")
    page.get_by_role("heading", name="¿Quién eres?").wait_for()
    shot(page, "phone-join.png")
    page.get_by_role("button", name="Beto Canul").click()
    page.get_by_text("¿Qué retos primero?").wait_for()
    assert page.get_by_text("Te quedan 3 de 3 puntos").is_visible()
    shot(page, "phone-vote.png")

    first = workshop.notes[0]
    plus = page.get_by_role("button", name="Poner un punto en: Reto 0 <b>&amp;</b>")
    plus.click()
    page.get_by_text("Te quedan 2 de 3 puntos").wait_for()
    plus.click()
    page.get_by_text("Te queda 1 de 3 puntos").wait_for()
    assert plus.is_disabled()  # at most 2 on one note
    page.get_by_role("button", name="Poner un punto en: Reto 3 <b>&amp;</b>").click()
    page.get_by_text("Ya usaste todos tus puntos").wait_for()
    assert page.get_by_text("Ya no te quedan puntos (tenías 3)").is_visible()
    assert page.get_by_role("button", name="Poner un punto en: Reto 1 <b>&amp;</b>").is_disabled()
    shot(page, "phone-spent.png")
    page.get_by_role("button", name="Quitar un punto de: Reto 3 <b>&amp;</b>").click()
    page.get_by_text("Te queda 1 de 3 puntos").wait_for()

    page.reload()  # the seat is kept
    page.get_by_text("Te queda 1 de 3 puntos").wait_for()
    assert page.get_by_text("Beto Canul").is_visible()

    with Store.open(workshop.path) as store:
        voter = {x.participant_id: x.id for x in v.get_round(store, workshop.round_id).voters}[workshop.people[1]]
        assert v.get_ballot(store, workshop.round_id, voter) == {(first, 0): 2}
        v.close_round(store, workshop.round_id)
    page.get_by_text("La votación se cerró. Estos son los resultados:").wait_for(timeout=10_000)  # live, no reload
    assert page.locator(".result").count() == len(workshop.notes)
    assert page.locator(".result").first.get_attribute("aria-label").startswith("Lugar 1: Reto 0")
    shot(page, "phone-revealed.png")


def test_participant_text_is_plain_text(page, room, workshop):
    _, base, code = room
    with Store.open(workshop.path) as store:
        from reslab_desktop.services import notes

        notes.set_text(store, workshop.notes[1], '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>')
    room[0].poke()
    page.goto(f"{base}/j/{code}")
    page.get_by_role("button", name="Ana López").click()
    page.get_by_text("<img src=x", exact=False).wait_for()
    assert page.evaluate("window.pwned === undefined")
    assert page.locator(".card img, .card script").count() == 0


def test_english_and_typed_code(chromium, room, workshop):
    _, base, code = room
    context = chromium.browser.new_context(locale="en-US", viewport={"width": 360, "height": 740}) if chromium.browser else None
    page = (context or chromium).new_page()
    page.add_init_script("Object.defineProperty(navigator, 'languages', {get: () => ['en-US', 'en']})")
    try:
        page.goto(f"{base}/")
        page.get_by_label("Room code (on the screen)").fill(code.lower())
        page.get_by_role("button", name="Join").click()
        page.get_by_role("heading", name="Who are you?").wait_for()
        page.get_by_label("Find your name").fill("dani")
        page.get_by_role("button", name="Dani Ruiz").click()
        page.get_by_text("3 of 3 dots left").wait_for()
    finally:
        forget(page)
        page.close()


def test_reconnects_after_the_room_restarts(page, workshop):
    from reslab_desktop.room import RoomServer
    from tests.room.helpers import split_url

    store = Store.open(workshop.path)
    server = RoomServer(store, port=0, code="KEEP")
    base, code = split_url(server.start())
    port = server.port
    try:
        page.goto(f"{base}/j/{code}")
        page.get_by_role("button", name="Carmen Pech").click()
        page.get_by_text("Te quedan 3 de 3 puntos").wait_for()
        server.stop()
        page.locator("#net.bad").wait_for(timeout=10_000)  # says the connection is lost
        server = RoomServer(store, port=port, code="KEEP")  # a new room: the old token is unknown
        server.start()
        page.get_by_role("button", name="Poner un punto en: Reto 2 <b>&amp;</b>").click()
        page.get_by_text("Te quedan 2 de 3 puntos").wait_for(timeout=20_000)  # joined again by itself
    finally:
        server.stop()
        store.close()


PAGE_FILES = ("/j/", "/phone/app.js", "/phone/notes.js", "/phone/app.css")


def test_the_page_weighs_under_60_kb_transferred(page, room):
    _, base, code = room
    sizes: dict[str, tuple[int, str]] = {}

    def seen(response) -> None:
        path = response.url[len(base):]
        if any(path.startswith(p) for p in PAGE_FILES):
            sizes[path] = (len(response.body()), response.headers.get("content-encoding", ""))

    page.on("response", seen)
    page.goto(f"{base}/j/{code}")
    page.get_by_role("heading", name="¿Quién eres?").wait_for()
    body = page.evaluate("""() => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
        .filter(e => /\\/j\\/|\\.js$|\\.css$/.test(e.name)).map(e => [e.name, e.transferSize, e.encodedBodySize])""")
    assert {p.split("?")[0] for p in sizes} >= {f"/j/{code}", *PAGE_FILES[1:]}
    assert all(encoding == "gzip" for _, encoding in sizes.values()), sizes  # compressed once, for every phone
    transferred = sum(size for _, size, _ in body) or sum(encoded for _, _, encoded in body)
    assert 0 < sum(encoded for _, _, encoded in body) <= transferred + 1 and transferred < 60 * 1024


def _large_text_profile(font_px: int) -> Path:
    """A phone whose text-size setting is ``font_px`` (Chromium's default font size; 16 normally)."""
    import json

    profile = Path(tempfile.mkdtemp(prefix="reslab-chromium-large-"))
    (profile / "Default").mkdir()
    (profile / "Default" / "Preferences").write_text(json.dumps({"webkit": {"webprefs": {"default_font_size": font_px}}}))
    return profile


def test_large_text_setting_keeps_every_card_on_the_screen(chromium, room, workshop):
    profile = _large_text_profile(32)  # twice the usual text size
    _, base, code = room
    context = chromium.reslab_playwright.chromium.launch_persistent_context(
        str(profile), executable_path=CHROMIUM, args=ARGS, headless=True, viewport={"width": 360, "height": 740},
        device_scale_factor=2, is_mobile=True, has_touch=True, locale="es-MX")
    fits = "document.documentElement.scrollWidth <= innerWidth && innerWidth === 360"
    try:
        page = context.new_page()
        page.goto(f"{base}/j/{code}")
        page.get_by_role("heading", name="¿Quién eres?").wait_for()
        assert page.evaluate("getComputedStyle(document.documentElement).fontSize") == "32px"
        assert page.evaluate(fits)
        page.get_by_role("button", name="Ana López").click()
        page.get_by_text("Te quedan 3 de 3 puntos").wait_for()
        assert page.evaluate(fits)  # nothing wider than the screen: no sideways scrolling, no zooming out
        plus = page.get_by_role("button", name="Poner un punto en: Reto 0 <b>&amp;</b>")
        plus.scroll_into_view_if_needed()
        shot(page, "phone-vote-large-text.png")
        box = plus.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 360 and box["height"] >= 44
        plus.click()
        page.get_by_text("Te quedan 2 de 3 puntos").wait_for()
        with Store.open(workshop.path) as store:
            v.close_round(store, workshop.round_id)
        page.get_by_text("La votación se cerró. Estos son los resultados:").wait_for(timeout=10_000)
        assert page.evaluate(fits)
        forget(page)
    finally:
        context.close()
        shutil.rmtree(profile, ignore_errors=True)


def test_a_refused_dot_shows_the_rooms_line_as_given(page, room, workshop):
    """The page says what the room answered, in the language its request asked for: the same
    person spent their dots on another device the page has not heard of (no live updates)."""
    from tests.room.helpers import call

    _, base, code = room
    page.route_web_socket("**/api/live*", lambda ws: None)  # a socket that never says anything
    page.goto(f"{base}/j/{code}")
    page.get_by_role("button", name="Carmen Pech").click()
    page.get_by_text("Te quedan 3 de 3 puntos").wait_for()
    token = page.evaluate("JSON.parse(localStorage.getItem('reslab.room')).token")
    notes, rid = workshop.notes, workshop.round_id
    for note in (notes[0], notes[0], notes[1]):
        assert call(base, "POST", f"/api/rounds/{rid}/dots", {"note_id": note, "delta": 1}, token=token).status == 200
    alert = page.get_by_role("alert")
    page.get_by_role("button", name="Poner un punto en: Reto 2 <b>&amp;</b>").click()
    alert.filter(has_text="No te quedan puntos").wait_for()
    assert alert.inner_text() == "No te quedan puntos"  # the server's Spanish line, as given
    page.get_by_text("Ya no te quedan puntos (tenías 3)").wait_for()  # the page then asked again

    page.set_extra_http_headers({"Accept-Language": "en-US,en;q=0.9"})  # a browser asking for English
    for _ in range(2):
        assert call(base, "POST", f"/api/rounds/{rid}/dots", {"note_id": notes[0], "delta": -1}, token=token).status == 200
    page.get_by_role("button", name="Quitar un punto de: Reto 0 <b>&amp;</b>").click()
    alert.filter(has_text="you have no dot on that note to take back").wait_for()
    assert alert.inner_text() == "you have no dot on that note to take back"

"""Screenshots of the phone pages in Chromium at 360×740 (Spanish), from a copy of the demo.

    .venv/bin/reslab demo /tmp/demo.reslab --no-gui && .venv/bin/python docs/screenshots/make_phone_screenshots.py /tmp/demo.reslab

Writes phone-join.png, phone-vote.png, phone-spent.png and phone-revealed.png, and
phone-vote-large-text.png (the phone's text size doubled: Chromium's default font at 32 px).
"""
import json
import shutil
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from reslab_desktop.room import RoomServer
from reslab_desktop.services import voting as v
from reslab_desktop.storage import Store

OUT = Path(__file__).resolve().parent
d = Path(tempfile.mkdtemp())
f = d / "demo.reslab"
shutil.copy(sys.argv[1], f)
store = Store.open(f)
# the demo's open round: clear María's dots so her page starts fresh
rid = "vr-ideas-prototipo"
rnd = v.get_round(store, rid)
for voter in rnd.voters:
    if voter.label == "María Fernanda Cetina":  # the others' dots stay: the reveal shows the room's ranking
        v.clear_ballot(store, rid, voter.id)
server = RoomServer(store, port=0, guests=True)
url = server.start()
with sync_playwright() as pw:
    large = Path(tempfile.mkdtemp())
    (large / "Default").mkdir()
    (large / "Default" / "Preferences").write_text(json.dumps({"webkit": {"webprefs": {"default_font_size": 32}}}))
    ctx = pw.chromium.launch_persistent_context(str(large), executable_path="/usr/bin/chromium",
        args=["--no-sandbox", "--disable-gpu"], headless=True, viewport={"width": 360, "height": 740},
        device_scale_factor=2, is_mobile=True, has_touch=True, locale="es-MX")
    page = ctx.new_page()
    page.goto(url)
    page.get_by_role("heading", name="¿Quién eres?").wait_for()
    page.get_by_label("Busca tu nombre").fill("ma")
    page.get_by_role("button", name="María Fernanda Cetina").click()
    page.locator(".card").first.wait_for()
    page.evaluate("window.scrollBy(0, document.querySelector('.card').getBoundingClientRect().bottom - innerHeight + 24)")
    page.screenshot(path=str(OUT / "phone-vote-large-text.png"))
    ctx.close()
    ctx = pw.chromium.launch_persistent_context(tempfile.mkdtemp(), executable_path="/usr/bin/chromium",
        args=["--no-sandbox", "--disable-gpu"], headless=True, viewport={"width": 360, "height": 740},
        device_scale_factor=2, is_mobile=True, has_touch=True, locale="es-MX")
    page = ctx.new_page()
    page.goto(url)
    page.get_by_role("heading", name="¿Quién eres?").wait_for()
    page.get_by_label("Busca tu nombre").fill("ma")
    page.screenshot(path=str(OUT / "phone-join.png"))
    page.get_by_role("button", name="María Fernanda Cetina").click()
    page.get_by_text("¿Qué idea prototipamos primero?").wait_for()
    plus = page.locator(".step.plus")
    plus.nth(1).click()
    page.get_by_text("Te quedan 2 de 3").wait_for()
    page.evaluate("window.scrollTo(0,0)")
    page.screenshot(path=str(OUT / "phone-vote.png"))
    plus.nth(0).click()
    page.get_by_text("Te queda 1 de 3").wait_for()
    plus.nth(3).click()
    page.get_by_text("Ya usaste todos tus puntos").wait_for()
    page.evaluate("document.activeElement.blur(); window.scrollTo(0,0)")
    page.screenshot(path=str(OUT / "phone-spent.png"))
    v.close_round(store, rid)
    page.get_by_text("La votación se cerró").wait_for(timeout=10000)
    page.evaluate("window.scrollTo(0,0)")
    page.screenshot(path=str(OUT / "phone-revealed.png"))
    ctx.close()
server.stop()
store.close()

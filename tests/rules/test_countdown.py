"""The timer's one model: what the console shows and what phones are told come from it."""

from reslab_desktop.rules.countdown import Countdown, phone_timer


def test_phases_and_remaining_follow_the_clock() -> None:
    now = [0.0]
    c = Countdown(clock=lambda: now[0], seconds=120)
    assert phone_timer(c.state, now[0]) == {"state": "idle", "remaining_s": 120}
    c.start()
    now[0] = 30.4
    assert phone_timer(c.state, now[0]) == {"state": "running", "remaining_s": 90}
    c.pause()
    now[0] = 500
    assert phone_timer(c.state, now[0]) == {"state": "paused", "remaining_s": 90}
    c.start()
    now[0] = 589.5
    assert phone_timer(c.state, now[0]) == {"state": "running", "remaining_s": 1}
    state = c.state  # a picture kept by the server: it ends by itself, without a push
    assert phone_timer(state, 600.0) == {"state": "ended", "remaining_s": 0}
    now[0] = 600
    assert c.poll() and not c.poll()  # once
    assert phone_timer(c.state, now[0]) == {"state": "ended", "remaining_s": 0}
    c.add_minute()  # more time after the end waits for Start
    assert phone_timer(c.state, now[0]) == {"state": "paused", "remaining_s": 60}
    c.reset()
    assert phone_timer(c.state, now[0])["state"] == "idle"

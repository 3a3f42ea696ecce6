"""What the console warns about when phones cannot reach the room (the Qt-free rules)."""

from __future__ import annotations

from reslab_desktop.room.reach import NOBODY_CAME_S, Reach, phones_elsewhere, reach


def test_no_network_comes_first():
    assert reach("127.0.0.1", has_network=False, waited_s=0, phones_reached=0) is Reach.NO_NETWORK


def test_loopback_and_public_addresses_are_named_at_once():
    assert reach("127.0.0.1", has_network=True, waited_s=0, phones_reached=0) is Reach.LOOPBACK
    assert reach("8.8.4.4", has_network=True, waited_s=0, phones_reached=0) is Reach.NOT_LOCAL
    assert reach("0.0.0.0", has_network=True, waited_s=0, phones_reached=0) is Reach.OK  # every network, asked for


def test_nobody_came_only_after_the_wait_and_only_if_nobody_came():
    wifi = "192.168.8.20"
    assert reach(wifi, has_network=True, waited_s=NOBODY_CAME_S - 1, phones_reached=0) is Reach.OK
    assert reach(wifi, has_network=True, waited_s=NOBODY_CAME_S, phones_reached=0) is Reach.NOBODY_CAME
    assert reach(wifi, has_network=True, waited_s=NOBODY_CAME_S * 10, phones_reached=1) is Reach.OK
    assert NOBODY_CAME_S == 90


def test_this_laptops_own_browser_is_not_a_phone():
    remotes = {"127.0.0.1", "::1", "192.168.8.20", "192.168.8.31", "not an address"}
    assert phones_elsewhere(remotes, own={"192.168.8.20"}) == 1
    assert phones_elsewhere({"127.0.0.1"}, own=set()) == 0

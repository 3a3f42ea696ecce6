"""Totals of pledged and needed resources, and the gaps between them (pure, Qt-free).

Amounts are only added within the same kind *and* unit: hours are not turned into days and
pesos are not converted to dollars (the lab decides such rates, the program does not guess).
A gap is ``need − pledged`` for one initiative, kind and unit, counting every pledge
(confirmed or not); ``confirmed`` is reported beside it so the room sees what is still a promise.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from reslab_desktop.model.lab_vocab import RESOURCE_KINDS, name
from reslab_desktop.rules.formatting import format_money, format_number

Key = tuple[str, str]  # (kind, unit)


@dataclass(frozen=True)
class Amount:
    """One resource line for the rules: whose, for which initiative, how much of what."""

    initiative_id: str
    kind: str
    quantity: float
    unit: str
    confirmed: bool = True
    organization_id: str | None = None


@dataclass(frozen=True)
class Balance:
    initiative_id: str
    kind: str
    unit: str
    needed: float
    pledged: float
    confirmed: float

    @property
    def gap(self) -> float:
        """What is still missing (0 when the pledges cover the need)."""
        return max(0.0, self.needed - self.pledged)


def amount_text(kind: str, quantity: float, unit: str, language: str = "es") -> str:
    """"$350,000.00 MXN", "40 horas", "3 días-persona": how an amount is shown and printed."""
    if kind == "funding":
        return format_money(quantity, unit, language)
    decimals = 0 if float(quantity).is_integer() else 1
    return f"{format_number(quantity, decimals, language)} {name(unit, language)}"


def _order(key: Key) -> tuple[int, str]:
    return (RESOURCE_KINDS.index(key[0]) if key[0] in RESOURCE_KINDS else len(RESOURCE_KINDS), key[1])


def totals(items: Iterable[Amount]) -> dict[Key, float]:
    """Sum per (kind, unit), in the order expertise, time, funding."""
    sums: dict[Key, float] = defaultdict(float)
    for item in items:
        sums[(item.kind, item.unit)] += item.quantity
    return {k: sums[k] for k in sorted(sums, key=_order)}


def totals_by(items: Iterable[Amount], attribute: str) -> dict[str, dict[Key, float]]:
    """Sum per (kind, unit) for each value of ``attribute`` ("initiative_id" or "organization_id")."""
    groups: dict[str, list[Amount]] = defaultdict(list)
    for item in items:
        groups[str(getattr(item, attribute))].append(item)
    return {k: totals(v) for k, v in groups.items()}


def balances(needs: Iterable[Amount], pledges: Iterable[Amount]) -> list[Balance]:
    """Need vs pledged per initiative, kind and unit, for every line that has either."""
    needed: dict[tuple[str, str, str], float] = defaultdict(float)
    pledged: dict[tuple[str, str, str], float] = defaultdict(float)
    confirmed: dict[tuple[str, str, str], float] = defaultdict(float)
    order: list[tuple[str, str, str]] = []
    for n in needs:
        key = (n.initiative_id, n.kind, n.unit)
        if key not in needed and key not in order:
            order.append(key)
        needed[key] += n.quantity
    for p in pledges:
        key = (p.initiative_id, p.kind, p.unit)
        if key not in order:
            order.append(key)
        pledged[key] += p.quantity
        if p.confirmed:
            confirmed[key] += p.quantity
    initiatives = list(dict.fromkeys(k[0] for k in order))
    order.sort(key=lambda k: (initiatives.index(k[0]), _order((k[1], k[2]))))
    return [Balance(i, kind, unit, needed[(i, kind, unit)], pledged[(i, kind, unit)],
                    confirmed[(i, kind, unit)]) for i, kind, unit in order]

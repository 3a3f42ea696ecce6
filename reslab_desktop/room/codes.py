"""Join codes and device tokens.

A join code is read aloud and typed on phones: 4–6 characters from an alphabet without the
look-alikes (0/O/D/Q, 1/I/L, 2/Z, 5/S, 8/B, U/V). A token is a random secret kept by one phone;
the server keeps only its SHA-256 hash.
"""

from __future__ import annotations

import hashlib
import secrets

CODE_ALPHABET = "ACEFGHJKMNPRTWXY34679"
CODE_MIN, CODE_MAX = 4, 6
DEFAULT_CODE_LENGTH = 5  # 21^5 ≈ 4 million codes; failed joins are rate-limited


def new_code(length: int = DEFAULT_CODE_LENGTH) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def check_code(code: str) -> str:
    """``code`` if it is a valid join code (for ``--code``), else ``ValueError`` in one line."""
    if not CODE_MIN <= len(code) <= CODE_MAX:
        raise ValueError(f"a join code has {CODE_MIN} to {CODE_MAX} characters (got {len(code)})")
    wrong = sorted({c for c in code if c not in CODE_ALPHABET})
    if wrong:
        raise ValueError(
            f"a join code uses only {CODE_ALPHABET} (no look-alikes such as 0/O, 1/I); "
            f"not {''.join(wrong)!r}"
        )
    return code


def same_code(given: object, code: str) -> bool:
    """Constant-time comparison (typed codes are upper-cased: phones' keyboards start lower)."""
    if not isinstance(given, str) or len(given) > CODE_MAX * 2:
        return False
    return secrets.compare_digest(given.strip().upper().encode(), code.encode())


def new_token() -> str:
    return secrets.token_urlsafe(24)


def token_hash(token: str) -> bytes:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).digest()

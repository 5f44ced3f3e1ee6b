"""Control characters: removed from what the build writes, and shown as escapes in what is printed.

A terminal obeys control characters: ESC starts sequences that clear the screen, retitle the
window or rewrite what was printed, and C1 characters such as U+009B (CSI) do the same on some
terminals. A bundle is untrusted, so anything printed from one goes through ``visible`` first.
"""

from __future__ import annotations

import re

CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""C0 control characters but tab and newline, DEL, and the C1 control characters."""

_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")
_UNSAFE_KEEPING_NEWLINES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_NAMED = {"\n": "\\n", "\r": "\\r"}


def strip_controls(text: str) -> str:
    """Remove control characters (C0 but tab and newline, DEL, C1) from a text."""
    return CONTROLS.sub("", text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return _NAMED.get(char) or (f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")


def visible(text: str, keep_newlines: bool = False) -> str:
    """Return text safe to print: control characters, U+2028 and U+2029 shown as escapes (ESC as
    ``\\x1b``, a newline as ``\\n`` unless ``keep_newlines``); a tab is kept."""
    return (_UNSAFE_KEEPING_NEWLINES if keep_newlines else _UNSAFE).sub(_escape, text)


_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029]")


def visible_json(dumped: str) -> str:
    """Escape, in JSON text, what ``json.dumps(ensure_ascii=False)`` leaves raw: DEL, C1, U+2028, U+2029.

    Outside its strings JSON text is ASCII, so this changes only string contents, and keeps their values.
    """
    return _JSON_UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", dumped)

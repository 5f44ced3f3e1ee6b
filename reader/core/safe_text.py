"""Control characters: removed from what the build writes, and shown as escapes in what is printed.

A terminal obeys control characters: ESC starts sequences that clear the screen, retitle the
window or rewrite what was printed, and C1 characters such as U+009B (CSI) do the same on some
terminals. A bundle is untrusted, so anything printed from one goes through ``visible`` first.
"""

from __future__ import annotations

CONTROL_CHARACTERS = frozenset([*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)])
"""C0 control characters but tab and newline, DEL, and the C1 control characters (code points)."""
LINE_SEPARATORS = (0x2028, 0x2029)

# Translation tables, not regular expressions: compiling those classes of C1 characters took
# 2.3 ms at every start (python -X importtime), and every error message goes through here.
_REMOVE = dict.fromkeys(CONTROL_CHARACTERS)
_NAMED = {0x0A: "\\n", 0x0D: "\\r"}


def _escape(code: int) -> str:
    return _NAMED.get(code) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


_VISIBLE_KEEPING_NEWLINES = {code: _escape(code) for code in (*CONTROL_CHARACTERS, *LINE_SEPARATORS)}
_VISIBLE = {**_VISIBLE_KEEPING_NEWLINES, 0x0A: _escape(0x0A)}
_JSON_VISIBLE = {code: f"\\u{code:04x}" for code in (*range(0x7F, 0xA0), *LINE_SEPARATORS)}


def has_controls(text: str) -> bool:
    """Whether a text holds a control character (C0 but tab and newline, DEL, C1)."""
    return not CONTROL_CHARACTERS.isdisjoint(map(ord, text))


def strip_controls(text: str) -> str:
    """Remove control characters (C0 but tab and newline, DEL, C1) from a text."""
    return text.translate(_REMOVE)


def visible(text: str, keep_newlines: bool = False) -> str:
    """Return text safe to print: control characters, U+2028 and U+2029 shown as escapes (ESC as
    ``\\x1b``, a newline as ``\\n`` unless ``keep_newlines``); a tab is kept."""
    return text.translate(_VISIBLE_KEEPING_NEWLINES if keep_newlines else _VISIBLE)


def visible_json(dumped: str) -> str:
    """Escape, in JSON text, what ``json.dumps(ensure_ascii=False)`` leaves raw: DEL, C1, U+2028, U+2029.

    Outside its strings JSON text is ASCII, so this changes only string contents, and keeps their values.
    """
    return dumped.translate(_JSON_VISIBLE)

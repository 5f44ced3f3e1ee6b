"""Make a bundle's HTML and stylesheet safe to show: a bundle is untrusted input.

The HTML keeps only what the builder writes and Qt's rich text shows (an allow-list of tags,
attributes and link schemes, by nh3, the bindings of the Rust sanitiser ammonia): no image, no
style sheet, no resource of any kind, so nothing outside the bundle is ever asked for. The
stylesheet loses every ``url(...)`` and ``@import``. The window, printing and every export read
sections through the bundle, which applies both when it hands them out.
"""

from __future__ import annotations

import functools
import re

import nh3

from reader.core.policy import LINK_SCHEMES

TAGS = frozenset(
    {
        *(f"h{level}" for level in range(1, 7)),
        *("p", "br", "hr", "blockquote", "pre", "code", "ul", "ol", "li", "dl", "dt", "dd"),
        *("strong", "em", "b", "i", "u", "s", "del", "ins", "small", "sub", "sup", "span", "a"),
        *("table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption"),
    }
)
ATTRIBUTES = {
    **{f"h{level}": {"id"} for level in range(1, 7)},
    "a": {"href", "id"},
    "ol": {"start"},
    "table": {"border", "cellspacing", "cellpadding", "width"},
    "th": {"style", "colspan", "rowspan"},
    "td": {"style", "colspan", "rowspan"},
}
STYLE_PROPERTIES = frozenset({"text-align"})  # markdown-it's column alignment
MAX_STYLESHEET_CHARACTERS = 64 * 1024

VOID_TAGS = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "col", "area", "base", "source", "embed"})
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>")

# Anything in a stylesheet that could make Qt's CSS engine or a browser (opening an HTML export)
# ask for a resource: @import, url(), image-set(), expression(); backslash escapes (with which
# "url" can be spelt without its letters); and "<", with which "</style>" could end the style
# element of an HTML export and start markup. Removed until nothing is left to remove, so that
# taking one piece out cannot join its neighbours into another.
_CSS_RESOURCE = re.compile(
    r"@import[^;]*;?|@namespace[^;]*;?|@font-face"
    r"|(?:\burl|(?:-webkit-)?image-set|expression)\s*\([^)]*\)?"
    r"|[\\<]",
    re.IGNORECASE,
)


@functools.cache
def _cleaner() -> nh3.Cleaner:
    return nh3.Cleaner(
        tags=set(TAGS),
        attributes={tag: set(names) for tag, names in ATTRIBUTES.items()},
        url_schemes=set(LINK_SCHEMES),
        link_rel=None,
        filter_style_properties=set(STYLE_PROPERTIES),
        strip_comments=True,
    )


def clean_html(html: str) -> str:
    """Return a bundle's HTML fragment with only allowed tags, attributes and link schemes."""
    return _cleaner().clean(html)


def nesting_depth(html: str) -> int:
    """How deep the tags of an HTML fragment can nest once an HTML parser has read it.

    Counted as a browser's parser builds its tree, erring on the deep side: "<ul/>" opens a list
    (HTML ignores the slash on a tag that is not void), an end tag closes the elements up to its
    own open one and is ignored when none is open, and a tag left open nests what follows.
    """
    stack: list[str] = []
    deepest = 0
    for closing, name, _slash in _TAG.findall(html):
        name = name.lower()
        if closing:
            if name in stack:
                del stack[len(stack) - 1 - stack[::-1].index(name) :]
        elif name not in VOID_TAGS:
            stack.append(name)
            deepest = max(deepest, len(stack))
    return deepest


def clean_stylesheet(css: str) -> str:
    """Return a bundle's stylesheet with nothing that could load a resource or end a style
    element, cut to a sane size."""
    cleaned = css[:MAX_STYLESHEET_CHARACTERS]
    while True:
        shorter = _CSS_RESOURCE.sub("", cleaned)
        if shorter == cleaned:
            return cleaned
        cleaned = shorter

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

# Anything that could make Qt's CSS engine ask for a resource: url(...), @import, and backslash
# escapes (with which "url" can be spelt without the letters).
_CSS_RESOURCE = re.compile(r"@import[^;]*;?|url\s*\([^)]*\)?|\\", re.IGNORECASE)


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
    """How deep the tags of an HTML fragment nest (a tag left open counts as nesting on)."""
    depth = deepest = 0
    for closing, name, self_closing in _TAG.findall(html):
        if closing:
            depth = max(0, depth - 1)
        elif not self_closing and name.lower() not in VOID_TAGS:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def clean_stylesheet(css: str) -> str:
    """Return a bundle's stylesheet with nothing that could load a resource, cut to a sane size."""
    return _CSS_RESOURCE.sub("", css[:MAX_STYLESHEET_CHARACTERS])

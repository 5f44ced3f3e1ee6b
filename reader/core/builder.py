"""Turn article sources (CommonMark with YAML front matter) into sections with HTML and text.

This is the only module that needs markdown-it-py; the reader at run time reads a built bundle.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from reader.core.bundle_writer import write_bundle
from reader.core.controls import CONTROLS_REMOVED, ControlFilter
from reader.core.errors import SourceError
from reader.core.front_matter import check_corrections, read_front_matter
from reader.core.limits import (
    MAX_ARTICLE_ID_CHARACTERS,
    MAX_GROUP_TERMS,
    MAX_NESTING,
    MAX_SECTION_BYTES,
    MAX_SLUG_CHARACTERS,
    MAX_SYNONYM_TERMS,
    MAX_TITLE_CHARACTERS,
)
from reader.core.links import Link, resolve_links, section_target
from reader.core.model import ArticleInfo, Section, is_article_id, section_id
from reader.core.policy import LINK_SCHEMES
from reader.core.sanitize import nesting_depth
from reader.core.search.languages import split_language
from reader.core.sources import read_source, source_files
from reader.core.text import words

# Qt's rich-text engine ignores CSS borders on tables; these attributes draw the grid.
TABLE_ATTRS = {"border": "1", "cellspacing": "0", "cellpadding": "6", "width": "100%"}

TOO_DEEP = "quotes and lists nested too deeply"

_ENUMERATION = re.compile(r"^\s*\d+[.)]\s+")
_NON_WORD = re.compile(r"[^a-z0-9]+")


@dataclass
class ParsedArticle:
    """One article source, parsed: its metadata, sections and the internal links it makes."""

    path: Path
    info: ArticleInfo
    sections: list[Section]
    section_lines: dict[str, int]
    """The line where each section starts, by its full id."""
    links: list[Link] = field(default_factory=list)


@dataclass
class BuildResult:
    """Everything a bundle is written from, and the warnings the build met on the way."""

    articles: list[ParsedArticle]
    warnings: list[str] = field(default_factory=list)


def slugify(title: str, position: int = 1) -> str:
    """Return the stable id of a heading: lower-case ASCII words joined by '-', no leading number;
    for a heading with no Latin letter or digit (Arabic, say), ``section-POSITION`` (its place
    among the article's headings, from 1), so that such headings never share an id.

    >>> slugify("2. Anxiolytic Properties")
    'anxiolytic-properties'
    >>> slugify("الحمى", 3)
    'section-3'
    """
    return _slug(_ENUMERATION.sub("", title), MAX_SLUG_CHARACTERS) or f"section-{position}"


def _slug(text: str, limit: int) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_WORD.sub("-", text.lower()).strip("-")
    if len(slug) > limit:
        cut = slug[: limit + 1]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else slug[:limit]
    return slug.strip("-")


def default_article_id(path: Path) -> str:
    """Return the id of an article whose front matter gives none: its file name without ``.md``,
    made a slug if it is not one (``Snake Bite.md`` is ``snake-bite``)."""
    stem = path.name[: -len(".md")] if path.name.endswith(".md") else path.stem
    if is_article_id(stem):
        return stem
    slug = _slug(stem, MAX_ARTICLE_ID_CHARACTERS)
    if not slug:
        message = "the file name makes no article id: rename the file or give the front matter an 'id'"
        raise SourceError(path, message, 1)
    return slug


def _markdown() -> MarkdownIt:
    """Return a CommonMark parser with pipe tables and front matter, and raw HTML off."""
    return MarkdownIt("commonmark", {"html": False}).enable("table").use(front_matter_plugin)


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return "".join(parts).strip()


class _SectionBuilder:
    """Cuts one parsed source into sections and renders each to HTML and plain text."""

    def __init__(self, path: Path, md: MarkdownIt, warnings: list[str], article_id: str) -> None:
        self.path = path
        self.md = md
        self.warnings = warnings
        self.article_id = article_id
        self.links: list[Link] = []

    def _warn(self, line: int, message: str) -> None:
        self.warnings.append(f"{self.path}:{line}: warning: {message}")

    def sanitize_inline(self, token: Token, line: int, section: int) -> None:
        """Keep only section links (written to their full ids) and http(s)/mailto links; show
        images as their alt text."""
        children: list[Token] = []
        dropped: list[bool] = []
        for child in token.children or []:
            if child.type == "image":
                self._warn(line, "images are not shown offline; kept its alt text")
                children.append(Token("text", "", 0, content=child.content))
                continue
            if child.type == "link_open":
                href = str(child.attrGet("href") or "")
                target = section_target(href, self.article_id)
                if target is not None:
                    child.attrSet("href", f"#{target[0]}")
                    self.links.append(Link(href, target[0], target[1], line, section))
                elif not href.lower().startswith(tuple(f"{scheme}:" for scheme in LINK_SCHEMES)):
                    self._warn(line, f"link to {href!r} dropped (only #id, article#id, http(s) and mailto)")
                    dropped.append(True)
                    continue
                dropped.append(False)
            elif child.type == "link_close" and dropped.pop():
                continue
            children.append(child)
        token.children = children

    def sections(self, tokens: list[Token]) -> Iterator[tuple[Token, list[Token]]]:
        """Yield each heading's inline token with the block tokens of its section."""
        start = 1 if tokens and tokens[0].type == "front_matter" else 0
        heading: Token | None = None
        body: list[Token] = []
        for token in tokens[start:]:
            if token.type == "heading_open":
                if heading is not None:
                    yield heading, body
                heading, body = token, [token]
            elif heading is None:
                line = token.map[0] + 1 if token.map else 1
                raise SourceError(self.path, "text before the title: the file must start with '# Title'", line)
            else:
                body.append(token)
        if heading is not None:
            yield heading, body

    def text_of(self, body: list[Token]) -> str:
        """Return the plain text of a section body: a line per block, a row per table row."""
        lines: list[str] = []
        row: list[str] | None = None
        markers: list[str] = []
        counters: list[int] = []
        pending_marker = ""
        for token in body:
            if token.type == "tr_open":
                row = []
            elif token.type == "tr_close" and row is not None:
                lines.append(" | ".join(row))
                row = None
            elif token.type == "bullet_list_open":
                markers.append("-")
                counters.append(0)
            elif token.type == "ordered_list_open":
                markers.append(".")
                counters.append(int(token.attrGet("start") or 1) - 1)
            elif token.type in ("bullet_list_close", "ordered_list_close"):
                markers.pop()
                counters.pop()
            elif token.type == "list_item_open":
                counters[-1] += 1
                pending_marker = "- " if markers[-1] == "-" else f"{counters[-1]}. "
            elif token.type in ("inline", "code_block", "fence"):
                text = token.content.strip() if token.type != "inline" else _inline_text(token)
                if row is not None:
                    row.append(text)
                elif text:
                    lines.append(pending_marker + text)
                    pending_marker = ""
        return "\n".join(lines)

    def build(self, tokens: list[Token], info_title: str) -> tuple[list[Section], dict[str, int]]:
        """Return the sections of the source, in order, and the line where each starts."""
        sections: list[Section] = []
        lines: dict[str, int] = {}
        stack: list[tuple[int, str]] = []
        for order, (heading, body) in enumerate(self.sections(tokens)):
            line = heading.map[0] + 1 if heading.map else 1
            level = int(heading.tag[1])
            inline = body[1]
            for token in body:
                if token.type == "inline":
                    self.sanitize_inline(token, token.map[0] + 1 if token.map else line, order)
            title = _inline_text(inline)
            if not title:
                raise SourceError(self.path, "empty heading", line)
            if len(title) > MAX_TITLE_CHARACTERS:
                message = f"heading is {len(title)} characters; the limit is {MAX_TITLE_CHARACTERS}: shorten it"
                raise SourceError(self.path, message, line)
            if order == 0 and level != 1:
                raise SourceError(self.path, "no title: the first heading must be '# Title'", line)
            if order > 0 and level == 1:
                raise SourceError(self.path, "two titles: only one '# ' heading per article", line)
            slug = slugify(title, order + 1)
            full_id = section_id(self.article_id, slug)
            if full_id in lines:
                raise SourceError(
                    self.path,
                    f"duplicate section id {slug!r} (also line {lines[full_id]}); rename a heading",
                    line,
                )
            if order == 0 and title != info_title:
                raise SourceError(self.path, f"the '# ' title differs from the front matter title {info_title!r}", line)
            while stack and stack[-1][0] >= level:
                stack.pop()
            heading.attrSet("id", full_id)
            for token in body:
                if token.type == "table_open":
                    for key, value in TABLE_ATTRS.items():
                        token.attrSet(key, value)
            html = self.md.renderer.render(body, self.md.options, {}).strip()
            text = self.text_of(body[3:])
            size = max(len(html.encode()), len(text.encode()))
            if size > MAX_SECTION_BYTES:
                kib, limit = -(-size // 1024), MAX_SECTION_BYTES // 1024
                message = f"section {slug!r} is {kib} KiB; the limit is {limit} KiB: split it with more headings"
                raise SourceError(self.path, message, line)
            depth = nesting_depth(html)
            if depth > MAX_NESTING:
                message = f"section {slug!r} nests its tags {depth} deep; the limit is {MAX_NESTING}"
                raise SourceError(self.path, f"{message}: flatten its quotes, lists or emphasis", line)
            sections.append(
                Section(
                    id=full_id,
                    article_id=self.article_id,
                    parent_id=stack[-1][1] if stack else None,
                    level=level,
                    order=order,
                    title=title,
                    html=html,
                    text=text,
                )
            )
            lines[full_id] = line
            stack.append((level, full_id))
        if not sections:
            raise SourceError(self.path, "no title: the article has no '# Title' heading", 1)
        return sections, lines


def _check_nesting(path: Path, tokens: list[Token], limit: int) -> None:
    """Refuse quotes and lists nested so deep that markdown-it would silently drop what is inside."""
    for token in tokens:
        if token.type in ("blockquote_open", "list_item_open") and token.level + 1 >= limit:
            line = token.map[0] + 1 if token.map else 1
            raise SourceError(path, f"{TOO_DEEP}: flatten them (the parser drops what is deeper)", line)


def parse_article(path: Path, warnings: list[str] | None = None) -> ParsedArticle:
    """Parse one source file into its metadata and sections; raise SourceError on bad input.

    Control characters (but tab and newline) are removed, with a warning for each line that had any.
    """
    warnings = warnings if warnings is not None else []
    controls = ControlFilter()
    text = controls.source(read_source(path))
    md = _markdown()
    tokens = md.parse(text)
    front = controls.front_matter(read_front_matter(path, tokens))
    _check_nesting(path, tokens, md.options["maxNesting"])
    controls.tokens(tokens, text)
    article_id = front.article_id or default_article_id(path)
    builder = _SectionBuilder(path, md, warnings, article_id)
    sections, section_lines = builder.build(tokens, front.meta["title"])
    check_corrections(path, front, sections)
    warnings += [f"{path}:{line}: warning: {CONTROLS_REMOVED}" for line in sorted(controls.lines)]
    info = ArticleInfo(id=article_id, corrections=front.corrections, **front.meta)
    return ParsedArticle(path, info, sections, section_lines, builder.links)


def parse_sources(source_dir: Path) -> BuildResult:
    """Parse every ``*.md`` in a folder; check that article ids are unique and that every section
    link finds its section (see reader.core.links)."""
    result = BuildResult(articles=[])
    seen: dict[str, Path] = {}
    for path in source_files(source_dir, result.warnings):
        article = parse_article(path, result.warnings)
        other = seen.get(article.info.id)
        if other is not None:
            message = f"duplicate article id {article.info.id!r} (also {other.name}): give one an 'id' of its own"
            raise SourceError(path, message, _id_line(path))
        seen[article.info.id] = path
        result.articles.append(article)
    resolve_links([(article.path, article.links, article.sections) for article in result.articles])
    return result


def _id_line(path: Path) -> int:
    """The line of a source's front matter ``id``, or 1 when its id is its file name."""
    lines = read_source(path).splitlines()[1:]
    return next((number for number, text in enumerate(lines, start=2) if text.startswith("id:")), 1)


def read_synonyms(path: Path) -> list[list[str]]:
    """Read a synonyms file: one comma-separated group a line, '#' comments; SourceError on bad lines.

    A group may have at most ``MAX_GROUP_TERMS`` terms, and all groups ``MAX_SYNONYM_TERMS``: the
    search expands a query by every term of its groups.
    """
    groups: list[list[str]] = []
    count = 0
    for number, raw in enumerate(read_source(path).splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        terms = [term.strip() for term in line.split(",")]
        named = [split_language(terms[0])[1], *terms[1:]]  # "fr: fièvre": "fr" names the group's language
        if any(not words(term) for term in named):
            raise SourceError(path, "empty term in a synonym group (two commas, or a comma at the end?)", number)
        if len({" ".join(words(term)) for term in named}) < 2:
            raise SourceError(path, "a synonym group needs at least two different terms", number)
        if len(terms) > MAX_GROUP_TERMS:
            raise SourceError(path, f"a synonym group may have at most {MAX_GROUP_TERMS} terms", number)
        count += len(terms)
        groups.append(terms)
    if count > MAX_SYNONYM_TERMS:
        raise SourceError(path, f"at most {MAX_SYNONYM_TERMS} synonym terms")
    return groups


def build_bundle(source_dir: Path, out: Path, stylesheet: Path, synonyms: Path) -> tuple[str, list[str]]:
    """Build every source of a folder into one bundle at ``out``; return its digest and warnings.

    Nothing is written at ``out`` unless the whole build succeeds.
    """
    result = parse_sources(source_dir)
    css = read_source(stylesheet)
    groups = read_synonyms(synonyms)
    digest = write_bundle(
        out,
        [(article.info, article.sections) for article in result.articles],
        css,
        synonyms=groups,
    )
    return digest, result.warnings

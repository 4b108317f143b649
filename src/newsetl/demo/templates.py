"""Loading a sample site's templates: page layout, article and home fragments, small parts.

A site's folder under ``templates/`` holds ``layout.html`` (the whole page
around ``$main``), ``article.html`` and ``home.html`` (what goes in ``$main``),
``parts.html`` (small repeated pieces, each after a ``<!-- part: NAME -->``
line), ``comments.yaml`` (the readers' comments the pages show) and
``style.css``. Templates are ``string.Template`` text: ``$name`` is filled in,
``$$`` is a dollar sign.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from string import Template

import yaml

TEMPLATES_DIR = Path(__file__).parent / "templates"
_PART_MARKER = re.compile(r"^<!-- part: ([a-z_]+) -->\n", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class ReaderComment:
    author: str
    text: str
    likes: int


@dataclass(frozen=True, slots=True)
class SiteTemplates:
    layout: Template
    article: Template
    home: Template
    parts: dict[str, Template]
    comments: tuple[ReaderComment, ...]
    stylesheet: str

    def part(self, part_name: str, /, **values: object) -> str:
        return self.parts[part_name].substitute(values)


@cache
def site_templates(key: str) -> SiteTemplates:
    folder = TEMPLATES_DIR / key
    return SiteTemplates(
        layout=_template(folder / "layout.html"),
        article=_template(folder / "article.html"),
        home=_template(folder / "home.html"),
        parts=parse_parts((folder / "parts.html").read_text(encoding="utf-8")),
        comments=tuple(
            ReaderComment(author=item["author"], text=item["text"], likes=int(item["likes"]))
            for item in yaml.safe_load((folder / "comments.yaml").read_text(encoding="utf-8"))
        ),
        stylesheet=(folder / "style.css").read_text(encoding="utf-8"),
    )


def parse_parts(text: str) -> dict[str, Template]:
    names_and_bodies = _PART_MARKER.split(text)[1:]
    return {
        name: Template(body.strip("\n"))
        for name, body in zip(names_and_bodies[::2], names_and_bodies[1::2], strict=True)
    }


def _template(path: Path) -> Template:
    return Template(path.read_text(encoding="utf-8"))

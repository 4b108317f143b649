"""What an element's tag, class, id, role and itemprop suggest about its text.

A hint is a weak signal: negative for page furniture (menus, share bars, related
links, comments, captions, ads), positive for article containers. ``boilerplate``
is set when the evidence is strong enough to leave the element out of an article
body that contains it (a share bar inside the story container); the choice of the
story container itself only leans on the weaker ``hint``.
"""

from __future__ import annotations

import re
from functools import lru_cache

_STRONG_TAGS = frozenset({"nav", "aside", "footer", "figcaption", "menu", "dialog", "form"})
_WEAK_NEGATIVE_TAGS = {"header": -0.5, "figure": -0.3, "form": -0.5, "address": -0.5}
_BOILERPLATE_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search",
     "dialog", "alertdialog", "toolbar", "tablist"}
)  # fmt: skip
_CONTENT_ROLES = frozenset({"main", "article"})

# Substrings of class/id that mark furniture; matched on the lowercased attribute text.
_BOILERPLATE = re.compile(
    r"comment(?!ary)|disqus|share|sharing|social|related|recommend|newsletter|(?<!un)subscribe|signup|"
    r"sign-up|promo|sponsor|advert|outbrain|taboola|sidebar|side-bar|breadcrumb|cookie|"
    r"consent|gdpr|popup|pop-up|modal|caption|credit|footer|navbar|nav-bar|masthead|"
    r"menu|readmore|read-more|more-from|more-stories|morestories|recirc|trending|"
    r"popular|most-read|mostread|also-read|see-also|toolbar|skip-link|skiplink|sr-only|"
    r"screen-reader|visually-hidden|visuallyhidden|pagination|pager|widget|banner|"
    r"byline|author-bio|authorbio|author-info|dateline|timestamp|tag-list|taglist|"
    r"tags|topics|keywords|print|follow|donate|inline-ad|ad-slot|adslot|"
    r"ad-container|ad-wrapper|ad-unit|adunit|dfp|teaser|rail|jump-link|toc|"
    r"table-of-contents|hidden|lightbox|gallery|slideshow|carousel|video|player|embed|"
    r"photo|image|img|media|icon|button|btn|login|register|search|feedback|rating|"
    r"meta|kicker|eyebrow|overline|byl|contributor|bio|disclaimer|copyright|legal|"
    r"notice|alert|survey|poll|quiz|audio|podcast|listen|tooltip"
)
# "has-comments", "modal-enabled": a note about what sits beside an element or about its
# state, not about what it is
_BESIDE = re.compile(r"(?:with|has|no|without|show|hide)[-_]\w+")
_STATE = re.compile(
    r"is[-_][\w-]+|[\w-]+[-_](?:enabled|disabled|active|inactive|open|opened|closed|visible|loaded|ready)"
)
# A story container's own name outweighs furniture words next to it
# ("entry-content entry-content-read-more", "article-body has-share-bar").
_CONTENT_PHRASE = re.compile(
    r"(?:entry|article|post|story|blog|news|page)[-_]{0,2}(?:content|body|text)|articlebody|"
    r"storybody|rich-?text|(?:^|\s)prose(?:$|\s)"
)
_EMBEDDED_POST = re.compile(r"embed|twitter-tweet|instagram-media|tiktok|fb-post")
_AD_TOKEN = re.compile(r"(?:^|[\s_-])(?:ad|ads|adv|advert)(?:$|[\s_-])")
_CONTENT = re.compile(
    r"article|content|entry|post|story|body|text|main|prose|rich-?text|blog|news|"
    r"paragraph|column|page"
)
# Strong furniture: enough to leave the element out even inside the story container.
_STRONG = re.compile(
    r"comment(?!ary)|disqus|share|sharing|social|related|recommend|newsletter|(?<!un)subscribe|signup|"
    r"promo|sponsor|advert|outbrain|taboola|sidebar|breadcrumb|cookie|consent|popup|modal|"
    r"caption|credit|footer|navbar|readmore|read-more|more-from|more-stories|recirc|trending|"
    r"most-read|mostread|also-read|see-also|toolbar|sr-only|screen-reader|visually-?hidden|"
    r"pagination|byline|author-bio|authorbio|dateline|tag-list|taglist|inline-ad|ad-slot|"
    r"adslot|ad-container|ad-wrapper|ad-unit|adunit|newsletter|donate|"
    r"table-of-contents|lightbox|login|disclaimer"
)


def element_hint(tag: str, attrs: dict) -> tuple[float, bool]:
    """(hint, boilerplate) for a block-level element."""
    if not attrs:
        return _hint(tag, "", "", "", "")
    return _hint(
        tag,
        attrs.get("class") or "",
        attrs.get("id") or "",
        attrs.get("role") or "",
        attrs.get("itemprop") or "",
    )


class PageHints:
    """Hints of a page's elements, worked out on first use (most are never needed)."""

    __slots__ = ("_tags", "_attributes", "_parents", "_hints", "_furniture")

    def __init__(self, tags: list[str], attributes: list[dict], parents: list[int]) -> None:
        self._tags = tags
        self._attributes = attributes
        self._parents = parents
        self._hints: list[tuple[float, bool] | None] = [None] * len(tags)
        self._furniture: list[bool | None] = [None] * len(tags)

    def hint(self, index: int) -> tuple[float, bool]:
        """(hint, boilerplate) of an element; the page's top element has none either way."""
        found = self._hints[index]
        if found is None:
            if self._parents[index] < 0:
                found = (0.0, False)
            else:
                found = element_hint(self._tags[index], self._attributes[index])
            self._hints[index] = found
        return found

    def in_furniture(self, index: int) -> bool:
        """Whether the element, or one above it, is strongly flagged furniture.

        The page's top element never is, whatever its class says ("unsubscribed").
        """
        chain = []
        flag = False
        while index >= 0:
            known = self._furniture[index]
            if known is not None:
                flag = known
                break
            chain.append(index)
            index = self._parents[index]
        for element in reversed(chain):
            flag = flag or self.hint(element)[1]
            self._furniture[element] = flag
        return flag


@lru_cache(maxsize=8192)
def _hint(tag: str, cls: str, ident: str, role: str, itemprop: str) -> tuple[float, bool]:
    if tag in _STRONG_TAGS:
        return -1.0, True
    role = role.lower()
    if role in _BOILERPLATE_ROLES:
        return -1.0, True
    if itemprop == "articleBody" or role in _CONTENT_ROLES:
        return 1.0, False
    hint = _WEAK_NEGATIVE_TAGS.get(tag, 0.0)
    if tag in ("article", "main"):
        hint += 0.5
    names = " ".join(
        name.split("--", 1)[0]  # BEM: "section--ads" is a section with ads in it
        for name in _BESIDE.sub("", f"{cls} {ident}".lower()).split()
        if not _STATE.fullmatch(name) and not name.startswith("--")
    )
    if not names:
        return hint, False
    if _EMBEDDED_POST.search(names):
        return 0.0, False  # a quoted post (tweet, Instagram) is part of the story
    if _CONTENT_PHRASE.search(names):
        return hint + 1.0, False
    negative = bool(_BOILERPLATE.search(names) or _AD_TOKEN.search(names))
    positive = bool(_CONTENT.search(names))
    if negative and not positive:
        hint -= 1.0
    elif negative:
        hint -= 0.3
    elif positive:
        hint += 0.5
    strong = bool(_STRONG.search(names) or _AD_TOKEN.search(names))
    return hint, strong

"""Short lines that are page furniture by what they say, wherever they sit.

"Advertisement", "Share this article", "Tags: ...", "Image 3 of 12", a bare URL,
escaped markup, a photo credit "(Image: Getty)", and the byline or date line
above a story ("By Jane Doe", "Updated 10:01 pm PST, Tuesday, November 19,
2019"). Patterns cover English and the commonest labels of a few other
languages; anything long enough to be a sentence of the story is never matched.
"""

from __future__ import annotations

import re

from newsetl.extract.dates import find_date_in_text

MAX_FURNITURE_CHARS = 80
MAX_CREDIT_CHARS = 300
MAX_META_CHARS = 120
MAX_APPEAL_CHARS = 300
MAX_LONG_APPEAL_CHARS = 800

_FURNITURE = re.compile(
    r"^(?:advertisement|advertising|advert|anzeige|werbung|publicité|publicidad|pubblicità|"
    r"sponsored(?: content| links?)?|ad|ads|"
    r"story continues below(?: advertisement)?|continue reading(?: below| the main story)?|"
    r"read more|read next|read also|see also|also read|more|more on this(?: story)?|"
    r"related(?: articles?| stories| news| content| coverage| links| posts| topics| tags)?|"
    r"(?:most )?(?:popular|read|viewed|shared)(?: stories| articles| now)?|trending(?: now)?|"
    r"don'?t miss|recommended(?: for you)?|you may also like|you might also like|"
    r"share|shares|share this(?: article| story| post| page)?|share (?:on|via) \w+|"
    r"tweet|email|e-mail|print|save|copy link|link copied|"
    r"sign up.*newsletter.*|subscribe(?: now| today)?|follow us.*|"
    r"(?:\d+\s+)?comments?|post (?:a )?comment.*|leave a (?:comment|reply)|"
    r"tell us what you think.*|add your comment|view comments|show comments|"
    r"image(?:\s*\d+)?(?:\s*(?:of|/)\s*\d*)?|\d+\s*/\s*\d+|photos?|videos?|watch(?: now| video)?|"
    r"listen(?: to this article)?|loading.*|back to (?:top|gallery)|"
    r"tags?\s*:.*|tagged\s*:?.*|topics?\s*:.*|filed under\s*:?.*|categor(?:y|ies)\s*:.*|"
    r"©.*|copyright.*|all rights reserved.*|this slideshow requires javascript.*|"
    r"skip (?:to|this).*|close|menu|search|log ?in|sign ?in|register|"
    r"previous(?: article| post)?|next(?: article| post)?|"
    r"(?:like|enjoy(?:ed)?) this (?:story|article)\?.*)[.!:]?$"
)  # matched on lowercased text
_CREDIT = re.compile(
    r"\((?:image|photo|picture|pic|credit|source|video)s?\s*:[^)]*\)\s*$|"
    r"^(?:image|photo|picture|pic|photograph|credit|image copyright|image caption)s?\s*:|"
    r"\b(?:getty images|ap photo|afp photo|reuters/|/reuters|/afp|/ap\b|epa-efe|"
    r"shutterstock|istock)",
    re.IGNORECASE,
)
# cheap test before the regex: every credit pattern contains one of these
_CREDIT_KEY = re.compile(
    "image|photo|pic|credit|source|video|getty|reuters|afp|/ap|epa-efe|shutterstock|istock"
)
_APPEAL = re.compile(
    r"\b(?:subscribe|subscriber|subscription|newsletter|sign up|sign-up|log in to|"
    r"follow (?:us|me|him|her|them)\b|download (?:\w+ ){0,3}apps?\b|apps? for (?:ios|android)|"
    r"our app|all rights reserved|for the full story|"
    r"copyright|copyrighted|reprint|republish|permission|if you (?:enjoyed|liked|like)|"
    r"support (?:our|independent) journalism|support (?:the|us)\b|your support|become a member|"
    r"donate|donation|contribution|favour to ask|favor to ask|paywall|readers who can|"
    r"(?:every|each) reader|help (?:us )?(?:pay|fund|keep)|"
    r"abonnieren|abonnement|abonnez|suscríbete|suscribirse|newsletter|folgen sie|"
    r"alle rechte vorbehalten|tous droits réservés|todos los derechos)",
    re.IGNORECASE,
)
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_MARKUP = re.compile(r"^<[a-zA-Z!/][^<>]*>")  # escaped markup shown as text
_BYLINE = re.compile(
    r"^(?i:(?:written|posted|reported|story|text|words)\s+)?(?i:by|von|par|por|door)\s+"
    r"[A-Z\u00C0-\u024F\u0400-\u04FF][\w.'’-]*(?:\s+[\w.'’-]+){0,5}"
    r"(?:\s*(?:,|and|&|\|)\s*[\w.'’-]+(?:\s+[\w.'’-]+){0,4}){0,3}$"
)
_META_WORDS = re.compile(
    r"\b(?:published|updated|posted|first published|last updated|modified|on|at|by|am|pm|"
    r"a\.m\.|p\.m\.|utc|gmt|est|edt|pst|pdt|cet|cest|bst|ist|et|pt|updated on|"
    r"mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|\d+|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|"
    r"nov\w*|dec\w*|de|el|la|le|der|am|um|às|à)\b",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[^\W\d_]{2,}")


def is_furniture_line(text: str) -> bool:
    """A label, button, counter or link list heading rather than story text."""
    if len(text) <= MAX_FURNITURE_CHARS and _FURNITURE.match(text.lower()):
        return True
    first = text[0]
    if first == "<":
        return _MARKUP.match(text) is not None
    return first in "hHwW" and _URL.match(text) is not None


def is_credit_line(text: str) -> bool:
    """A photo caption or credit: "Protesters in Hong Kong (Image: GETTY)"."""
    if len(text) > MAX_CREDIT_CHARS:
        return False
    if _CREDIT_KEY.search(text.lower()) is None:
        return False
    return _CREDIT.search(text) is not None


def is_call_to_action(text: str) -> bool:
    """A subscribe, follow, donate or copyright appeal, as stories end with: a short line
    with one such phrase, or a paragraph with several."""
    if len(text) > MAX_LONG_APPEAL_CHARS:
        return False
    found = {match.group(0).lower() for match in _APPEAL.finditer(text)}
    return len(found) >= (1 if len(text) <= MAX_APPEAL_CHARS else 2)


def is_meta_line(text: str) -> bool:
    """A byline or date line: "By Jane Doe", "Updated 10:01 pm, November 19, 2019"."""
    if len(text) > MAX_META_CHARS:
        return False
    if _BYLINE.match(text):
        return True
    if find_date_in_text(text) is None:
        return False
    rest = _WORDS.findall(_META_WORDS.sub(" ", text))
    return len(rest) <= 3

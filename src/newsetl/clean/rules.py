"""What boilerplate looks like: the patterns, as data.

Every pattern is matched against a whole paragraph's *key* (lower-cased, list
bullet and end punctuation removed, see ``boilerplate.paragraph_key``), never
searched inside a paragraph, and only paragraphs of at most ``MAX_LINE_WORDS``
words are tested. That is what keeps article sentences safe: a paragraph of
reporting that mentions a newsletter is long and does not *consist* of a
boilerplate phrase.

- ``STRONG_LINES``: removed wherever they stand.
- ``CREDIT_LINES``: picture credits and site names, at most ``MAX_CREDIT_WORDS``.
- ``WEAK_LINES``: widget labels ("Once", "Monthly", "Continue") removed only
  next to other removed paragraphs, so a one-word subheading in an article stays.
- Blocks: a start marker, then the paragraphs it governs (see ``boilerplate``).
"""

from __future__ import annotations

import re

MAX_LINE_WORDS = 25
MAX_CREDIT_WORDS = 15
MAX_COOKIE_WORDS = 80
COOKIE_BARE_WORDS = 8
MAX_NEWSLETTER_BODY_WORDS = 80

_NAME = r"[\w .&'’-]{2,60}"
_PUBLISHER_WORD = (
    r"(?:times|news|post|journal|media|press|tribune|herald|gazette|guardian|daily|weekly"
    r"|review|magazine|journalism|reporting|newsroom)"
)
_AGENCY = (
    r"(?:ap|ap photo|afp|reuters|getty images|getty|epa|epa-efe|tass|ria novosti|sputnik"
    r"|xinhua|anadolu|shutterstock|bloomberg|kremlin\.ru|pool|handout|wikimedia commons)"
)
_SHARE_TARGETS = (
    r"(?:facebook|twitter|x|linkedin|whatsapp|telegram|e-?mail|reddit|pinterest|vk|flipboard"
    r"|messenger|bluesky|threads|mastodon)"
)


def _compile(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns))


_APPEAL_CLOSERS = (
    r"remind me later",
    r"not ready to (?:support|donate|contribute)(?: us)?(?: today| now)?",
)
_NEWSLETTER_SIGN_UP = (
    r"(?:sign up|subscribe|register) (?:for|to) (?:our|the|my)\b.{0,60}\bnewsletters?.{0,40}",
    r"(?:get|receive) (?:our|the)\b.{0,60}\bnewsletters?.{0,60}",
)


STRONG_LINES = _compile(
    # donation appeals and their widgets
    rf"support (?!for |of |from |to )(?:us|our (?:work|journalism|newsroom)|independent (?:journalism|media)"
    rf"|(?:the )?[\w .&'-]{{0,40}}\b{_PUBLISHER_WORD})",
    *_APPEAL_CLOSERS,
    r"pa[yi]ment methods?",
    r"(?:make a )?(?:one[- ]time|single|monthly|annual|yearly|recurring) "
    r"(?:donation|contribution|gift|payment)",
    r"donate(?: now| today| here)?|make a (?:donation|contribution)",
    r"become a (?:member|supporter|patron|subscriber)(?: today| now)?",
    # newsletter boxes
    *_NEWSLETTER_SIGN_UP,
    r"subscribers? agree to (?:the|our) privacy policy.{0,40}",
    r"by (?:signing up|subscribing|clicking (?:subscribe|sign up)),? you agree to .{0,150}",
    r"newsletters?|(?:enter )?(?:your )?e-?mail(?: address)?",
    # related links
    r"(?:related(?: article| articles| story| stories| content| coverage| reading| news)?"
    r"|see also|read also|also read|read more|more on this(?: story| topic)?"
    r"|recommended(?: for you)?|you (?:may|might) also (?:like|be interested in)|most read"
    r"|most popular|trending(?: now)?|editor'?s picks?|more from " + _NAME + r")"
    r"(?:\s*[:|>»-]\s*.*)?",
    r"continue reading(?: below| the story)?|(?:story|article) continues (?:below|after .{1,30})",
    # comment widgets
    r"\d+ comments?|comments?(?: \(\d+\))?|(?:there are )?no comments(?: yet)?",
    r"add yours|be the first to comment|comments are closed|join the (?:discussion|conversation)",
    r"(?:log|sign) ?in (?:to|or register to) (?:comment|reply|join the (?:discussion|conversation))",
    r"(?:leave|add|post|write) a (?:comment|reply)|(?:show|view|hide|load|see) (?:all )?(?:\d+ )?comments",
    # share buttons
    rf"(?:(?:share|post)(?: this)?(?: article| story| page)?(?: (?:on|via|to) {_SHARE_TARGETS})?"
    rf"|tweet(?: this)?|{_SHARE_TARGETS}|print|copy(?: the)? link|link copied)"
    rf"(?:[\s,|/]+(?:(?:share|post)(?: this)?(?: article| story| page)?(?: (?:on|via|to) "
    rf"{_SHARE_TARGETS})?|tweet(?: this)?|{_SHARE_TARGETS}|print|copy(?: the)? link))*",
    # metadata a scraper wrote into the text
    r"(?:original|source|canonical) (?:url|link|article)(?:\s*:\s*\S+)?",
    # the same furniture on Russian-language sites
    r"(?:читайте|смотрите) (?:также|тоже|ещ[её])(?:\s*[:|>»-]\s*.*)?|по теме(?:\s*:.*)?",
    r"подробнее(?:\s*[:|>»-]\s*.*)?|поделиться(?: в \w+)?|комментарии(?: \(\d+\))?",
    r"\d+ комментари\w*|(?:оставьте|добавить|написать) комментарий",
    r"подпис(?:ывайтесь|аться|ка) на (?:наш|нашу|наши|наш[а-я]*) .{1,60}",
    r"поддержите (?:нас|.{0,40}(?:издание|редакцию|журналистику|проект))",
    # page furniture
    r"advertisement(?: - scroll to continue(?: with content)?)?|sponsored(?: content)?|ad",
    r"(?:skip|jump) to (?:main )?(?:content|navigation)|back to top",
    r"click here to .{1,80}|listen to (?:this|the) (?:article|story).{0,40}|\d+ min(?:ute)? read",
)

CREDIT_LINES = _compile(
    r"(?:(?:cover |main |top |lead )?(?:photo|photos|photograph|image|picture|illustration"
    r"|video|graphic)s?(?: credits?)?)\s*(?::|/|by|©)\s*.{1,120}",
    r"(?:©|\(c\)|copyright)\s*.{1,80}",
    r"(?:фото(?:графия)?|источник фото|иллюстрация)\s*:\s*.{1,120}",
    r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}",
    rf"(?:{_NAME}\s*/\s*)?{_AGENCY}(?:\s*(?:/|via)\s*{_NAME})?",
)

WEAK_LINES = _compile(
    r"once|monthly|annually|annual|yearly|one[- ]time|continue|preview|subscribe|sign up",
    r"accept(?: all)?(?: cookies)?|reject(?: all)?|manage (?:preferences|settings|cookies)",
    r"maybe later|not now|no,? thanks",
    r"i agree|ok|okay|got it|close|reply|report|submit|cancel(?: anytime)?|other amount",
    r"(?:https?://|www\.)\S+",
    r"[$€£]\s?\d+(?:[.,]\d+)?(?: ?/ ?(?:month|year|mo|yr))?",
)

COOKIE_NOTICE = re.compile(
    r"^(?:(?:we|this (?:web)?site|our (?:web)?site|this page)(?: and our partners)?"
    r" (?:use|uses|are using) cookies"
    r"|by (?:continuing|using)(?: to (?:use|browse))? (?:this|our) (?:web)?site"
    r"|(?:accept|allow|reject|manage)(?: all)? cookies"
    r"|cookie (?:policy|settings|preferences|notice|consent))"
)
COOKIE_CONTEXT = re.compile(
    r"\b(?:accept\w*|consent\w*|agree\w*|privacy|polic(?:y|ies)|preferences|settings"
    r"|experience|continuing|browsing|personali[sz]\w*|analytics|third[- ]part\w*|partners)\b"
)

# Donation appeal: starts at a marker, must contain an appeal within a few
# paragraphs, and ends at a closing widget or at the end of the document.
DONATION_START = _compile(
    rf"an? (?:message|note|word|letter) from (?:the )?{_NAME}",
    r"dear (?:readers?|friends|subscribers|supporters)",
)
DONATION_EVIDENCE = re.compile(
    r"\b(?:support(?:ing)? us|support(?:ing)? our (?:work|journalism|newsroom|reporting)"
    r"|support(?:ing)? independent (?:journalism|media)|your (?:support|contribution|donation|gift)"
    r"|donate (?:now|today|to us)|make a (?:donation|contribution|gift)"
    r"|become a (?:member|supporter|patron)|we need your help)\b",
    re.IGNORECASE,
)
# "By supporting The Moscow Times": a capitalised publisher name, so that
# "supporting the account given by state media" in reporting does not count.
PUBLISHER_SUPPORT = re.compile(
    r"\b[Ss]upport(?:ing)? (?:[Tt]he )?(?:[A-Z][\w'&.-]*\s+){0,4}"
    r"(?:Times|News|Post|Journal|Media|Press|Tribune|Herald|Gazette|Guardian|Daily|Review"
    r"|Magazine|Journalism)\b"
)
DONATION_END = _compile(*_APPEAL_CLOSERS, r"maybe later|no,? thanks|not now")
DONATION_EVIDENCE_WITHIN = 8
DONATION_MAX_PARAGRAPHS = 25

# Newsletter box: a sign-up line, then at most a few paragraphs that talk to the
# reader about the newsletter, ending at the privacy line when there is one.
NEWSLETTER_START = _compile(*_NEWSLETTER_SIGN_UP, r"newsletters?")
NEWSLETTER_BODY = re.compile(r"\b(?:newsletters?|inbox|mailbox|e-?mail|subscri\w*|sign up)\b")
SECOND_PERSON = re.compile(r"\b(?:you|your)\b")
NEWSLETTER_MAX_BODY = 3

"""A small, realistic warehouse: seven articles from three sites, their entities and events,
two loads with their fetch log, validation results and one quarantined row."""

from __future__ import annotations

from datetime import date, datetime

NB, HP, EW = "northbridge.example", "harbourpost.example", "eastwire.example"


def paragraphs(*sentences: str) -> str:
    return "\n\n".join(sentences)


# article_id, domain, canonical_url, title, text, published_at, load_id
ARTICLES = [
    (
        "a-xi-lavrov",
        NB,
        f"https://{NB}/world/2025/07/15/xi-lavrov-beijing",
        "Xi Jinping meets Sergei Lavrov in Beijing",
        paragraphs(
            "Chinese President Xi Jinping met Russian Foreign Minister Sergei Lavrov in Beijing "
            "on Tuesday, state media reported, as the two countries prepare for a summit.",
            "The meeting followed a video call between Xi and Vladimir Putin earlier this month, "
            "in which both leaders praised the partnership between Russia and China.",
            "Lavrov told reporters that relations between Moscow and Beijing were at their best.",
        ),
        datetime(2025, 7, 15, 8, 0),
        "load-1",
    ),
    (
        "a-blinken-warning",
        HP,
        f"https://{HP}/news/blinken-beijing-warning",
        "Blinken warns Beijing over support for Russia's war",
        paragraphs(
            "US Secretary of State Antony Blinken warned China on Friday that Washington would "
            "act if Beijing kept supplying Russia's defence industry.",
            "Speaking in Beijing, Blinken said the United States had evidence of machine tools "
            "and electronics flowing from China to Russia.",
        ),
        datetime(2025, 6, 20, 14, 30),
        "load-1",
    ),
    (
        "a-putin-xi-call",
        EW,
        f"https://{EW}/2025/07/02/putin-xi-video-call",
        "Putin and Xi hold a video call",
        paragraphs(
            "Vladimir Putin and Xi Jinping held a video call on Wednesday and agreed to deepen "
            "cooperation between Russia and China in energy and trade.",
            "The Kremlin said the two leaders intend to cooperate more closely on payments.",
        ),
        datetime(2025, 7, 2, 10, 15),
        "load-1",
    ),
    (
        "a-trump-ultimatum",
        NB,
        f"https://{NB}/us/2025/07/14/trump-50-day-ultimatum",
        "Trump gives Russia 50 days to end the war or face sanctions",
        paragraphs(
            "President Donald Trump threatened Russia with severe sanctions and secondary "
            "tariffs unless Vladimir Putin agrees to a ceasefire within 50 days.",
            "Trump spoke at the White House alongside NATO Secretary General Mark Rutte.",
        ),
        datetime(2025, 7, 14, 18, 0),
        "load-1",
    ),
    (
        "a-uk-india-deal",
        HP,
        f"https://{HP}/business/uk-india-trade-deal",
        "United Kingdom and India sign a trade deal",
        paragraphs(
            "Keir Starmer and Narendra Modi signed a free trade agreement in London on Thursday, "
            "cutting tariffs on whisky, cars and textiles.",
            "The deal between the United Kingdom and India took three years to negotiate.",
        ),
        datetime(2025, 7, 24, 12, 0),
        "load-2",
    ),
    (
        "a-hodeidah-strikes",
        EW,
        f"https://{EW}/2025/07/21/israel-strikes-hodeidah",
        "Israel strikes Hodeidah port",
        paragraphs(
            "Israel struck the port of Hodeidah on Monday, hitting fuel depots and cranes used "
            "by the Houthis, the Israeli military said.",
            "The Houthis said the strikes on Hodeidah port killed three workers.",
        ),
        datetime(2025, 7, 21, 6, 45),
        "load-2",
    ),
    (
        "a-eu-sanctions-doc",
        None,
        None,
        "EU extends sanctions on Russia",
        paragraphs(
            "The European Union extended its economic sanctions on Russia for six months in July.",
            "Member states agreed that the sanctions on Russia stay until the war ends.",
        ),
        None,
        "load-2",
    ),
]

# url, article_id, relation, similarity
ARTICLE_URLS = [
    *[(row[2], row[0], "canonical", 1.0) for row in ARTICLES if row[2]],
    (f"https://{HP}/world/xi-lavrov-beijing-syndicated", "a-xi-lavrov", "near_duplicate", 0.93),
    ("file:///data/docs/eu-sanctions.md", "a-eu-sanctions-doc", "canonical", 1.0),
]

# entity_id, name, type
ENTITIES = [
    ("e-xi", "Xi Jinping", "PERSON"),
    ("e-lavrov", "Sergei Lavrov", "PERSON"),
    ("e-putin", "Vladimir Putin", "PERSON"),
    ("e-blinken", "Antony Blinken", "PERSON"),
    ("e-trump", "Donald Trump", "PERSON"),
    ("e-starmer", "Keir Starmer", "PERSON"),
    ("e-modi", "Narendra Modi", "PERSON"),
    ("e-russia", "Russia", "GPE"),
    ("e-china", "China", "GPE"),
    ("e-beijing", "Beijing", "GPE"),
    ("e-us", "United States", "GPE"),
    ("e-uk", "United Kingdom", "GPE"),
    ("e-india", "India", "GPE"),
    ("e-london", "London", "GPE"),
    ("e-israel", "Israel", "GPE"),
    ("e-hodeidah", "Hodeidah", "GPE"),
    ("e-houthis", "Houthis", "ORG"),
    ("e-eu", "European Union", "ORG"),
]

# article_id, entity_id, mentions
ARTICLE_ENTITIES = [
    ("a-xi-lavrov", "e-xi", 2),
    ("a-xi-lavrov", "e-lavrov", 2),
    ("a-xi-lavrov", "e-beijing", 2),
    ("a-xi-lavrov", "e-putin", 1),
    ("a-xi-lavrov", "e-russia", 1),
    ("a-xi-lavrov", "e-china", 1),
    ("a-blinken-warning", "e-blinken", 2),
    ("a-blinken-warning", "e-china", 2),
    ("a-blinken-warning", "e-beijing", 2),
    ("a-blinken-warning", "e-russia", 2),
    ("a-blinken-warning", "e-us", 1),
    ("a-putin-xi-call", "e-putin", 1),
    ("a-putin-xi-call", "e-xi", 1),
    ("a-putin-xi-call", "e-russia", 1),
    ("a-putin-xi-call", "e-china", 1),
    ("a-trump-ultimatum", "e-trump", 2),
    ("a-trump-ultimatum", "e-russia", 1),
    ("a-trump-ultimatum", "e-putin", 1),
    ("a-uk-india-deal", "e-starmer", 1),
    ("a-uk-india-deal", "e-modi", 1),
    ("a-uk-india-deal", "e-uk", 1),
    ("a-uk-india-deal", "e-india", 1),
    ("a-uk-india-deal", "e-london", 1),
    ("a-hodeidah-strikes", "e-israel", 1),
    ("a-hodeidah-strikes", "e-hodeidah", 2),
    ("a-hodeidah-strikes", "e-houthis", 2),
    ("a-eu-sanctions-doc", "e-eu", 1),
    ("a-eu-sanctions-doc", "e-russia", 2),
]

# event_id, cameo_code, root_code, label, actor1, actor2, place, event_date, date_precision
EVENTS = [
    (
        "ev-xi-lavrov",
        "040",
        "04",
        "consult",
        "e-xi",
        "e-lavrov",
        "e-beijing",
        date(2025, 7, 15),
        "day",
    ),
    ("ev-putin-xi-call", "040", "04", "consult", "e-putin", "e-xi", None, date(2025, 7, 2), "day"),
    (
        "ev-blinken-warns",
        "130",
        "13",
        "threaten",
        "e-blinken",
        "e-china",
        "e-beijing",
        date(2025, 6, 20),
        "day",
    ),
    (
        "ev-trump-threat",
        "1312",
        "13",
        "threaten with sanctions",
        "e-trump",
        "e-russia",
        None,
        date(2025, 7, 14),
        "day",
    ),
    (
        "ev-uk-india-deal",
        "057",
        "05",
        "sign formal agreement",
        "e-starmer",
        "e-modi",
        "e-london",
        date(2025, 7, 24),
        "day",
    ),
    (
        "ev-hodeidah",
        "190",
        "19",
        "use conventional military force",
        "e-israel",
        "e-houthis",
        "e-hodeidah",
        date(2025, 7, 21),
        "day",
    ),
    (
        "ev-eu-sanctions",
        "163",
        "16",
        "impose embargo, boycott or sanctions",
        "e-eu",
        "e-russia",
        None,
        date(2025, 7, 1),
        "month",
    ),
    (
        "ev-russia-china-intent",
        "030",
        "03",
        "express intent to cooperate",
        "e-russia",
        "e-china",
        None,
        None,
        "unknown",
    ),
]

# event_id, article_id, sentence
EVENT_MENTIONS = [
    (
        "ev-xi-lavrov",
        "a-xi-lavrov",
        "Chinese President Xi Jinping met Russian Foreign Minister Sergei Lavrov in Beijing on Tuesday.",
    ),
    (
        "ev-putin-xi-call",
        "a-putin-xi-call",
        "Vladimir Putin and Xi Jinping held a video call on Wednesday.",
    ),
    (
        "ev-putin-xi-call",
        "a-xi-lavrov",
        "The meeting followed a video call between Xi and Vladimir Putin earlier this month.",
    ),
    (
        "ev-blinken-warns",
        "a-blinken-warning",
        "US Secretary of State Antony Blinken warned China on Friday that Washington would act.",
    ),
    (
        "ev-trump-threat",
        "a-trump-ultimatum",
        "President Donald Trump threatened Russia with severe sanctions and secondary tariffs.",
    ),
    (
        "ev-uk-india-deal",
        "a-uk-india-deal",
        "Keir Starmer and Narendra Modi signed a free trade agreement in London on Thursday.",
    ),
    (
        "ev-hodeidah",
        "a-hodeidah-strikes",
        "Israel struck the port of Hodeidah on Monday, hitting fuel depots and cranes used by the Houthis.",
    ),
    (
        "ev-eu-sanctions",
        "a-eu-sanctions-doc",
        "The European Union extended its economic sanctions on Russia for six months in July.",
    ),
    (
        "ev-russia-china-intent",
        "a-putin-xi-call",
        "The Kremlin said the two leaders intend to cooperate more closely on payments.",
    ),
]

# url, outcome, status_code, error, attempts, elapsed_ms, fetched_at, load_id
FETCH_LOG = [
    *[
        (
            row[2],
            "fetched",
            200,
            None,
            1,
            120.0 + index * 10,
            datetime(2025, 7, 15, 9, index),
            "load-1",
        )
        for index, row in enumerate(ARTICLES[:4])
    ],
    (
        f"https://{HP}/news/old-story",
        "http_error",
        404,
        "HTTP 404 Not Found",
        1,
        80.0,
        datetime(2025, 7, 15, 9, 10),
        "load-1",
    ),
    (
        f"https://www.{EW}/2025/07/10/slow-page",
        "timeout",
        None,
        "read timed out after 30 s",
        3,
        30000.0,
        datetime(2025, 7, 15, 9, 11),
        "load-1",
    ),
    *[
        (row[2], "fetched", 200, None, 1, 140.0, datetime(2025, 7, 25, 9, index), "load-2")
        for index, row in enumerate(ARTICLES[4:6])
    ],
    (ARTICLES[0][2], "not_modified", 304, None, 1, 60.0, datetime(2025, 7, 25, 9, 5), "load-2"),
    (
        f"https://{NB}/private/archive",
        "robots_disallowed",
        None,
        "disallowed by robots.txt",
        0,
        0.0,
        datetime(2025, 7, 25, 9, 6),
        "load-2",
    ),
]

# load_id, started_at, finished_at, status, counts
LOADS = [
    (
        "load-1",
        datetime(2025, 7, 15, 9, 0),
        datetime(2025, 7, 15, 9, 20),
        "succeeded",
        '{"article": 4, "event": 5}',
    ),
    (
        "load-2",
        datetime(2025, 7, 25, 9, 0),
        datetime(2025, 7, 25, 9, 15),
        "succeeded",
        '{"article": 3, "event": 3}',
    ),
]

# load_id, suite, expectation, expectation_type, success, element_count, unexpected_count,
# unexpected_percent, validated_at
VALIDATIONS = [
    (
        "load-1",
        "article",
        "expect_column_values_to_not_be_null(text)",
        "expect_column_values_to_not_be_null",
        True,
        4,
        0,
        0.0,
        datetime(2025, 7, 15, 9, 15),
    ),
    (
        "load-1",
        "event",
        "expect_column_values_to_be_in_set(root_code)",
        "expect_column_values_to_be_in_set",
        True,
        5,
        0,
        0.0,
        datetime(2025, 7, 15, 9, 15),
    ),
    (
        "load-2",
        "article",
        "expect_column_values_to_not_be_null(text)",
        "expect_column_values_to_not_be_null",
        True,
        3,
        0,
        0.0,
        datetime(2025, 7, 25, 9, 12),
    ),
    (
        "load-2",
        "event",
        "expect_column_values_to_be_in_set(root_code)",
        "expect_column_values_to_be_in_set",
        False,
        4,
        1,
        25.0,
        datetime(2025, 7, 25, 9, 12),
    ),
]

# table_name, record_key, failed_expectations, payload, quarantined_at, load_id
QUARANTINE = [
    (
        "event",
        "ev-bad-root",
        ["expect_column_values_to_be_in_set(root_code)"],
        '{"event_id": "ev-bad-root", "root_code": "99"}',
        datetime(2025, 7, 25, 9, 12),
        "load-2",
    ),
]

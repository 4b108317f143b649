"""Learning a site's own boilerplate from its articles."""

from __future__ import annotations

import random

from newsetl.clean import clean_text, learn_site_boilerplate, paragraph_fingerprint

WORDS = [
    "minister",
    "summit",
    "sanctions",
    "pipeline",
    "tariff",
    "border",
    "delegation",
    "treaty",
    "ceasefire",
    "drone",
    "parliament",
    "election",
    "currency",
    "export",
    "grain",
    "reactor",
    "harbour",
    "railway",
    "satellite",
    "envoy",
    "protest",
    "verdict",
    "budget",
    "refinery",
    "convoy",
    "garrison",
    "embassy",
    "ministry",
    "statement",
    "corridor",
]
FOOTER = "The Example Times is an independent newsroom. Support our work today."
SIGN_OFF = "Share this article"
QUOTE = '"Our relationship is composed and confident, stable and resilient," Xi said.'


def story(seed: int, paragraphs: int = 6) -> list[str]:
    rng = random.Random(seed)
    return [
        " ".join(rng.choice(WORDS) for _ in range(rng.randint(18, 30))).capitalize() + "."
        for _ in range(paragraphs)
    ]


def doc(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def test_paragraph_fingerprint_ignores_case_punctuation_spacing_and_numbers():
    assert paragraph_fingerprint("Support  our work, today!") == paragraph_fingerprint(
        "support our work today"
    )
    assert paragraph_fingerprint("© 2024 Example") == paragraph_fingerprint("© 2025 Example")
    assert paragraph_fingerprint("Support our work") != paragraph_fingerprint("Support our war")
    assert len(paragraph_fingerprint("x")) == 16


def test_planted_footer_in_every_one_of_five_docs_is_learnt():
    texts = [doc(story(seed) + [FOOTER, SIGN_OFF]) for seed in range(5)]
    learnt = learn_site_boilerplate(texts)
    assert learnt == {paragraph_fingerprint(FOOTER), paragraph_fingerprint(SIGN_OFF)}
    cleaned = clean_text(texts[0], site_boilerplate=learnt)
    assert cleaned == doc(story(0))


def test_paragraph_in_two_of_ten_docs_is_not_learnt():
    texts = [doc(story(seed) + ([FOOTER] if seed < 2 else [])) for seed in range(10)]
    assert learn_site_boilerplate(texts) == frozenset()


def test_footer_in_half_of_ten_docs_is_learnt_and_not_below_min_share():
    texts = [doc(story(seed) + ([FOOTER] if seed < 5 else [])) for seed in range(10)]
    assert learn_site_boilerplate(texts) == {paragraph_fingerprint(FOOTER)}
    assert learn_site_boilerplate(texts, min_share=0.6) == frozenset()


def test_too_few_documents_learn_nothing():
    texts = [doc(story(seed) + [FOOTER]) for seed in range(2)]
    assert learn_site_boilerplate(texts) == frozenset()
    assert learn_site_boilerplate(texts, min_documents=2) == {paragraph_fingerprint(FOOTER)}


def test_quote_repeated_mid_article_by_many_articles_is_not_learnt():
    texts = []
    for seed in range(10):
        paragraphs = story(seed, 8)
        if seed < 7:
            paragraphs.insert(4, QUOTE)
        texts.append(doc(paragraphs + [FOOTER]))
    assert learn_site_boilerplate(texts) == {paragraph_fingerprint(FOOTER)}


def test_copies_of_one_story_do_not_make_the_story_boilerplate():
    same = doc(story(1))
    texts = [same, same, same, doc(story(2))]
    assert learn_site_boilerplate(texts) == frozenset()


def test_syndicated_pair_among_site_docs_is_not_learnt():
    shared = story(99)
    texts = [doc(shared), doc(shared[:-1])] + [doc(story(seed)) for seed in range(3)]
    assert learn_site_boilerplate(texts) == frozenset()


def test_long_repeated_paragraph_is_not_learnt():
    long_paragraph = " ".join(WORDS * 5) + "."
    texts = [doc(story(seed) + [long_paragraph]) for seed in range(5)]
    assert learn_site_boilerplate(texts) == frozenset()


def test_learnt_from_raw_texts_matches_at_cleaning_time():
    header = "**Example Times** | [Subscribe](https://example.com/subscribe)"
    texts = [doc([header] + story(seed)) for seed in range(4)]
    learnt = learn_site_boilerplate(texts)
    assert len(learnt) == 1
    assert clean_text(texts[0], site_boilerplate=learnt) == doc(story(0))


def test_empty_input():
    assert learn_site_boilerplate([]) == frozenset()
    assert learn_site_boilerplate(["", " ", ""]) == frozenset()

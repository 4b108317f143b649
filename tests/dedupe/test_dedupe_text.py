"""The exact-duplicate hash and MinHash signatures."""

from __future__ import annotations

import re

import numpy as np
import pytest

from newsetl.dedupe import MinHasher, text_hash, words
from newsetl.dedupe.minhash import band_keys, similarity

STORY = (
    "Chinese President Xi Jinping pledged to deepen China's support for Russia after "
    "U.S. President Donald Trump threatened to levy sweeping secondary sanctions on "
    "Russia's trading partners if the Kremlin does not stop its war in Ukraine in 50 days. "
    "In a meeting with Russian Foreign Minister Sergei Lavrov in Beijing, Xi said both "
    "nations must implement the key agreements reached during his recent talks with "
    "President Vladimir Putin, Chinese state media reported Tuesday."
)


def test_text_hash_folds_case_punctuation_and_whitespace():
    variant = re.sub(r"\s+", "\n\n  ", STORY.upper()).replace("'", "’").replace(".", " .")
    assert text_hash(variant) == text_hash(STORY)
    assert text_hash("**Xi** met *Lavrov*") == text_hash("Xi met Lavrov")
    assert text_hash("ﬁnal ＡＢＣ") == text_hash("final abc")  # compatibility forms


def test_text_hash_tells_different_words_apart():
    assert text_hash(STORY) != text_hash(STORY.replace("50 days", "60 days"))
    assert text_hash("") == text_hash(None) == text_hash("  ...  ")
    assert len(text_hash(STORY)) == 32


def test_signatures_are_deterministic_across_instances():
    first = MinHasher(seed=7).signature(words(STORY))
    again = MinHasher(seed=7).signature(words(STORY))
    other_seed = MinHasher(seed=8).signature(words(STORY))
    assert first.dtype == np.uint32 and first.shape == (128,)
    assert np.array_equal(first, again)
    assert not np.array_equal(first, other_seed)


def jaccard(a: str, b: str, k: int = 4) -> float:
    def shingles(text):
        tokens = words(text)
        return {tuple(tokens[i : i + k]) for i in range(len(tokens) - k + 1)}

    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb)


@pytest.mark.parametrize("cut", [0, 5, 12, 25])
def test_estimated_similarity_tracks_jaccard(cut):
    tokens = STORY.split()
    edited = " ".join(tokens[: len(tokens) - cut] + ["extra", "closing", "words"] * (cut // 5))
    hasher = MinHasher(num_perm=256)
    estimate = similarity(hasher.signature(words(STORY)), hasher.signature(words(edited)))[0]
    assert abs(estimate - jaccard(STORY, edited)) < 0.12


def test_short_and_empty_texts_sign():
    hasher = MinHasher()
    assert (
        similarity(hasher.signature(["two", "words"]), hasher.signature(["two", "words"]))[0] == 1
    )
    empty = hasher.signature([])
    assert (empty == 0xFFFFFFFF).all()


def test_band_keys_agree_exactly_on_equal_bands():
    hasher = MinHasher()
    a = hasher.signature(words(STORY))
    b = a.copy()
    b[7] += 1  # differs in band 1 (rows 5..9) only
    keys = band_keys(np.stack([a, b]), bands=16, rows=5)
    assert keys.shape == (2, 16) and keys.dtype == np.uint64
    same = keys[0] == keys[1]
    assert not same[1] and same[[0, *range(2, 16)]].all()
    assert len(set(keys[0].tolist())) == 16  # the band number is mixed into the key

"""Deciding which story each copy belongs to, against the batch and the warehouse.

A copy joins an article already loaded when (in this order of trust) its URL
or canonical URL is known, the id its canonical URL or text would get exists,
its text is exactly one already stored, or its MinHash signature is at least
``threshold`` similar to a stored one (found through the LSH band table).
Copies of one batch are grouped with each other by the same tests, so a
batch's duplicates merge even when nothing was loaded before. Groups and
representatives come from total orders, so the result does not depend on the
order in which copies arrive.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

import duckdb
import numpy as np

from newsetl.dedupe import store
from newsetl.dedupe.merge import settle
from newsetl.dedupe.minhash import MinHasher, band_keys, exact_jaccard, similarity
from newsetl.dedupe.quality import rank_of
from newsetl.dedupe.records import Match, PreparedCopy, Resolution, article_id_for
from newsetl.dedupe.settings import DedupeSettings
from newsetl.dedupe.text import hash_of_words, text_hash, words
from newsetl.models import Article
from newsetl.urls import canonical_page_url, canonicalize_url
from newsetl.warehouse.loads import utcnow


def copy_url(copy: Article) -> str:
    """The key a copy is recorded under: its canonicalised URL, a document's
    ``file:`` URI as given, or (with neither) its canonical URL or text hash."""
    source = (copy.source_url or "").strip()
    if source:
        return canonicalize_url(source)
    if copy.canonical_url:
        return canonicalize_url(copy.canonical_url)
    return f"content:{text_hash(copy.text)}"


class DedupeIndex:
    """Resolves copies against the warehouse ``con`` and records them there.

    ``resolve`` only reads; ``persist`` writes the dedupe tables and belongs in
    the loader's transaction, after the article rows are written (it records
    only copies whose article exists, so quarantined stories leave no trace).
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, settings: DedupeSettings | None = None):
        self.con = con
        self.settings = settings or DedupeSettings()
        self.hasher = MinHasher(
            num_perm=self.settings.num_perm,
            shingle_size=self.settings.shingle_size,
            seed=self.settings.seed,
        )
        store.check_scheme(con, self.settings)

    def resolve(self, copies: Sequence[Article]) -> list[Resolution]:
        """One resolution per copy, in the order given."""
        prepared = sorted(
            (self.prepare(position, copy) for position, copy in enumerate(copies)),
            key=lambda copy: copy.order,
        )
        if not prepared:
            return []
        self._match_stored(prepared)
        groups = self._groups(prepared)
        matched = {copy.match.article_id for copy in prepared if copy.match}
        stored = store.stored_articles(self.con, sorted(matched))
        by_position: dict[int, Resolution] = {}
        for article_id, members in groups:
            settled = settle(article_id, members, stored.get(article_id), self.hasher)
            by_position.update(zip((m.position for m in members), settled, strict=True))
        return [by_position[position] for position in range(len(copies))]

    def persist(self, resolutions: Sequence[Resolution]) -> None:
        """Record the copies, texts, signatures, band keys and representatives of
        ``resolutions`` whose article exists. Idempotent."""
        live = store.existing_article_ids(self.con, [r.article_id for r in resolutions])
        kept = [r for r in resolutions if r.article_id in live and r.fingerprint is not None]
        if not kept:
            return
        now = utcnow()
        store.write_scheme(self.con, self.settings, now)
        store.write_copies(self.con, _copy_rows(kept), now)
        batch_urls = {r.url for r in kept}
        store.update_relations(
            self.con,
            [link for r in kept for link in r.links or () if link.url not in batch_urls],
        )
        texts = _text_rows(kept)
        if texts:
            signatures = np.stack([signature for _, _, signature, _ in texts])
            buckets = band_keys(signatures, self.settings.bands, self.settings.rows_per_band)
            store.write_texts(self.con, texts, buckets, now)
        store.write_representatives(self.con, _representative_rows(kept), now)

    def shingles_of(self, text: str) -> np.ndarray:
        return self.hasher.shingle_set(words(text))

    def prepare(self, position: int, copy: Article) -> PreparedCopy:
        if not isinstance(copy.text, str):
            copy = replace(copy, text="")
        text = copy.text
        tokens = words(text)
        content_hash = hash_of_words(tokens)
        url = copy_url(copy)
        # the page's own canonical URL only when it is trustworthy (same site, not a home page)
        canonical = canonical_page_url(copy.source_url, copy.canonical_url)
        shingles = self.hasher.shingle_set(tokens)
        return PreparedCopy(
            position=position,
            article=copy,  # the copy as given (with "" for text that was not a string)
            url=url,
            canonical=canonical,
            content_hash=content_hash,
            words=len(tokens),
            signature=self.hasher.signature_of_shingles(shingles),
            shingles=shingles,
            rank=rank_of(copy, url, content_hash),
        )

    def _match_stored(self, prepared: list[PreparedCopy]) -> None:
        """Set each copy's best direct match with a stored article, if any."""
        urls = sorted({u for c in prepared for u in (c.url, c.canonical) if u})
        known = store.known_urls(self.con, urls)
        by_content = store.articles_by_content(self.con, [c.content_hash for c in prepared])
        ids = [article_id_for(c.canonical, c.content_hash) for c in prepared]
        existing_ids = store.existing_article_ids(self.con, ids)
        near = self._near_matches(prepared)
        for copy, own_id in zip(prepared, ids, strict=True):
            matches = near.get(copy.position, [])
            if copy.url in known:
                matches.append(Match(known[copy.url].article_id, "url", 1.0))
            if copy.canonical in known:
                matches.append(Match(known[copy.canonical].article_id, "canonical", 1.0))
            if own_id in existing_ids:
                matches.append(Match(own_id, "id", 1.0))
            if copy.content_hash in by_content:
                matches.append(Match(by_content[copy.content_hash], "content", 1.0))
            copy.match = min(matches, key=lambda m: m.key) if matches else None

    def _near_matches(self, prepared: list[PreparedCopy]) -> dict[int, list[Match]]:
        """Stored articles each copy is a near duplicate of, by position.

        Candidates come from the band table. An estimate within ``verify_margin``
        of the threshold is replaced by the exact similarity with the article's
        text when the candidate is that text; others are judged on the estimate."""
        signed = [copy for copy in prepared if copy.words]
        candidates = store.near_candidates(self.con, self._buckets(signed), self.settings.num_perm)
        floor = self.settings.threshold - self.settings.verify_margin
        close = []  # (copy, stored text, estimate) not clearly below the threshold
        for row, copy in enumerate(signed):
            stored = candidates.get(row, [])
            if stored:
                estimates = similarity(copy.signature, np.stack([t.signature for t in stored]))
                close += [
                    (copy, t, float(e))
                    for t, e in zip(stored, estimates, strict=True)
                    if e >= floor
                ]
        unsure = sorted({t.article_id for _, t, e in close if self._uncertain(e)})
        texts = store.representative_texts(self.con, unsure)
        shingles: dict[str, np.ndarray] = {}
        near: dict[int, list[Match]] = defaultdict(list)
        for copy, text, estimate in close:
            score = estimate
            if (
                self._uncertain(estimate)
                and texts.get(text.article_id, ("",))[0] == text.content_hash
            ):
                if text.content_hash not in shingles:
                    shingles[text.content_hash] = self.shingles_of(texts[text.article_id][1])
                score = exact_jaccard(copy.shingles, shingles[text.content_hash])
            if score >= self.settings.threshold:
                near[copy.position].append(Match(text.article_id, "near", round(score, 4)))
        return near

    def _buckets(self, prepared: Sequence[PreparedCopy]) -> np.ndarray:
        if not prepared:
            return np.empty((0, self.settings.bands), dtype=np.uint64)
        signatures = np.stack([copy.signature for copy in prepared])
        return band_keys(signatures, self.settings.bands, self.settings.rows_per_band)

    def _groups(self, prepared: list[PreparedCopy]) -> list[tuple[str, list[PreparedCopy]]]:
        """(article id, copies) per story of this batch, sorted by article id.

        A group of the batch that matched no stored article is a new story; one
        that matched several keeps them apart (stored articles are never merged
        with each other): each copy goes to the article it matched, or else to
        the group's strongest match."""
        assigned: dict[str, list[PreparedCopy]] = defaultdict(list)
        for members in self._components(prepared):
            matched = [copy.match for copy in members if copy.match is not None]
            if not matched:
                assigned[_new_id(members)].extend(members)
                continue
            fallback = min(matched, key=lambda m: m.key)
            for copy in members:
                if copy.match is None:
                    copy.match = Match(fallback.article_id, "batch", fallback.similarity)
                assigned[copy.match.article_id].append(copy)
        return sorted(assigned.items())

    def _components(self, prepared: list[PreparedCopy]) -> list[list[PreparedCopy]]:
        links = _UnionFind(len(prepared))
        first: dict[tuple[str, str], int] = {}
        for row, copy in enumerate(prepared):
            keys = [("url", copy.url), ("hash", copy.content_hash)]
            if copy.canonical:
                keys.append(("url", copy.canonical))
            if copy.match is not None:
                keys.append(("article", copy.match.article_id))
            for key in keys:
                links.union(row, first.setdefault(key, row))
        texts = sorted({first[("hash", c.content_hash)] for c in prepared if c.words})
        self._link_near(prepared, texts, links)
        components: dict[int, list[PreparedCopy]] = defaultdict(list)
        for row, copy in enumerate(prepared):
            components[links.find(row)].append(copy)
        return [components[root] for root in sorted(components)]

    def _link_near(self, prepared: list[PreparedCopy], texts: list[int], links: _UnionFind) -> None:
        """Join the batch's distinct texts that are near duplicates of each other."""
        if len(texts) < 2:
            return
        buckets = self._buckets([prepared[row] for row in texts])
        by_bucket: dict[int, list[int]] = defaultdict(list)
        for row, keys in zip(texts, buckets.tolist(), strict=True):
            for key in keys:
                by_bucket[key].append(row)
        for rows in by_bucket.values():
            for index, a in enumerate(rows):
                for b in rows[index + 1 :]:
                    if links.find(a) == links.find(b):
                        continue
                    if self._near_pair(prepared[a], prepared[b]):
                        links.union(a, b)

    def _near_pair(self, a: PreparedCopy, b: PreparedCopy) -> bool:
        estimate = float(similarity(a.signature, b.signature)[0])
        if not self._uncertain(estimate):
            return estimate >= self.settings.threshold
        return exact_jaccard(a.shingles, b.shingles) >= self.settings.threshold

    def _uncertain(self, estimate: float) -> bool:
        """Whether an estimate is too close to the threshold to decide on."""
        return abs(estimate - self.settings.threshold) < self.settings.verify_margin


def _new_id(members: Sequence[PreparedCopy]) -> str:
    canonicals = sorted(copy.canonical for copy in members if copy.canonical)
    if canonicals:
        return article_id_for(canonicals[0], "")
    return article_id_for(None, min(copy.content_hash for copy in members))


class _UnionFind:
    def __init__(self, size: int):
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: int, b: int) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            # the smaller row is the root, so roots do not depend on the order of unions
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


def _copy_rows(resolutions: Sequence[Resolution]) -> list[dict]:
    """One row per copy URL (the best-ranked copy when a URL came twice)."""
    best: dict[str, Resolution] = {}
    for resolution in resolutions:
        current = best.get(resolution.url)
        if current is None or resolution.fingerprint.rank.key < current.fingerprint.rank.key:
            best[resolution.url] = resolution
    rows = []
    for url in sorted(best):
        resolution = best[url]
        copy, fingerprint = resolution.copy, resolution.fingerprint
        rows.append(
            {
                "url": url,
                "article_id": resolution.article_id,
                "content_hash": fingerprint.content_hash,
                "canonical_url": fingerprint.canonical_url,
                **{name: getattr(copy, name) for name in store.COPY_METADATA},
                "authors": list(copy.authors or []),
                "word_count": fingerprint.word_count,
                "metadata_score": fingerprint.metadata_score,
                "noise": fingerprint.noise,
                "relation": resolution.relation,
                "similarity": resolution.similarity,
            }
        )
    return rows


def _text_rows(resolutions: Sequence[Resolution]) -> list[tuple[str, str, np.ndarray, int]]:
    """(content_hash, article_id, signature, word_count) per distinct text that has words."""
    texts: dict[str, tuple[str, str, np.ndarray, int]] = {}
    for resolution in sorted(resolutions, key=lambda r: (r.article_id, r.url)):
        fingerprint = resolution.fingerprint
        if not fingerprint.signed:
            continue
        texts.setdefault(
            fingerprint.content_hash,
            (
                fingerprint.content_hash,
                resolution.article_id,
                np.frombuffer(fingerprint.signature, dtype="<u4"),
                fingerprint.word_count,
            ),
        )
    return [texts[key] for key in sorted(texts)]


def _representative_rows(resolutions: Sequence[Resolution]) -> list[dict]:
    rows = {}
    for resolution in resolutions:
        if resolution.article is not None and resolution.representative is not None:
            rep = resolution.representative
            rows[resolution.article_id] = {
                "article_id": resolution.article_id,
                "representative_url": rep.url,
                "content_hash": rep.content_hash,
                "metadata_score": rep.metadata_score,
                "noise": rep.noise,
                "word_count": rep.word_count,
            }
    return [rows[key] for key in sorted(rows)]

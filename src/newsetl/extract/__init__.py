"""Article extraction: an HTML page in, an ``ExtractedArticle`` out.

    from newsetl.extract import extract_article
    article = extract_article(html, url="https://example.org/2025/07/15/story")

A pure function: no network, no I/O, never raises on bad HTML.
"""

from newsetl.extract.article import ExtractSettings, extract_article
from newsetl.extract.language import guess_language

__all__ = ["ExtractSettings", "extract_article", "guess_language"]

"""Reading who a word stands for never loops."""

from __future__ import annotations

from newsetl.nlp.actors import ActorFinder
from newsetl.nlp.context import ArticleContext
from newsetl.nlp.mentions import collect_mentions

# "masters" is described by its owner "their", which stands for the sentence's conjoined
# subject, whose conjunct is "masters" again.
LOOPING = (
    "Hong Kong police and their Chinese Ministry of State Security intelligence service "
    "masters are proving unable to stem the mass disorder."
)


def _context(nlp, text: str) -> ArticleContext:
    doc = nlp(text)
    context = ArticleContext(article_index=0, doc=doc, published=None)
    sentences = list(doc.sents)
    context.sentence_starts = [sentence.start for sentence in sentences]
    collect_mentions(context, sentences)
    return context


def test_a_word_whose_reading_comes_back_to_itself_stands_for_no_one_there(nlp):
    context = _context(nlp, LOOPING)
    finder = ActorFinder(context)
    for token in context.doc:
        finder.actors(token)  # raised RecursionError on "masters" and "their"
    police = next(token for token in context.doc if token.text == "police")
    assert {context.mentions[index].text for index in finder.actors(police)} == {"Hong Kong"}

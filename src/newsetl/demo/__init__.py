"""The bundled sample news sites that ``newsetl demo``, the flow tests and the ``demo`` deployment ingest.

Three fictional news sites on ``.example`` host names, each with its own page
template, metadata form and way to be discovered (RSS, sitemap, sitemap
index), twelve stories and one story syndicated on two sites. ``server``
serves them on 127.0.0.1; ``content.load_articles()`` lists what they hold, for
golden tests.

The articles are written for this sample. The China-Russia stories follow the
seed documents; the others follow widely reported events of 2024-2025. Quotes
from analysts, readers and residents, and all reporters, are invented.
"""

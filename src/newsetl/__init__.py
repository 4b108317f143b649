"""newsetl: a news ETL for data and OSINT analysts.

The library holds every stage as plain functions over the dataclasses in
``newsetl.models``; Prefect (in the top-level ``tasks`` and ``flows`` packages)
only composes them.
"""

__version__ = "0.1.0"

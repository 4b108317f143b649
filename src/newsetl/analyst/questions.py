"""The example questions in ``warehouse/queries/`` and the README section made from them.

Each query file starts with comment lines: the question first, then how the SQL
answers it. ``python -m newsetl.analyst.questions --warehouse PATH`` prints the
section "Questions you can ask" with each answer as found in that warehouse;
without ``--warehouse`` each answer is left as a marked placeholder.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb

from newsetl.analyst.query import QueryResult, plain_value, run_query
from newsetl.warehouse.migrations import sql_root

ANSWER_ROWS = 10
CELL_CHARS = 80
PLACEHOLDER = "<!-- demo-answer: {slug} -->\n_Answer on the demo data: to be filled in._"

INTRO = """<!-- Made from warehouse/queries/*.sql with the answers from a warehouse:
     uv run python -m newsetl.analyst.questions --warehouse warehouse/newsetl.duckdb -->
## Questions you can ask

The warehouse is plain DuckDB: ask it with `newsetl query "SQL"` (read-only; add
`--format csv` or `--format json` for other tools) or open
`warehouse/newsetl.duckdb` read-only in any DuckDB client. Besides the tables,
these views make the common questions one line of SQL:

| view | one row per |
|---|---|
| `event_timeline` | event: date and precision, actors, label, place, articles and domains reporting it, first source URL |
| `entity_daily_mentions` | entity and day (by article publication date): articles, domains, mentions |
| `entity_cooccurrence` | pair of entities named in the same articles: shared articles and weight |
| `actor_relations` | week, actor pair and CAMEO root: events, with QuadClass and cooperation/conflict |
| `source_health` | domain and day: fetch attempts, outcomes, failure rate, typical error, timings |
| `data_quality` | load and validated table: checks failed, rows quarantined |
| `cameo_root` | CAMEO root code: name, QuadClass, cooperation or conflict |

An event's `event_date` is the date its own sentence gives the act, read against the
article's publication date, at `date_precision` day, month or year ("on Tuesday", "last
month", "in 2019"); it is unknown when the sentence gives none (`event_timeline` then
falls back to the day it was first reported and says so in `timeline_date_source`). Only
a planned, threatened or conditional act (`modality`) may be dated after its report. Its
`place_entity_id` is where the act happened as the sentence names it: "in Kazan", the
town an attack hit, the place a visit went to.

Full-text search: `newsetl search "words"` ranks articles by BM25 with a snippet, and SQL
can call `fts_main_article.match_bm25(article_id, 'words')` (see the last question;
`newsetl query` loads the fts extension, other clients need `LOAD fts` first).
`newsetl stats` summarises the warehouse, `newsetl export --to DIR` writes every table as
Parquet partitioned by month, and `newsetl report` draws the charts in one HTML file.

Each question below is a file in `warehouse/queries/`; run one with
`newsetl query --file warehouse/queries/01_who_met_whom.sql`.
"""


@dataclass(frozen=True)
class Question:
    slug: str  # the file name without .sql
    question: str
    explanation: str
    sql: str  # the statement, comments removed


def load_questions(folder: Path | None = None) -> list[Question]:
    folder = folder or sql_root() / "queries"
    return [_parse(path) for path in sorted(folder.glob("*.sql"))]


def _parse(path: Path) -> Question:
    lines = path.read_text(encoding="utf-8").strip().splitlines()
    comments = []
    while lines and lines[0].startswith("--"):
        comments.append(lines.pop(0).removeprefix("--").strip())
    if not comments or not lines:
        raise ValueError(f"{path}: expected a question in comment lines, then the SQL")
    return Question(
        slug=path.stem,
        question=comments[0],
        explanation=" ".join(comments[1:]),
        sql="\n".join(lines),
    )


def render_questions(
    questions: Sequence[Question], con: duckdb.DuckDBPyConnection | None = None
) -> str:
    """The README section; with ``con``, each answer is its query's result there."""
    parts = [INTRO]
    for number, question in enumerate(questions, start=1):
        answer = (
            markdown_table(run_query(con, question.sql))
            if con is not None
            else PLACEHOLDER.format(slug=question.slug)
        )
        parts.append(
            f"### {number}. {question.question}\n\n{question.explanation}\n\n"
            f"```sql\n{question.sql}\n```\n\n{answer}\n"
        )
    return "\n".join(parts)


def markdown_table(result: QueryResult, max_rows: int = ANSWER_ROWS) -> str:
    if not result.rows:
        return "_No rows._"
    lines = [
        "| " + " | ".join(result.columns) + " |",
        "|" + "---|" * len(result.columns),
    ]
    for row in result.rows[:max_rows]:
        lines.append("| " + " | ".join(_cell(value) for value in row) + " |")
    if len(result.rows) > max_rows:
        lines.append(f"\n_…and {len(result.rows) - max_rows} more rows._")
    return "\n".join(lines)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        text = f"{value:.3f}".rstrip("0").rstrip(".")
    else:
        plain = plain_value(value)
        text = ", ".join(map(str, plain)) if isinstance(plain, list) else str(plain)
    text = re.sub(r"\s+", " ", text).replace("|", "\\|")
    return text if len(text) <= CELL_CHARS else text[: CELL_CHARS - 1] + "…"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Print the 'Questions you can ask' section.")
    parser.add_argument("--warehouse", type=Path, help="answer each question from this warehouse")
    args = parser.parse_args(argv)
    questions = load_questions()
    if args.warehouse is None:
        print(render_questions(questions), end="")
        return
    from newsetl.analyst.connection import open_read_only

    with open_read_only(args.warehouse) as con:
        print(render_questions(questions, con), end="")


if __name__ == "__main__":
    main()

"""The example questions: each runs and answers on a real warehouse, and the docs show them."""

from pathlib import Path

import pytest

from newsetl.analyst import run_query
from newsetl.analyst.query import QueryResult
from newsetl.analyst.questions import load_questions, markdown_table, render_questions

DOCS = Path(__file__).resolve().parents[2] / "README.md"
QUESTIONS = load_questions()


def test_there_are_eight_to_ten_questions_each_a_real_question():
    assert 8 <= len(QUESTIONS) <= 10
    for question in QUESTIONS:
        assert question.question.endswith("?") and question.explanation, question.slug


@pytest.mark.parametrize("question", QUESTIONS, ids=[question.slug for question in QUESTIONS])
def test_every_question_has_an_answer_in_the_sample_warehouse(con, question):
    assert run_query(con, question.sql).rows, question.slug


def test_the_docs_show_every_question_with_its_sql_and_an_answer_or_its_marker():
    text = DOCS.read_text(encoding="utf-8")
    for question in QUESTIONS:
        assert question.question in text and question.sql in text, question.slug
        section = text.split(question.sql, 1)[1].split("\n### ", 1)[0]
        has_marker = f"<!-- demo-answer: {question.slug} -->" in section
        answered = "\n| " in section or "_No rows._" in section
        assert has_marker or answered, f"{question.slug}: no answer and no marker"


def test_rendering_from_a_warehouse_fills_in_every_answer(con):
    text = render_questions(QUESTIONS, con)
    assert "demo-answer" not in text
    assert "| Xi Jinping | Sergei Lavrov | Beijing | 1 | 1 |" in text


def test_markdown_cells_are_escaped_and_cut():
    result = QueryResult(columns=["a", "b"], rows=[("x|y\nz", "w" * 200), (None, 0.12345)])
    table = markdown_table(result)
    assert "| x\\|y z | " + "w" * 79 + "… |" in table
    assert "|  | 0.123 |" in table

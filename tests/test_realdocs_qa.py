"""Questions about table rows of the real PDFs, on the real model."""

import shutil

import pytest

from tests.conftest import REALDOCS

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def pdf_assistant(tmp_path_factory):
    from qa.config import Settings
    from qa.pipeline import Assistant, build_index

    base = tmp_path_factory.mktemp("realdocs")
    corpus = base / "corpus"
    corpus.mkdir()
    for p in REALDOCS.glob("*.pdf"):
        shutil.copy(p, corpus / p.name)
    settings = Settings(corpus_dir=corpus, index_dir=base / "index", data_dir=base / "data")
    report = build_index(settings)
    assert len(report.skipped) == 2 and report.documents == 5
    return Assistant.load(settings)


def test_row_on_page_two_is_cited_with_the_header_from_page_one(pdf_assistant):
    a = pdf_assistant.ask("How many employees were affected by the Minno, Inc. closure in San Francisco?")
    assert a.status == "answered" and "255" in a.answer
    c = a.citations[0]
    assert c.page == 2 and c.doc.startswith("WARN") and "Company: Minno, Inc." in c.text and "No. Of: 255" in c.text


def test_row_split_from_a_merged_cell_answers(pdf_assistant):
    a = pdf_assistant.ask("What were the total background checks in Alabama?")
    assert "71,137" in a.answer and a.citations[0].row.startswith("Alabama")


def test_a_month_the_report_does_not_cover_is_refused_naming_what_it_has(pdf_assistant):
    # the WARN report's monthly summary runs from July 2015 to March 2016
    a = pdf_assistant.ask("How many employees were affected in April 2016?")
    assert a.status == "no_answer" and "April 2016" in a.answer and "6,617" not in a.answer
    b = pdf_assistant.ask("How many employees were affected in January 2016?")
    assert b.status == "answered" and "6,617" in b.answer


def test_a_word_of_the_file_name_no_page_prints_is_no_unknown_subject(pdf_assistant):
    # "WARN" is in the file name, not in the tables' text
    a = pdf_assistant.ask("How many WARN notices were received in January 2016?")
    assert a.status == "answered" and "85" in a.answer and a.citations[0].row.startswith("January 2016")


def test_the_biggest_of_a_list_printed_over_many_pages_is_read_from_every_page(pdf_assistant):
    # Toyota's 3,000 is on page 2; each later page's rows were once ranked alone
    a = pdf_assistant.ask("Which company filed the biggest WARN notice?")
    assert a.status == "answered" and a.answer.startswith("Toyota Motor North America") and "3000" in a.answer
    assert a.citations[0].page == 2


def test_a_follow_up_moves_the_month_of_a_monthly_report(pdf_assistant):
    first = pdf_assistant.ask("How many employees were affected in July 2015?")
    assert "8,574" in first.answer
    named = pdf_assistant.ask("What about August 2015?", previous=first)
    assert named.corrected == "How many employees were affected in August 2015?" and "5,890" in named.answer
    after = pdf_assistant.ask("And the month after?", previous=named)
    assert "September 2015" in after.answer and "4,864" in after.answer


def test_a_count_naming_no_column_reads_the_totals_column(pdf_assistant):
    a = pdf_assistant.ask("How many checks were there in Puerto Rico?")
    assert a.status == "answered" and "Totals: 1,242" in a.answer and a.citations[0].row.startswith("Puerto Rico")

"""The one place the stages meet: build_index(settings) and Assistant.ask(question)."""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING, Any

import numpy as np

from qa.answerers import define
from qa.answer import MEDICAL_REFUSAL, compose, unsupported_numbers
from qa.language import NOT_ENGLISH, other_language
from qa.config import Settings
from qa.conflicts import note_conflicts
from qa.embed import DIMENSION, MODEL_NAME, Embedder, default_embedder
from qa.errors import InvalidQuestionError, QAError
from qa.conversation import of_row, refers_back, row_swapped, shifted_question, stands_alone, swapped_question
from qa.draft import Draft, refusal
from qa.glossary import ABBREVIATIONS, acronym_singulars, expand_acronyms, expansions, replace_acronyms
from qa.intent import Intent, read_intent
from qa.medical import MedicalModel, medical_model
from qa.lexicon import fingerprint as lexicon_fingerprint
from qa.parse import fingerprint, load_corpus
from qa.relevance import Evidence, name_words, names_only_columns, refusal_reason, rerank, subject_tokens
from qa.rank import gate_model
from qa.retrieve import hybrid_search
from qa.spelling import Speller, initialism, shorthand, worth_saying
from qa.tableview import TableView
from qa.text import stem, stopwords
from qa.types import Answer, BuildReport, Citation, Hit, Source, Unit
from qa.units import build_units, embedding_text, introduces, render_row, truncate

if TYPE_CHECKING:
    from qa.index import Manifest, SearchIndex

log = logging.getLogger(__name__)
SHORTHAND_DEPTH = 10  # hits whose words a shortened question word ("res care") is written out from
SECTION_LIMIT = 60  # units read either side of a hit when gathering its list or section (bounds the work per answer)
UNITS_FORMAT = 36  # 4: list items carry their lead-in paragraph; 5: "10yr" is also searched as "10 year"; 6: totals inherit shared cells;
# 7: page labels dropped; 8: a footnote inside a table's grid is a passage; 9: a PDF's running header or footer
# repeated in the page margin is neither a heading nor a paragraph; 10: dates and financial years are searched
# one way ("30-Sep-24" as "30 September 2024"); 11: rows printed as one cell under a table rejoin it; 12: a
# numbered title printed in the body's font ("F) Adult Social Care …") is a heading; 13: a PDF line starting
# with a bullet starts a list item carrying its lead-in; 14: abbreviations are mined either way round ("LOBO
# (Lender's Option Borrower's Option)"); 15: a caption line just above a table titles it and gives its unit;
# 16: header bands and groups read as annual reports print them (repeated header blocks, subtotal rows,
# per-column units); 17: a row under a header that names every column apart is data, not a sub-header;
# 18: a name led by a short form ("MoD Employer Recognition Scheme") also gives the initials of the rest ("ERS");
# 19: a Word cell merged down header rows is kept once; "X subtotal" closes group X; 20: and is a total row;
# 21: an HTML cell spanning rows is kept once; a PDF page with narrow word gaps is read with a tighter
# tolerance; an abbreviation defined two ways that differ in one word is kept; 22: a PDF total line
# printed as its own table above a table's header is that table's total row; 23: a column of references
# ("S05") gives way to a column of names as the row label; 24: also to one with a blank name (a total row);
# 25: a period heading "2022-23 (%)" is a header, labels over repeated sub-headers head their own blocks; 26: units
# without their brackets, "AB-24/03" is a reference, a line of blanks to fill in is dropped; 27: references give
# way to the names printed next after them, never to dates; 28: search tokens without accents ("café" is
# "cafe"), "100k" also searched as "100000", "Q1" as "quarter 1"; 29: the words the passages write as names, stored with the index;
# 30: an HTML cell's superscript note mark is dropped ("population<sup>a</sup>" is "population"); 31: a PDF table
# carried onto the next page under its header printed again, with no caption of its own, keeps its caption;
# 32: a unit printed over a PDF table's labels ("£000") is neither a figure nor a header, the group band above
# it heads the columns; a header cell printed on two lines, the second in lower case, is one name ("Year to date");
# 33: a total row under a group's subtotal stands outside the group; 34: a PDF table's caption set as a heading
# ("Table 1: …" in bold) titles the table but heads no section; a group header may have five words;
# 35: a one-row header whose cell is a unit phrase ("% of total") names its column by it; 36: a PDF line
# opening with a paragraph number ("4.4 The main …") starts a paragraph of its own


def unit_settings(settings: Settings) -> dict[str, Any]:
    """What the units depend on besides the corpus: a change to any of it makes the index stale."""
    return {"units_format": UNITS_FORMAT, "passage_max_chars": settings.passage_max_chars, "lexicon": lexicon_fingerprint()}


def _cache_key(model: str, text: str) -> str:
    return hashlib.sha1(f"{model}\0{text}".encode()).hexdigest()


def _previous_vectors(settings: Settings, model: str) -> dict[str, np.ndarray]:
    """Vectors of the current index by unit content, so a rebuild embeds only what changed."""
    from qa.index import load_index

    try:
        old = load_index(settings.index_dir, verify=True)
    except QAError:
        return {}
    keys = old.embedding_keys()
    if old.manifest.model != model or not keys:
        return {}
    vectors = old.vectors()
    return {k: vectors[i] for i, k in enumerate(keys)}


def build_index(
    settings: Settings | None = None,
    *,
    embedder: Embedder | None = None,
    progress: bool = False,
    lock_timeout: float | None = None,
) -> BuildReport:
    """Parse the corpus, cut it into units, embed what is new and write a fresh index version.

    One build at a time per index folder: a second waits for the first (or, with `lock_timeout`,
    gives up after that many seconds with IndexBusyError), then reuses the vectors it wrote."""
    from qa.index import build_lock

    settings = settings or Settings.from_env()
    with build_lock(settings.index_dir, timeout=lock_timeout):
        return _build(settings, embedder, progress)


def _build(settings: Settings, embedder: Embedder | None, progress: bool) -> BuildReport:
    from qa.index import write_index

    started = time.perf_counter()
    docs, skipped = load_corpus(settings.corpus_dir, cache_dir=settings.data_dir / PARSE_CACHE)
    units = build_units(docs, passage_max_chars=settings.passage_max_chars)
    # The model is loaded only when something needs embedding: a rebuild with nothing new skips it.
    model_name = embedder.name if embedder is not None else MODEL_NAME
    dimension = embedder.dimension if embedder is not None else DIMENSION
    cache = _previous_vectors(settings, model_name)
    keys = [_cache_key(model_name, embedding_text(u)) for u in units]
    todo = [i for i, k in enumerate(keys) if k not in cache]
    vectors = np.zeros((len(units), dimension), dtype=np.float32)
    for i, k in enumerate(keys):
        if k in cache:
            vectors[i] = cache[k]
    if todo:
        embedder = embedder or default_embedder()
        fresh = _embed_batches([embedding_text(units[i]) for i in todo], embedder, settings.batch_size, progress)
        vectors[todo] = fresh
    folder = write_index(
        settings.index_dir,
        units,
        vectors,
        model=model_name,
        unit_settings=unit_settings(settings),
        corpus_fingerprint=fingerprint(settings.corpus_dir),
        documents={d.name: asdict(d.source) for d in docs},
        embedding_keys=keys,
        corpus_dir=str(settings.corpus_dir.resolve()),
    )
    return BuildReport(
        documents=len(docs),
        passages=sum(u.kind == "passage" for u in units),
        rows=sum(u.kind == "row" for u in units),
        skipped=tuple(skipped),
        embedded=len(todo),
        seconds=time.perf_counter() - started,
        index_dir=str(folder),
    )


def _embed_batches(texts: list[str], embedder: Embedder, batch_size: int, progress: bool) -> np.ndarray:
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(texts), unit="unit", desc="Embedding")
    out = []
    for start in range(0, len(texts), batch_size):
        out.append(embedder.encode(texts[start : start + batch_size], batch_size=batch_size))
        if bar:
            bar.update(len(out[-1]))
    if bar:
        bar.close()
    return np.vstack(out)


class _Background:
    """Run a loader on a second thread; `result()` waits for it and re-raises its error. Not a
    daemon: the interpreter must not exit while native code (ONNX Runtime) runs on it."""

    def __init__(self, load: Callable[[], Embedder]) -> None:
        self._value: Embedder | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(load,), name="load-model")
        self._thread.start()

    def _run(self, load: Callable[[], Embedder]) -> None:
        try:
            self._value = load()
        except BaseException as exc:  # handed to the caller by result()
            self._error = exc

    def result(self) -> Embedder:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._value is not None
        return self._value


@dataclass(frozen=True)
class Gathered:
    """The evidence for one question, before the gate and the answerers."""

    intent: Intent
    gate_text: str  # the words the gate judges (a follow-up's own words when it has any)
    combined: bool  # gate_text joins the previous question to this one
    hits: list[Hit]
    vector: np.ndarray
    question: str = ""  # the question as answered: with misspelt words corrected
    corrected: str | None = None  # that question, when a correction was made
    medical: bool = False  # asks for personal medical advice (then nothing is retrieved)


PARSE_CACHE = "parse-cache"  # under the data folder: files parsed by the last build, reused while unchanged
MAX_PAGES = 60  # pages a table may run on either side of the one asked about


def page_signature(rows: list[Unit]) -> tuple[str, tuple[str, ...], int, int]:
    """A table's title, headers, and first and last page, as `continued_run` compares them."""
    pages = [u.page for u in rows if u.page is not None] or [0]
    return rows[0].table, rows[0].headers, min(pages), max(pages)


def continued_run(table_id: str, tables: list[tuple[str, tuple[str, tuple[str, ...], int, int]]]) -> list[str]:
    """The tables, in document order, that print one table page after page: each under the same
    title and headers as the one before, starting on the page after it ends. Empty when `table_id`
    is not among them.

    >>> sig = lambda first, last, title="Notices": (title, ("Company", "No."), first, last)
    >>> continued_run("t2", [("t1", sig(1, 1)), ("t2", sig(2, 2)), ("t3", sig(3, 3)), ("t4", sig(5, 5)), ("t5", sig(6, 6, "Summary"))])
    ['t1', 't2', 't3']
    >>> continued_run("t4", [("t1", sig(1, 1)), ("t4", sig(5, 5))])
    ['t4']
    """
    ids = [t for t, _ in tables]
    if table_id not in ids:
        return []
    at = ids.index(table_id)

    def joins(a: int, b: int) -> bool:  # table b continues table a
        (ta, ha, _, last), (tb, hb, first, _) = tables[a][1], tables[b][1]
        return ta == tb and ha == hb and first == last + 1

    lo = at
    while lo > 0 and joins(lo - 1, lo):
        lo -= 1
    hi = at
    while hi + 1 < len(ids) and joins(hi, hi + 1):
        hi += 1
    return ids[lo : hi + 1]


def document_words(names: list[str], titles: list[str]) -> frozenset[str]:
    """Stems of the words of the documents' file names and titles: a question naming a document
    ("the WARN report") uses words its units may never print, and they are no unknown subject.

    >>> sorted(document_words(["WARN-Report-2015.pdf"], ["Treasury Strategy"]))
    ['2015', 'pdf', 'report', 'strategi', 'treasuri', 'warn']
    """
    return frozenset().union(*(name_words(n) for n in [*names, *titles]))


class Assistant:
    """Answers questions from a loaded index. Load once; `ask` is safe to call from many threads."""

    def __init__(self, index: SearchIndex, embedder: Embedder, settings: Settings, sources: dict[str, Source] | None = None) -> None:
        self.index = index
        self.embedder = embedder
        self.settings = settings
        self.sources = sources or {}
        # Nothing here reads the units: what needs all of them was counted at build time and is
        # stored with the index (table rows, acronyms, defined abbreviations, word counts), so
        # start-up does not grow with the corpus.
        self._views: dict[str, TableView] = {}
        self._runs: dict[str, TableView] = {}
        self._evidence = Evidence(
            rows_of=index.table_rows,
            doc_freq=index.document_frequency,
            n_units=len(index.units),
            vocabulary=frozenset(index.vocabulary) | document_words(index.documents, [s.title for s in self.sources.values()]),
            items_after=self._items_after,
            list_of=self._list_of,
            section_of=self._section_of,
            view_of=self._view,
            run_of=self._run,
            next_of=self._next,
            names=frozenset(index.names),
            defined=index.defined,
        )
        self._acronyms: dict[str, str] = index.acronyms
        # Abbreviations the documents define themselves ("Minimum Revenue Provision (MRP)").
        self._defined: dict[str, str] = index.defined
        # Every short form the gate may write out, the corpus's own before the general glossary's.
        self._short_forms: dict[str, str] = {**ABBREVIATIONS, **self._defined, **self._acronyms}
        self.gate = gate_model() if settings.learned_gate else None
        self.speller = Speller(index.word_counts, protected=frozenset(ABBREVIATIONS) | frozenset(self._acronyms) | frozenset(self._defined))
        self.medical: MedicalModel | None = medical_model(embedder.name)

    def _neighbours(self, unit: Unit, same: Callable[[Unit], bool], *, before: bool = True, limit: int = SECTION_LIMIT) -> list[Unit]:
        """The run of units around `unit` (itself excluded when it does not qualify) for which `same`
        holds, in document order, read from disk by position."""
        pos = self.index.position_of(unit.id)
        if pos is None:
            return []
        units = self.index.units
        lo = pos
        while before and lo > 0 and pos - lo < limit and units[lo - 1].doc == unit.doc and same(units[lo - 1]):
            lo -= 1
        hi = pos + 1
        while hi < len(units) and hi - pos <= limit and units[hi].doc == unit.doc and same(units[hi]):
            hi += 1
        return [u for u in (units[i] for i in range(lo, hi)) if same(u)]

    def _items_after(self, unit: Unit) -> list[Unit]:
        """The list items a lead-in paragraph introduces."""
        return self._neighbours(unit, lambda u: u.kind == "passage" and introduces(u.lead, unit.text), before=False)

    def _list_of(self, unit: Unit) -> list[Unit]:
        """Every item of the list a list item belongs to."""
        if not unit.lead:
            return []
        return self._neighbours(unit, lambda u: u.kind == "passage" and u.lead == unit.lead)

    def _section_of(self, unit: Unit) -> list[Unit]:
        """The units around `unit` under the same heading."""
        return self._neighbours(unit, lambda u: u.section == unit.section)

    def _next(self, unit: Unit) -> Unit | None:
        """The unit after `unit` in its document (a page break may start a new heading mid-list)."""
        pos = self.index.position_of(unit.id)
        units = self.index.units
        return units[pos + 1] if pos is not None and pos + 1 < len(units) and units[pos + 1].doc == unit.doc else None

    def _view(self, table_id: str) -> TableView:
        """The table read once, on first use."""
        view = self._views.get(table_id)
        if view is None:
            view = self._views.setdefault(table_id, TableView.of(self.index.table_rows(table_id)))
        return view

    def _run(self, table_id: str) -> TableView:
        """The table with the pages it continues onto, or from, under the same title and headers:
        a list printed page after page is one table to rank."""
        view = self._runs.get(table_id)
        if view is None:
            ids = self.index.tables_of(table_id.rsplit("#", 1)[0])
            at = ids.index(table_id) if table_id in ids else 0
            rows = {t: self.index.table_rows(t) for t in {*ids[max(0, at - MAX_PAGES) : at + MAX_PAGES], table_id}}
            run = continued_run(table_id, [(t, page_signature(rows[t])) for t in ids if rows.get(t)]) or [table_id]
            view = TableView.of([u for t in run for u in rows[t]])
            for t in run:
                self._runs.setdefault(t, view)
        return view

    @classmethod
    def load(cls, settings: Settings | None = None, *, embedder: Embedder | None = None, check_corpus: bool = True) -> "Assistant":
        """Load the index (checking it matches this code and the corpus) and the model."""
        from qa.index import check_compatible, current_folder, load_index, read_manifest

        settings = settings or Settings.from_env()
        model_name = embedder.name if embedder is not None else MODEL_NAME
        corpus_fp = fingerprint(settings.corpus_dir) if check_corpus and settings.corpus_dir.is_dir() else None
        expected_settings = unit_settings(settings)

        def check(manifest: Manifest) -> None:
            check_compatible(manifest, model=model_name, unit_settings=expected_settings, corpus_fingerprint=corpus_fp)

        def checked_index() -> SearchIndex:
            index = load_index(settings.index_dir)
            check(index.manifest)  # a build may have switched versions meanwhile
            return index

        # Cheap checks first, so a missing, damaged or outdated index is reported before anything heavy loads.
        check(read_manifest(current_folder(settings.index_dir)))
        if embedder is not None:
            index = checked_index()
        else:
            # The model loads on a second thread while this one reads the index: ONNX Runtime
            # builds its session without holding the GIL, so on two cores the two overlap.
            model = _Background(default_embedder)
            index = checked_index()
            embedder = model.result()  # the model that embedded the stored units
        sources = {name: Source(**meta) for name, meta in index.manifest.documents.items()}
        return cls(index, embedder, settings, sources)

    @property
    def documents(self) -> list[str]:
        return self.index.documents

    def title_of(self, doc: str) -> str:
        src = self.sources.get(doc)
        return src.title if src and src.title else doc

    @property
    def abbreviations(self) -> dict[str, str]:
        """Abbreviations the documents write out themselves, lower-case short form -> long form."""
        return dict(self._defined)

    def _known_word(self, word: str) -> bool:
        """An English stop word, or a word the documents use (its stem): English, whatever other
        languages also write it."""
        return word in stopwords() or stem(word) in self._evidence.vocabulary

    def resolve_document(self, name: str | None) -> str | None:
        """A corpus file name from what a person typed: the exact name, or a unique part of it."""
        if not name:
            return None
        docs = self.documents
        if name in docs:
            return name
        typed = name.lower()
        by_file = [d for d in docs if typed in d.lower()]
        matches = by_file or [d for d in docs if typed in self.title_of(d).lower()]  # a file name typed in part comes first
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise InvalidQuestionError(f"{name!r} matches {len(matches)} documents ({', '.join(matches)}); type more of its file name.")
        raise InvalidQuestionError(f"Unknown document {name!r}. Choose one of: {', '.join(docs)}")

    def validate(self, question: object) -> str:
        if not isinstance(question, str):
            raise InvalidQuestionError("The question must be text.")
        question = question.strip()
        if not question:
            raise InvalidQuestionError("The question is empty. Type a question about the plans or board reports.")
        if not any(ch.isalnum() for ch in question):
            raise InvalidQuestionError("The question has no words. Type a question about the plans or board reports.")
        if len(question) > self.settings.max_question_chars:
            raise InvalidQuestionError(
                f"The question is too long ({len(question)} characters; the limit is {self.settings.max_question_chars})."
            )
        return question

    def gather(self, question: str, *, document: str | None = None, previous: "Answer | str | None" = None) -> Gathered:
        """Retrieve and rerank the evidence for a validated question; what the gate and the
        answerers read (and what scripts/train_weights.py learns from)."""
        doc = self.resolve_document(document)
        fix = self.speller.correct(question)
        question = fix.text if fix else question
        intent = read_intent(question)
        corrected = fix.text if fix and worth_saying(fix) else None  # "whats" read as "what's" is not announced
        prev_question = (
            previous if isinstance(previous, str) else (getattr(previous, "corrected", None) or getattr(previous, "question", ""))
        )
        shifted = (shifted_question(prev_question, question) or swapped_question(prev_question, question)) if prev_question else None
        if shifted is not None:
            # "and the year after?": the previous question, asked for that year, stands on its own
            question, prev_question, corrected = shifted, "", shifted  # shown as the question answered
            intent = read_intent(question)
        other_row = self._other_row(prev_question, question, previous) if prev_question else None
        if other_row is not None:
            # "what about dunmarrow?": the previous question, asked of that row of the same table
            question, prev_question, corrected = other_row[0], "", other_row[0]
            intent = read_intent(question)
        query, vector = self._query(question)
        if self.medical is not None and self.medical.is_medical(vector):
            return Gathered(intent, question, False, [], vector, question, corrected, medical=True)
        focus = question
        hits = self._hits(question, query, vector, intent, doc)
        texts = [h.unit.search_text for h in hits[:SHORTHAND_DEPTH]]
        short = shorthand(question, texts, self.speller.knows, self.speller.meant_whole)
        spelt = initialism(short.text if short else question, texts, self.speller.writes)
        short = spelt or short  # "fsp" where the evidence says "Family Support and Protection"
        if short is not None:
            # "res care" where the evidence found says "Residential care": asked again, written out
            question = corrected = short.text
            intent = read_intent(question)
            query, vector = self._query(question)
            hits = self._hits(question, query, vector, intent, doc)
        if other_row is not None:
            hits = self._pin(other_row[1].id, hits, vector)
        follow_up = False
        # Read in the light of the previous question only when this one cannot stand on its own.
        if prev_question and refers_back(question):
            combined = f"{prev_question} {question}"
            c_query, c_vector = self._query(combined)
            c_hits = self._hits(combined, c_query, c_vector, intent, doc)
            follow_up = not stands_alone(
                question, hits, c_hits, self._evidence, min_coverage=self.settings.min_coverage, rescue_dense=self.settings.rescue_dense
            )
            if follow_up:
                focus, vector, hits = combined, c_vector, c_hits
        own_subject = bool(subject_tokens(question))
        cited = previous.citations[0] if isinstance(previous, Answer) and previous.citations else None
        # "and how much has it delivered?": words of its own that only name the previous row's columns
        of_that_row = follow_up and cited is not None and names_only_columns(question, cited.headers)
        if follow_up and cited is not None and (not own_subject or of_that_row):
            hits = self._pin(cited.unit_id, hits, vector)
            if hits and hits[0].unit.id == cited.unit_id and hits[0].unit.kind == "row":
                question = of_row(
                    question, cited.row or "", prev_question or "", cited.headers
                )  # answered from that row, not one its words name
        # A follow-up with words of its own is judged on them ("And what about the weather?").
        gate_text = question if own_subject and not of_that_row else focus
        # "LD", "ASC": a short form the documents never write is judged by its long form, which they may
        gate_text = replace_acronyms(acronym_singulars(gate_text), self._short_forms, self._evidence.vocabulary)
        return Gathered(intent, gate_text, gate_text == focus, hits, vector, question, corrected)

    def _query(self, text: str) -> tuple[str, np.ndarray]:
        """The search text for `text` (acronyms expanded) and its vector."""
        named = expand_acronyms(text, self._acronyms, self._evidence.vocabulary)
        singular = acronym_singulars(text)
        query = " ".join(x for x in (text, expansions(text, self._defined), named, singular if singular != text else "") if x)
        return query, self.embedder.encode([query])[0]

    def _hits(self, text: str, query: str, vector: np.ndarray, intent: Intent, doc: str | None) -> list[Hit]:
        """The reranked hits for a query made by `_query(text)`."""
        hits = hybrid_search(self.index, vector, query, k=self.settings.top_k, doc=doc)
        return rerank(text, intent, hits, self._evidence)

    def ask(self, question: str, *, document: str | None = None, previous: "Answer | str | None" = None) -> Answer:
        """Answer one question. `previous` is the conversation's last answer (or question), so that
        a follow-up such as "And how many people did it help?" is read in its light."""
        t0 = time.perf_counter()
        question = self.validate(question)
        if other_language(question, known=self._known_word):
            # read with an English speller and stemmer, its words would match whatever they resemble
            return Answer(question, "no_answer", NOT_ENGLISH, timings_ms={"total": (time.perf_counter() - t0) * 1000})
        got = self.gather(question, document=document, previous=previous)
        hits = got.hits
        t1 = time.perf_counter()
        if got.medical:
            timings = {"retrieve": (t1 - t0) * 1000, "answer": 0.0, "total": (t1 - t0) * 1000}
            return Answer(question, "no_answer", MEDICAL_REFUSAL, timings_ms=timings, corrected=got.corrected)
        reason = refusal_reason(
            got.gate_text,
            hits,
            self._evidence,
            min_dense=self.settings.min_dense,
            min_coverage=self.settings.min_coverage,
            # the closeness was measured for the combined follow-up, not for these words alone
            rescue_dense=self.settings.rescue_dense if got.combined else 1.01,
            model=self.gate,
        )
        defined = self._definition(got.question, hits)
        # read with the corpus's own names for the short forms it never writes ("ERS" is its "Employer Recognition Scheme")
        written_out = replace_acronyms(got.question, self._acronyms, self._evidence.vocabulary)
        draft = defined or (refusal(reason, hits) if reason else compose(written_out, got.intent, hits, self._evidence))
        draft = note_conflicts(draft, [h.unit for h in hits], self.settings.max_citations)  # another document's figure
        draft = self._checked(draft)
        citations = self._citations(draft, hits, got.vector)
        t2 = time.perf_counter()
        timings = {"retrieve": (t1 - t0) * 1000, "answer": (t2 - t1) * 1000, "total": (t2 - t0) * 1000}
        return Answer(question, draft.status, draft.text, citations, timings, draft.suggestions, draft.value, got.corrected)

    def _definition(self, question: str, hits: list[Hit]) -> Draft | None:
        """A term the documents define, answered from their definition however little else matches;
        the passage that writes it out is searched for when no hit does."""
        long = self._defined.get(define.defined_term(question, self._defined))
        if not long:
            return None
        found = define.answer(question, hits, self._defined)
        if found is None:
            vector = self.embedder.encode([long])[0]
            found = define.answer(question, hybrid_search(self.index, vector, long, k=self.settings.top_k), self._defined)
        return found

    def _other_row(self, previous_question: str, question: str, previous: "Answer | str | None") -> tuple[str, Unit] | None:
        """The previous question asked again of another row of the table its answer cited, when
        this question only names that row (qa.conversation.row_swapped); with that row."""
        cited = previous.citations[0] if isinstance(previous, Answer) and previous.citations else None
        pos = self.index.position_of(cited.unit_id) if cited is not None and cited.row else None
        unit = self.index.units[pos] if pos is not None else None
        if cited is None or unit is None or unit.kind != "row" or not unit.table_id or names_only_columns(question, cited.headers):
            return None  # "and the plan?" names a column of the same row, not another row
        rows = self._evidence.rows_of(unit.table_id)
        swapped = row_swapped(previous_question, question, unit.row, [r.row for r in rows])
        if swapped is None:
            return None
        return swapped[0], next(r for r in rows if r.row == swapped[1])

    def _pin(self, unit_id: str, hits: list[Hit], vector: np.ndarray) -> list[Hit]:
        """Put the unit the previous answer came from first."""
        rest = [h for h in hits if h.unit.id != unit_id]
        pinned = next((h for h in hits if h.unit.id == unit_id), None)
        if pinned is None:
            pos = self.index.position_of(unit_id)
            if pos is None:
                return hits
            pinned = Hit(unit=self.index.units[pos], score=hits[0].score if hits else 1.0, dense=self.index.cosine(vector, [pos])[0])
        return [pinned, *rest]

    def _checked(self, draft: Draft) -> Draft:
        """Enforce that every figure in an answer is copied from its evidence or computed from it."""
        if draft.status != "answered":
            return draft
        bad = unsupported_numbers(
            draft.text, [f"{u.section} {u.lead} {u.text} {' '.join(u.units)}" for u in draft.evidence], draft.computed
        )
        if not bad:
            return draft
        log.warning("answer held figures not in its sources (%s); quoting the source instead", ", ".join(bad))
        unit = draft.cited[0]
        return replace(draft, text=f"“{truncate(unit.text, 400)}” [1]", computed=frozenset(), value=None)

    def _citations(self, draft: Draft, hits: list[Hit], vector: np.ndarray) -> tuple[Citation, ...]:
        by_id = {h.unit.id: h.dense for h in hits}
        out = []
        for unit in draft.cited[: self.settings.max_citations]:
            score = by_id.get(unit.id)
            if score is None:
                pos = self.index.position_of(unit.id)
                score = self.index.cosine(vector, [pos])[0] if pos is not None else 0.0
            src = self.sources.get(unit.doc) or Source(title=unit.doc)
            text = render_row(unit.table, unit.headers, unit.cells, max_cell=160, keep=draft.text) if unit.kind == "row" else unit.text
            out.append(
                Citation(
                    doc=unit.doc,
                    title=src.title or unit.doc,
                    page=unit.page,
                    section=unit.section or None,
                    table=unit.table or None,
                    row=unit.row or None,
                    text=text,
                    score=float(score),
                    unit_id=unit.id,
                    headers=unit.headers,
                    cells=unit.cells,
                    date=src.date,
                    url=src.url,
                )
            )
        return tuple(out)

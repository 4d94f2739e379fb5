"""Domain errors. Each message is written for the person who will read it and says what to do."""


class QAError(Exception):
    """Base class: an expected problem, reported as one line without a traceback."""


class IndexMissingError(QAError):
    def __init__(self, index_dir: str):
        super().__init__(f"No index found in {index_dir}. Run `python -m qa build` first.")


class IndexMismatchError(QAError):
    """The index on disk was built by other code, another model or from another corpus."""


class IndexCorruptError(QAError):
    """A file of the index is missing or damaged."""


class ParseError(QAError):
    """A corpus file could not be read; the build skips it and says why."""


class InvalidQuestionError(QAError):
    """The question is empty, not text, or too long."""


class InvalidPreviousError(InvalidQuestionError):
    """The previous answer sent back with a question is not an answer object this service returns."""


class ModelError(QAError):
    """The embedding model is missing or its files do not match the pinned hashes."""


class IndexBusyError(QAError):
    """Another build holds the index folder's lock."""

    def __init__(self, index_dir: object, holder: str):
        super().__init__(f"Another build (process {holder}) is writing the index in {index_dir}. Wait for it to finish, then try again.")

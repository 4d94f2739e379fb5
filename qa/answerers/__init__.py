"""One answerer per kind of question."""

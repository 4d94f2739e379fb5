"""The Gradio chat: a thin adapter over Assistant. `answer_to_markdown` is a pure function."""


import html
import logging
import re
from typing import TYPE_CHECKING

from qa.errors import QAError
from qa.parse import safe_url
from qa.types import Answer, Citation

if TYPE_CHECKING:
    import gradio as gr

    from qa.feedback import FeedbackStore
    from qa.pipeline import Assistant

log = logging.getLogger(__name__)

EXAMPLES = [
    "How much was invested in Disabled Facilities Grants?",
    "Which Priority 1 activity had the most beneficiaries?",
    "What is First Contact Plus?",
    "What is Chapter 5 of the plan about?",
]
ALL_DOCUMENTS = "All documents"
MAX_CELL = 220
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~>])")
# The characters that start a GFM autolink: the colon of "://", the dot of "www." and the "@" of an
# address. A backslash before each keeps the text and stops the link.
_AUTOLINK = re.compile(r"(?<=[a-zA-Z]):(?=//)|(?<=\bwww)\.|@", re.I)

CSS = """
:root { --nhs-blue: #005eb8; --nhs-dark: #003087; --nhs-text: #212b32; --nhs-grey: #f0f4f5; }
.gradio-container { max-width: 960px !important; margin: 0 auto !important; color: var(--nhs-text); }
#title h1 { color: var(--nhs-dark); font-size: 1.6rem; margin-bottom: 0.2rem; }
#intro p { font-size: 1rem; line-height: 1.5; }
footer, footer a, footer button, .show-api, .show-api * { color: #4c6272 !important; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
.example-btn, .suggestion-btn { font-size: 0.95rem !important; text-align: left !important; }
button:focus-visible, textarea:focus-visible, input:focus-visible, a:focus-visible {
  outline: 3px solid #ffeb3b !important; box-shadow: 0 0 0 6px #212b32 !important; }
.message table { font-size: 0.9rem; width: 100%; max-width: 100%; table-layout: fixed; }
.message table td, .message table th { word-break: normal; overflow-wrap: break-word; hyphens: auto; }
.message table td:first-child, .message table th:first-child { font-weight: 600; width: 36%; }
#chat, #chat .message, #chat .message-row, #chat .bot { min-width: 0; max-width: 100%; }
@media (max-width: 480px) {
  .gradio-container { padding: 4px !important; overflow-x: hidden; } #title h1 { font-size: 1.3rem; }
  .message table { font-size: 0.8rem; } .message table td, .message table th { padding: 4px !important; }
  .message table td:first-child, .message table th:first-child { width: 40%; }
}
"""

# Make the hidden status line a polite live region, so screen readers announce each finished answer.
# An inline <script> in the page head, not Gradio's `js=` (which Gradio runs through eval, refused by
# the Content-Security-Policy). The status line is rendered after this runs, so watch for it.
HEAD = """<script>
(() => {
  document.documentElement.setAttribute('lang', 'en-GB');
  const mark = () => {
    const el = document.getElementById('sr-status');
    if (el && el.getAttribute('aria-live') !== 'polite') { el.setAttribute('role', 'status'); el.setAttribute('aria-live', 'polite'); }
  };
  new MutationObserver(mark).observe(document.documentElement, {childList: true, subtree: true});
  mark();
})();
</script>"""


def escape_text(text: str) -> str:
    """Text from a question or a document, shown literally: no HTML, no Markdown links or images,
    and no bare address that the Markdown renderer would turn into a link by itself (GFM
    autolinks `https://…`, `www.…` and e-mail addresses: a phishing link in a document).

    >>> escape_text("<img src=x onerror=alert(1)> ![x](http://e/x.png)")
    '&lt;img src=x onerror=alert\\\\(1\\\\)&gt; \\\\!\\\\[x\\\\]\\\\(http\\\\://e/x.png\\\\)'
    >>> escape_text("www.evil.example or help@evil.example")
    'www\\\\.evil.example or help\\\\@evil.example'
    """
    text = _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))
    return _AUTOLINK.sub(lambda m: "\\" + m.group(0), text)


def _cell(text: str, keep: str) -> str:
    if len(text) > MAX_CELL and text not in keep:
        text = text[:MAX_CELL].rsplit(" ", 1)[0] + "…"
    return escape_text(text).replace("\n", " ")


def _source_line(i: int, c: Citation) -> str:
    bits = [f"**[{i}]** {escape_text(c.title)}"]
    if c.date:
        bits.append(escape_text(c.date))
    if c.page:
        bits.append(f"page {c.page}")
    line = ", ".join(bits)
    url = safe_url(c.url)  # http(s) only, no whitespace: a newline could start new Markdown
    if url:
        line += f" · [public source]({url.replace('(', '%28').replace(')', '%29')})"
    return line


def citation_to_markdown(i: int, c: Citation, answer_text: str = "") -> str:
    """One source: for a table row, the table's title and a one-row table under its headers;
    for a passage, its heading path and the quoted passage."""
    lines = [_source_line(i, c)]
    if c.headers and c.cells:
        # One line per column, so the row reads on a phone as well as on a desk; the cell the
        # answer quotes is in bold.
        lines.append(f"Table: {escape_text(c.table or '')}")
        lines.append("")
        lines.append("| Column | Value |")
        lines.append("|---|---|")
        for h, x in zip(c.headers, c.cells):
            value = _cell(x, answer_text) or "—"
            quoted = bool(x) and len(x) <= MAX_CELL and x in answer_text
            lines.append(f"| {escape_text(h)} | {'**' + value + '**' if quoted else value} |")
    else:
        if c.section:
            lines.append(f"Section: {escape_text(c.section)}")
        lines.append("")
        lines.append("> " + escape_text(c.text))
    return "\n".join(lines)


def answer_to_markdown(answer: Answer) -> str:
    """The chat message for an answer: the answer, then its numbered sources."""
    # Citation markers stay readable as [1]; every other bracket stays escaped.
    parts = [re.sub(r"\\\[(\d+)\\\]", r"[\1]", escape_text(answer.answer))]
    if answer.status == "no_answer" and answer.suggestions:
        parts.append("")
        parts.append("You could ask about: " + "; ".join(escape_text(s) for s in answer.suggestions) + " (buttons below).")
    if answer.citations:
        parts.append("")
        parts.append("**Sources**")
        for i, c in enumerate(answer.citations, 1):
            parts.append("")
            parts.append(citation_to_markdown(i, c, answer.answer))
    return "\n".join(parts)


def suggested_questions(answer: Answer) -> list[str]:
    return [f"What do the documents say about {s}?" for s in answer.suggestions][:3]


def create_app(assistant: "Assistant", feedback: "FeedbackStore", *, run=None) -> "gr.Blocks":
    """The chat app. Conversation state lives in the page session only (never in localStorage).

    `run(fn, *args, **kwargs)` is awaited to compute an answer: the server passes its gate, so the
    chat, the Gradio API and the JSON API share one concurrency bound. Without it, a worker thread.
    """
    import gradio as gr
    from starlette.concurrency import run_in_threadpool

    from qa.feedback import UNAVAILABLE, FeedbackUnavailable

    run = run or run_in_threadpool

    docs = [(assistant.title_of(d), d) for d in assistant.documents]

    async def respond(question, history, answers, document):
        history = list(history or [])
        answers = list(answers or [])
        if not isinstance(question, str) or not question.strip():
            return history, answers, question, *_suggestion_updates(None), "Please type a question."
        # Lone surrogates can arrive in JSON but cannot be encoded: drop them rather than fail.
        question = question.encode("utf-8", "replace").decode("utf-8")
        previous = answers[-1] if answers else None
        try:
            answer = await run(assistant.ask, question, document=None if document in (None, "", ALL_DOCUMENTS) else document, previous=previous)
            reply = answer_to_markdown(answer)
            status = f"Answer: {answer.answer}"
        except QAError as exc:
            answer, reply, status = None, escape_text(str(exc)), str(exc)
        except Exception:  # never show a stack trace to a member of the public
            log.exception("answering failed")
            answer, reply, status = None, "Sorry, something went wrong while answering. Please try again.", "Error"
        history += [{"role": "user", "content": escape_text(question.strip()[:2000])}, {"role": "assistant", "content": reply}]
        answers.append(answer)
        return history, answers, "", *_suggestion_updates(answer), status

    def _suggestion_updates(answer):
        qs = suggested_questions(answer) if answer is not None and answer.status == "no_answer" else []
        return [gr.update(value=qs[i], visible=True) if i < len(qs) else gr.update(visible=False) for i in range(3)]

    def record(rating: str, answers, index: int, comment: str = "") -> str:
        k = index // 2 if index is not None else len(answers or []) - 1
        if not answers or k < 0 or k >= len(answers) or answers[k] is None:
            return "There is no answer to give feedback on yet."
        a = answers[k]
        try:
            feedback.add(rating=rating, question=a.question, answer=a.answer, status=a.status,
                         citations=[c.to_dict() for c in a.citations], comment=comment)
        except FeedbackUnavailable as exc:
            return str(exc)
        return "Thank you: your feedback was saved."

    def on_like(answers, data: gr.LikeData):
        if data.liked is None:
            return "Feedback removed."
        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        return record("up" if data.liked else "down", answers, index)

    def on_comment(comment, answers):
        comment = (comment or "").strip()
        if not comment:
            return "Please write a comment first.", comment
        return record("comment", answers, None, comment), ""

    def clear():
        return [], [], "", *_suggestion_updates(None), "Conversation cleared."

    async def ask_api(question: str, document: str = "") -> dict:
        """Answer a question with citations: the same JSON as `python -m qa ask --json`."""
        if not isinstance(question, str) or not isinstance(document or "", str):
            raise gr.Error("The question and the document must be text.")
        try:
            return (await run(assistant.ask, question, document=document or None)).to_dict()
        except QAError as exc:
            raise gr.Error(str(exc)) from None

    with gr.Blocks(title="LLR Plan Assistant", analytics_enabled=False, fill_width=False) as demo:
        gr.Markdown("# LLR Plan Assistant", elem_id="title")
        gr.Markdown(
            "Ask about the health plans and board reports of NHS Leicester, Leicestershire and Rutland and its "
            "partner councils. Every answer is copied from the documents and shows where it came from. "
            "This is not medical advice: for health concerns contact NHS 111 or your GP.",
            elem_id="intro",
        )
        with gr.Row():
            document = gr.Dropdown(
                choices=[(ALL_DOCUMENTS, ALL_DOCUMENTS), *docs], value=ALL_DOCUMENTS, label="Search in", scale=3, elem_id="document"
            )
            clear_btn = gr.Button("Clear conversation", variant="secondary", scale=1, elem_id="clear")
        chatbot = gr.Chatbot(
            label="Conversation",
            show_label=False,
            elem_id="chat",
            height=520,
            buttons=["copy"],
            sanitize_html=True,
            render_markdown=True,
            feedback_options=("Like", "Dislike"),
            placeholder="Answers appear here, with their sources underneath.",
        )
        with gr.Row():
            question = gr.Textbox(
                label="Your question", placeholder="For example: How much was invested in Disabled Facilities Grants?",
                lines=1, max_lines=4, max_length=1000, scale=5, elem_id="question", autofocus=True,
            )
            send = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
        suggestions = [gr.Button(visible=False, size="sm", elem_classes=["suggestion-btn"]) for _ in range(3)]
        gr.Markdown("Examples you can try:")
        with gr.Row():
            example_buttons = [gr.Button(q, size="sm", elem_classes=["example-btn"]) for q in EXAMPLES]
        with gr.Accordion("Comment on the last answer (optional)", open=False):
            comment = gr.Textbox(label="Your comment", lines=2, max_length=2000, elem_id="comment")
            comment_btn = gr.Button("Send comment", size="sm", elem_id="send-comment")
        # A data folder that cannot be written switches feedback off; say so up front.
        feedback_status = gr.Markdown("" if feedback.available else UNAVAILABLE, elem_id="feedback-status")
        sr_status = gr.Markdown(elem_id="sr-status", elem_classes=["visually-hidden"])
        answers = gr.State([])

        outputs = [chatbot, answers, question, *suggestions, sr_status]
        inputs = [question, chatbot, answers, document]
        question.submit(respond, inputs, outputs, api_visibility="private")
        send.click(respond, inputs, outputs, api_visibility="private")
        for b in [*example_buttons, *suggestions]:
            b.click(respond, [b, chatbot, answers, document], outputs, api_visibility="private")
        clear_btn.click(clear, None, outputs, api_visibility="private")
        chatbot.like(on_like, [answers], [feedback_status], api_visibility="private")
        comment_btn.click(on_comment, [comment, answers], [feedback_status, comment], api_visibility="private")
        gr.api(ask_api, api_name="ask")
    return demo

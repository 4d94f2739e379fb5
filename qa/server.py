"""The web server: the Gradio chat at /, the JSON API at /api/ask and /api/health, with the
safety measures a public deployment needs (security headers, per-client rate limit, bounded
queue, no monitoring endpoint, no file serving beyond the app itself)."""


import asyncio
import logging
import threading
import time
from collections import deque
from typing import TYPE_CHECKING

from qa.config import Settings
from qa.errors import IndexCorruptError, IndexMismatchError, IndexMissingError, QAError

if TYPE_CHECKING:
    from fastapi import FastAPI

    from qa.pipeline import Assistant

log = logging.getLogger("qa.server")

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' ws: wss:; media-src 'self' blob:; "
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}
# Requests that ask a question (and so cost model time) and count towards the rate limit.
_QUESTION_PATHS = ("/api/ask", "/gradio_api/queue/join", "/gradio_api/call/", "/gradio_api/run/")


class RateLimiter:
    """At most `limit` questions per client address in any 60-second window."""

    def __init__(self, limit: int, window: float = 60.0) -> None:
        self.limit, self.window = limit, window
        self._hits: dict[str, deque] = {}
        self._lock = threading.Lock()

    def allow(self, key: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        with self._lock:
            q = self._hits.setdefault(key, deque())
            while q and now - q[0] > self.window:
                q.popleft()
            if len(q) >= self.limit:
                return False
            q.append(now)
            if len(self._hits) > 10_000:  # forget idle clients so memory stays bounded
                for k in [k for k, v in self._hits.items() if not v or now - v[-1] > self.window][:5000]:
                    self._hits.pop(k, None)
            return True


class Gate:
    """Bounded concurrency for /api/ask: `concurrency` at work, `queue_size` waiting, the rest told to retry."""

    def __init__(self, concurrency: int, queue_size: int) -> None:
        self._sem = asyncio.Semaphore(concurrency)
        self._capacity = concurrency + queue_size
        self._inside = 0

    def try_enter(self) -> bool:
        if self._inside >= self._capacity:
            return False
        self._inside += 1
        return True

    def leave(self) -> None:
        self._inside -= 1

    @property
    def semaphore(self) -> asyncio.Semaphore:
        return self._sem


def load_or_build(settings: Settings) -> "Assistant":
    """Load the index; build it first when it is missing, stale or damaged."""
    from qa.pipeline import Assistant, build_index

    try:
        return Assistant.load(settings)
    except (IndexMissingError, IndexMismatchError, IndexCorruptError) as exc:
        log.warning("%s Building the index now.", exc)
        report = build_index(settings)
        for s in report.skipped:
            log.warning("skipped %s: %s", s.path, s.reason)
        log.warning("indexed %d documents (%d passages, %d table rows) in %.1f s", report.documents, report.passages, report.rows, report.seconds)
        return Assistant.load(settings)


def create_server(assistant: "Assistant", settings: Settings) -> "FastAPI":
    import gradio as gr
    from fastapi import FastAPI, Request
    from fastapi.responses import JSONResponse
    from starlette.concurrency import run_in_threadpool

    from qa.feedback import FeedbackStore
    from qa.ui import CSS, JS, create_app

    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    limiter = RateLimiter(settings.rate_limit_per_minute)
    gate = Gate(settings.concurrency, settings.queue_size)

    def error(status: int, message: str, retry_after: int | None = None):
        headers = {"Retry-After": str(retry_after)} if retry_after else None
        return JSONResponse({"error": message}, status_code=status, headers=headers)

    @app.middleware("http")
    async def guard(request: Request, call_next):
        started = time.perf_counter()
        client = request.client.host if request.client else "unknown"
        path = request.url.path
        if request.method == "POST" and path.startswith(_QUESTION_PATHS) and not limiter.allow(client):
            response = error(429, "Too many questions from this address. Please wait a minute and try again.", retry_after=60)
        else:
            try:
                response = await call_next(request)
            except Exception:
                log.exception("request failed: %s %s", request.method, path)
                response = error(500, "Something went wrong. Please try again.")
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        log.info("%s %s %s %.0f ms", request.method, path, response.status_code, (time.perf_counter() - started) * 1000)
        return response

    @app.get("/api/health")
    async def health():
        m = assistant.index.manifest
        return {
            "status": "ok",
            "units": len(assistant.index.units),
            "documents": len(assistant.documents),
            "index_version": assistant.index.folder.name,
            "built_at": m.built_at,
            "model": m.model,
            "package_version": m.package_version,
        }

    @app.post("/api/ask")
    async def api_ask(request: Request):
        try:
            body = await request.json()
        except Exception:
            return error(400, 'Send a JSON object: {"question": "...", "document": optional}.')
        if not isinstance(body, dict):
            return error(400, 'Send a JSON object: {"question": "...", "document": optional}.')
        question, document = body.get("question"), body.get("document")
        if not isinstance(question, str):
            return error(400, "The question must be text.")
        if len(question) > settings.max_question_chars:
            return error(413, f"The question is too long ({len(question)} characters; the limit is {settings.max_question_chars}).")
        if document is not None and not isinstance(document, str):
            return error(400, "The document must be a file name (text).")
        if not gate.try_enter():
            return error(503, "The service is busy. Please try again in a few seconds.", retry_after=2)
        try:
            async with gate.semaphore:
                answer = await run_in_threadpool(assistant.ask, question, document=document)
        except QAError as exc:
            return error(400, str(exc))
        finally:
            gate.leave()
        if settings.log_questions:
            log.info("question: %r -> %s", question, answer.status)
        return answer.to_dict()

    feedback = FeedbackStore(settings.data_dir / "feedback.sqlite3")
    demo = create_app(assistant, feedback)
    demo.queue(default_concurrency_limit=settings.concurrency, max_size=settings.queue_size)
    blocked = [str(p.resolve()) for p in (settings.corpus_dir, settings.index_dir, settings.data_dir)]
    theme = gr.themes.Default(
        primary_hue=gr.themes.colors.blue, font=["Arial", "Helvetica", "sans-serif"], font_mono=["Courier New", "monospace"]
    ).set(button_primary_background_fill="#005eb8", button_primary_background_fill_hover="#003087", button_primary_text_color="#ffffff")
    return gr.mount_gradio_app(
        app, demo, path="", enable_monitoring=False, show_error=True, blocked_paths=blocked, allowed_paths=[],
        footer_links=["api"], mcp_server=False, pwa=False, theme=theme, css=CSS, js=JS, ssr_mode=False,
    )


def serve(settings: Settings | None = None, *, host: str | None = None, port: int | None = None) -> None:
    import uvicorn

    settings = settings or Settings.from_env()
    host, port = host or settings.host, port or settings.port
    started = time.perf_counter()
    assistant = load_or_build(settings)
    assistant.ask("warm-up")  # first call pays for lazy initialisation; do it before users arrive
    app = create_server(assistant, settings)
    log.warning("LLR Plan Assistant ready in %.1f s on http://%s:%d", time.perf_counter() - started, host, port)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)

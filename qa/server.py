"""The web server: the Gradio chat at /, the JSON API at /api/ask and /api/health, with the
safety measures a public deployment needs (security headers, per-client rate limit, bounded
queue, no monitoring endpoint, no file serving beyond the app itself)."""

import asyncio
import inspect
import json
import logging
import re
import secrets
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

# No 'unsafe-eval': the page's own script is a same-origin file (ui.SCRIPT), never Gradio's
# eval'd `js=`, and no component renders through a template compiled in the browser (ui.raw_html).
# No 'unsafe-inline' for scripts: Gradio writes its config into the page as inline scripts, and
# each HTML response authorises exactly those with a fresh nonce (EdgeGuard, add_script_nonce).
# Styles keep 'unsafe-inline': Gradio's components set style attributes and insert <style> elements.
# connect-src 'self' also covers ws: and wss: to this host only (the server refuses websockets).
# Evidence and tests: docs/reliability.md, "Content-Security-Policy".
CSP = (
    "default-src 'self'; script-src 'self'{nonce}; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; media-src 'self' blob:; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP.format(nonce=""),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}
BUSY = "The service is busy. Please try again in a few seconds."
TOO_MANY = "Too many requests from this address. Please wait a minute and try again."
SEND = 'Send a JSON object: {"question": "...", "document": optional, "previous": optional (the previous answer)}.'
# Every way in that runs an answer or writes feedback. The chat's own events (answer, like,
# comment, clear) all arrive through the queue join; the Gradio API is reachable only as `ask`,
# and only through the queue, which bounds it.
_COUNTED_POSTS = frozenset({"/api/ask", "/gradio_api/queue/join", "/gradio_api/call/ask", "/gradio_api/call/v2/ask"})
# The POST routes the page and the API need; every other POST (upload, direct /run and /api calls
# that skip the queue, component servers, login, vibe editing, run history) is refused before it
# reaches Gradio.
_ALLOWED_POSTS = _COUNTED_POSTS | {"/gradio_api/cancel", "/gradio_api/reset"}
_REFUSED_GETS = ("/gradio_api/upload_progress", "/gradio_api/run-history", "/gradio_api/dev/")
_PROXY_HEADERS = (
    b"x-forwarded-for",
    b"x-forwarded-host",
    b"x-forwarded-proto",
    b"x-forwarded-port",
    b"x-forwarded-prefix",
    b"x-real-ip",
    b"forwarded",
)


class RateLimiter:
    """At most `limit` counted requests per client address in any 60-second window."""

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


class BusyError(QAError):
    def __init__(self) -> None:
        super().__init__(BUSY)


class Gate:
    """Bounded answering shared by every route: `concurrency` at work, `queue_size` waiting, the
    rest told to retry. Answers run in a worker thread so the event loop stays free."""

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

    async def run(self, fn, *args, **kwargs):
        """fn(*args, **kwargs) in a thread once a place is free; BusyError when the waiting room is full."""
        from starlette.concurrency import run_in_threadpool

        if not self.try_enter():
            raise BusyError()
        try:
            async with self._sem:
                return await run_in_threadpool(fn, *args, **kwargs)
        finally:
            self.leave()


def parse_networks(spec: str) -> list:
    """'127.0.0.1, 10.0.0.0/8' -> networks; an empty setting trusts nobody.

    >>> [str(n) for n in parse_networks("127.0.0.1, 10.0.0.0/8")]
    ['127.0.0.1/32', '10.0.0.0/8']
    """
    import ipaddress

    return [ipaddress.ip_network(part.strip(), strict=False) for part in spec.split(",") if part.strip()]


def _in(address: str, networks: list) -> bool:
    import ipaddress

    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in n for n in networks)


def client_address(peer: str, forwarded_for: str | None, trusted: list) -> str:
    """The client's address: the connecting peer, unless the peer is a trusted proxy, in which case
    the nearest address in X-Forwarded-For that is not itself a trusted proxy.

    >>> client_address("127.0.0.1", "10.9.9.9", [])
    '127.0.0.1'
    >>> client_address("127.0.0.1", "6.6.6.6, 203.0.113.7", parse_networks("127.0.0.1"))
    '203.0.113.7'
    """
    if not forwarded_for or not _in(peer, trusted):
        return peer
    for hop in reversed([h.strip() for h in forwarded_for.split(",") if h.strip()]):
        if not _in(hop, trusted):
            return hop
    return peer


def allowed_host_names(settings: Settings) -> set[str]:
    """QA_ALLOWED_HOSTS, the address served on and this machine's loopback names (which a forger
    gains nothing by sending: the page would point at the visitor's own machine)."""
    names = {h.strip().lower() for h in settings.allowed_hosts.split(",") if h.strip()}
    names |= {"127.0.0.1", "localhost", "::1", "[::1]"}
    if settings.host not in ("0.0.0.0", "::", ""):
        names.add(settings.host.lower())
    return names


def _host_name(value: str) -> str:
    """'example.org:7860' -> 'example.org'; '[::1]:7860' -> '[::1]'."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[: value.find("]") + 1]
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def _plain_html(headers: list[tuple[bytes, bytes]]) -> bool:
    """An uncompressed HTML response, whose inline scripts can be given a nonce. (A compressed one
    is passed on as it is, under the policy without a nonce: its inline scripts do not run.)"""
    kind = next((v for k, v in headers if k.lower() == b"content-type"), b"")
    return kind.lower().startswith(b"text/html") and not any(k.lower() == b"content-encoding" for k, _ in headers)


def _with_security_headers(headers: list[tuple[bytes, bytes]], nonce: str | None = None) -> list[tuple[bytes, bytes]]:
    """The response's headers plus each security header it does not set itself; with a nonce, the
    policy allows the inline scripts that carry it."""
    present = {k.lower() for k, _ in headers}
    wanted = {**SECURITY_HEADERS, "Content-Security-Policy": CSP.format(nonce=f" 'nonce-{nonce}'" if nonce else "")}
    return [*headers, *((k.lower().encode(), v.encode()) for k, v in wanted.items() if k.lower().encode() not in present)]


# Where markup can start a <script> element: the start of a comment or of an element whose text is
# not markup (a "<script" inside a script, style, textarea or title, or a comment, is just text).
_RAW_TEXT_START = re.compile(rb"<(?:(script|style|textarea|title)(?=[\s/>])|!--)", re.I)


def add_script_nonce(html: bytes, nonce: str) -> bytes:
    """Every <script> element of an HTML page given `nonce` as its first attribute, found as a
    browser finds them: a "<script" inside a script, style, textarea or title element, or inside a
    comment, is text and is left alone.

    >>> add_script_nonce(b'<p><script>a()</script><SCRIPT src="x.js"></SCRIPT></p>', "N")
    b'<p><script nonce="N">a()</script><SCRIPT nonce="N" src="x.js"></SCRIPT></p>'
    >>> add_script_nonce(b'<script>s = "<script>";</script><!-- <script> --><title><script></title><scripts>', "N")
    b'<script nonce="N">s = "<script>";</script><!-- <script> --><title><script></title><scripts>'
    """
    marker = f' nonce="{nonce}"'.encode()
    out, pos = [], 0
    while (m := _RAW_TEXT_START.search(html, pos)) is not None:
        element = m.group(1)
        if element is None:  # a comment runs to the next -->
            end = html.find(b"-->", m.end())
            end = len(html) if end < 0 else end + 3
        else:
            if element.lower() == b"script":
                out += [html[pos : m.end()], marker]
                pos = m.end()
            close = re.compile(rb"</" + element + rb"[\s/>]", re.I).search(html, m.end())
            end = len(html) if close is None else close.end()
        out.append(html[pos:end])
        pos = end
    out.append(html[pos:])
    return b"".join(out)


class EdgeGuard:
    """ASGI middleware in front of the whole app (JSON API and Gradio alike): route allow-list,
    Host check, proxy headers only from trusted proxies, per-client rate limit, request size and
    body time limits, security headers, and one plain message for any unexpected failure."""

    def __init__(self, app, settings: Settings, limiter: RateLimiter, api_defaults: dict | None = None) -> None:
        self.app, self.settings, self.limiter = app, settings, limiter
        self.api_defaults = api_defaults or {}  # see complete_call
        self.trusted = parse_networks(settings.trusted_proxies)
        self.hosts = allowed_host_names(settings)

    async def __call__(self, scope, receive, send):
        if scope["type"] == "websocket":  # the app uses none; refuse rather than leave a door open
            await send({"type": "websocket.close", "code": 1008})
            return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        method, path = scope["method"], scope["path"]
        status = {"code": 0}

        held: dict = {}  # an HTML page's start and body, until its scripts are given the nonce

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                if method == "GET" and _plain_html(headers):
                    held.update(start={**message, "headers": headers}, body=[])
                    return
                status["code"] = message["status"]
                message = {**message, "headers": _with_security_headers(headers)}
            elif message["type"] == "http.response.body" and "start" in held:
                held["body"].append(message.get("body", b""))
                if message.get("more_body"):
                    return
                nonce = secrets.token_urlsafe(18)
                body = add_script_nonce(b"".join(held.pop("body")), nonce)
                start = held.pop("start")
                headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
                headers.append((b"content-length", str(len(body)).encode()))
                status["code"] = start["status"]
                await send({**start, "headers": _with_security_headers(headers, nonce)})
                message = {"type": "http.response.body", "body": body}
            await send(message)

        try:
            refusal = await self._check(scope)
            if refusal is not None:
                await self._reply(send_with_headers, *refusal)
            else:
                body_receive = await self._read_body(scope, receive)
                if isinstance(body_receive, tuple):
                    await self._reply(send_with_headers, *body_receive)
                else:
                    await self.app(scope, body_receive, send_with_headers)
        except Exception:
            log.exception("request failed: %s %s", method, path)
            if not status["code"]:
                await self._reply(send_with_headers, 500, "Something went wrong. Please try again.")
        log.info("%s %s %s %.0f ms", method, path, status["code"], (time.perf_counter() - started) * 1000)

    async def _check(self, scope):
        """None when the request may go on, else (status, message[, retry_after])."""
        headers = scope.get("headers") or []
        peer = scope["client"][0] if scope.get("client") else "unknown"
        trusted_peer = _in(peer, self.trusted)
        if not trusted_peer:
            # Gradio builds the page's root URL from X-Forwarded-Host; only a trusted proxy may set it.
            headers = [(k, v) for k, v in headers if k not in _PROXY_HEADERS]
        forwarded = next((v.decode("latin-1") for k, v in headers if k == b"x-forwarded-for"), None)
        client = client_address(peer, forwarded, self.trusted)
        scope["headers"] = headers
        scope["client"] = (client, scope["client"][1] if scope.get("client") else 0)
        host_header = b"x-forwarded-host" if trusted_peer and any(k == b"x-forwarded-host" for k, _ in headers) else b"host"
        host = next((v.decode("latin-1") for k, v in headers if k == host_header), "")
        if _host_name(host.split(",")[0]) not in self.hosts:
            return 400, "Unknown host name. The operator can allow it with QA_ALLOWED_HOSTS."
        path = scope["path"].rstrip("/") or "/"
        method = scope["method"]
        if method == "POST" and path not in _ALLOWED_POSTS:
            return 404, "Not found."
        if method in ("PUT", "PATCH", "DELETE"):
            return 405, "Method not allowed."
        if method == "GET" and path.startswith(_REFUSED_GETS):
            return 404, "Not found."
        length = next((v for k, v in headers if k == b"content-length"), None)
        if length is not None:
            try:
                size = int(length)
            except ValueError:
                return 400, "Bad Content-Length."
            if size > self.settings.max_body_bytes:
                return 413, f"The request is too large (the limit is {self.settings.max_body_bytes // 1024} KB)."
        if method == "POST" and path in _COUNTED_POSTS and not self.limiter.allow(client):
            return 429, TOO_MANY, 60
        return None

    async def _read_body(self, scope, receive):
        """Read a request body within the size and time limits, then replay it to the app.
        Returns the replaying receive, or (status, message) to refuse the request."""
        if scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return receive
        chunks, size = [], 0
        deadline = time.monotonic() + self.settings.body_timeout
        while True:
            try:
                message = await asyncio.wait_for(receive(), timeout=max(0.01, deadline - time.monotonic()))
            except TimeoutError:
                return 408, "The request body was not sent in time."
            if message["type"] == "http.disconnect":
                return receive
            size += len(message.get("body", b""))
            if size > self.settings.max_body_bytes:
                return 413, f"The request is too large (the limit is {self.settings.max_body_bytes // 1024} KB)."
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        body, replayed = b"".join(chunks), False
        completed, refusal = complete_call(scope["path"], body, self.api_defaults)
        if refusal:
            return 400, refusal
        if completed is not body:
            body = completed
            headers = [(k, v) for k, v in scope["headers"] if k != b"content-length"]
            scope["headers"] = [*headers, (b"content-length", str(len(body)).encode())]

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return replay

    @staticmethod
    async def _reply(send, status: int, message: str, retry_after: int | None = None) -> None:
        import json

        body = json.dumps({"error": message}).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        if retry_after:
            headers.append((b"retry-after", str(retry_after).encode()))
        if status in (408, 413):
            headers.append((b"connection", b"close"))  # the rest of the body is not read
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


REQUIRED = inspect.Parameter.empty


def api_defaults(demo) -> dict:
    """Each public Gradio API endpoint's parameter defaults (REQUIRED where there is none), by
    fn_index and by name."""
    out: dict = {}
    for key, fn in demo.fns.items():
        if fn.api_visibility != "public" or not fn.api_name or fn.fn is None:
            continue
        params = list(inspect.signature(fn.fn).parameters.values())
        if len(params) == len(fn.inputs):
            out[key] = out[fn.api_name] = tuple(p.default for p in params)
    return out


def complete_call(path: str, body: bytes, defaults: dict) -> tuple[bytes, str | None]:
    """A positional call of a Gradio API endpoint that leaves out parameters with defaults (as
    callers of /ask did before it took `previous`), with their defaults filled in: Gradio insists
    on every value, and would print a short call's values (someone's question) with its error.
    Returns the body to pass on and None, or a reason to refuse a call missing a required value.

    >>> ask = {"ask": (REQUIRED, "", None)}
    >>> complete_call("/gradio_api/call/ask", b'{"data": ["my question", ""]}', ask)
    (b'{"data": ["my question", "", null]}', None)
    >>> complete_call("/gradio_api/call/ask", b'{"data": []}', ask)[1]
    'The call sends 0 values; this endpoint needs at least 1.'
    """
    if path.rstrip("/") == "/gradio_api/queue/join":
        key = None
    elif path.startswith("/gradio_api/call/") and not path.startswith("/gradio_api/call/v2/"):  # v2 fills defaults itself
        key = path.rstrip("/").rsplit("/", 1)[-1]
    else:
        return body, None
    try:
        call = json.loads(body)
    except (ValueError, RecursionError):
        return body, None  # Gradio refuses it without printing it
    if not isinstance(call, dict) or not isinstance(call.get("data"), list):
        return body, None
    if key is None:
        key = call.get("fn_index") if isinstance(call.get("fn_index"), int) else call.get("api_name")
    wanted = defaults.get(key) if isinstance(key, (int, str)) else None
    data = call["data"]
    if wanted is None or len(data) >= len(wanted):
        return body, None
    missing = wanted[len(data) :]
    if REQUIRED in missing:
        needed = max(i for i, d in enumerate(wanted) if d is REQUIRED) + 1
        return body, f"The call sends {len(data)} values; this endpoint needs at least {needed}."
    return json.dumps({**call, "data": [*data, *missing]}).encode(), None


def load_or_build(settings: Settings) -> "Assistant":
    """Load the index; build it first when it is missing, stale or damaged."""
    from qa.pipeline import Assistant, build_index

    try:
        return Assistant.load(settings)
    except (IndexMissingError, IndexMismatchError, IndexCorruptError) as exc:
        # the error tells a CLI user to run the build; here the app builds it itself
        reason = str(exc).split(" Run `", 1)[0]
        log.warning("%s Building it now; the chat starts when it is done.", reason)
        report = build_index(settings)
        from qa.parse import printable

        for s in report.skipped:
            log.warning("skipped %s: %s", printable(s.path), s.reason)
        log.warning(
            "indexed %d documents (%d passages, %d table rows) in %.1f s", report.documents, report.passages, report.rows, report.seconds
        )
        return Assistant.load(settings)


def create_server(assistant: "Assistant", settings: Settings) -> "FastAPI":
    import gradio as gr
    from fastapi import FastAPI, Request
    from fastapi.responses import JSONResponse, Response

    from qa.conversation import previous_answer
    from qa.feedback import FeedbackStore
    from qa.ui import CSS, HEAD, SCRIPT, SCRIPT_PATH, create_app

    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    limiter = RateLimiter(settings.rate_limit_per_minute)
    gate = Gate(settings.concurrency, settings.queue_size)

    def error(status: int, message: str, retry_after: int | None = None):
        headers = {"Retry-After": str(retry_after)} if retry_after else None
        return JSONResponse({"error": message}, status_code=status, headers=headers)

    @app.get(f"/{SCRIPT_PATH}", include_in_schema=False)
    async def chat_script():
        # The page names it with a version query, so a changed script is fetched again.
        return Response(SCRIPT, media_type="text/javascript", headers={"Cache-Control": "no-cache"})

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
            return error(400, SEND)
        if not isinstance(body, dict):
            return error(400, SEND)
        question, document = body.get("question"), body.get("document")
        if not isinstance(question, str):
            return error(400, "The question must be text.")
        if len(question) > settings.max_question_chars:
            return error(413, f"The question is too long ({len(question)} characters; the limit is {settings.max_question_chars}).")
        if document is not None and not isinstance(document, str):
            return error(400, "The document must be a file name (text).")
        if not encodable(question) or (document is not None and not encodable(document)):
            return error(400, "The question contains characters that are not valid text (a lone surrogate). Please retype it.")
        try:
            # The previous turn's answer, sent back by the client: no conversation is kept here.
            previous = body.get("previous")
            previous = None if previous is None else previous_answer(previous, max_question_chars=settings.max_question_chars)
        except QAError as exc:
            return error(400, str(exc))
        try:
            answer = await gate.run(assistant.ask, question, document=document, previous=previous)
        except BusyError as exc:
            return error(503, str(exc), retry_after=2)
        except QAError as exc:
            return error(400, str(exc))
        if settings.log_questions:
            log.info("question: %r -> %s", question, answer.status)
        return answer.to_dict()

    feedback = FeedbackStore(settings.data_dir / "feedback.sqlite3")
    demo = create_app(assistant, feedback, run=gate.run)
    # api_open=False: Gradio's direct /run and /api routes, which skip the queue and its bound, are closed.
    demo.queue(default_concurrency_limit=settings.concurrency, max_size=settings.queue_size, api_open=False)
    blocked = [str(p.resolve()) for p in (settings.corpus_dir, settings.index_dir, settings.data_dir)]
    theme = gr.themes.Default(
        primary_hue=gr.themes.colors.blue, font=["Arial", "Helvetica", "sans-serif"], font_mono=["Courier New", "monospace"]
    ).set(button_primary_background_fill="#005eb8", button_primary_background_fill_hover="#003087", button_primary_text_color="#ffffff")
    app = gr.mount_gradio_app(
        app,
        demo,
        path="",
        enable_monitoring=False,
        show_error=False,
        blocked_paths=blocked,
        allowed_paths=[],
        footer_links=["api"],
        mcp_server=False,
        pwa=False,
        theme=theme,
        css=CSS,
        head=HEAD,
        ssr_mode=False,
    )
    app.add_middleware(EdgeGuard, settings=settings, limiter=limiter, api_defaults=api_defaults(demo))
    return app


def encodable(text: str) -> bool:
    r"""False for strings holding lone surrogates, which JSON can carry but UTF-8 cannot encode.

    >>> encodable("falls"), encodable("\ud800")
    (True, False)
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class RepeatFilter(logging.Filter):
    """Lets the first `burst` records with the same logger and message template through in each
    `window` seconds, then drops the rest and reports how many were dropped. Under descriptor
    exhaustion asyncio logs "Too many open files" for every accept; this keeps the log readable.

    >>> f = RepeatFilter(burst=2, window=60)
    >>> recs = [logging.LogRecord("x", logging.ERROR, "", 0, "same %s", ("a",), None) for _ in range(5)]
    >>> [f.filter(r) for r in recs]
    [True, True, False, False, False]
    """

    def __init__(self, burst: int = 5, window: float = 60.0) -> None:
        super().__init__()
        self.burst, self.window = burst, window
        self._seen: dict[tuple, list] = {}  # key -> [window start, count]
        self._lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        key = (
            record.name,
            record.levelno,
            str(record.msg)[:200],
            type(record.exc_info[1]).__name__ if record.exc_info and record.exc_info[1] else None,
        )
        now = time.monotonic()
        with self._lock:
            entry = self._seen.get(key)
            if entry is None or now - entry[0] > self.window:
                dropped = entry[1] - self.burst if entry and entry[1] > self.burst else 0
                self._seen[key] = [now, 1]
                if len(self._seen) > 1000:
                    self._seen = {k: v for k, v in self._seen.items() if now - v[0] <= self.window}
                if dropped:
                    record.msg = f"{record.msg} (and {dropped} more like it in the previous {self.window:.0f} s, not shown)"
                return True
            entry[1] += 1
            return entry[1] <= self.burst


def install_log_filter() -> RepeatFilter:
    """Attach one RepeatFilter to every handler of the root logger and of uvicorn's loggers (which
    uvicorn configures not to propagate). Call after the uvicorn server is made: that sets them up."""
    f = RepeatFilter()
    for name in ("", "uvicorn", "uvicorn.error", "uvicorn.access"):
        for handler in logging.getLogger(name).handlers:
            handler.addFilter(f)
    return f


def guarded_protocol(settings: Settings):
    """uvicorn's h11 protocol with the limits it lacks: a deadline for a request's headers (idle
    and half-sent connections are closed), and at most `max_connections` open at once (beyond
    that the longest-idle connection is dropped, or the new one when every one is busy)."""
    from uvicorn.protocols.http.h11_impl import H11Protocol

    header_timeout, limit = settings.header_timeout, settings.max_connections

    class GuardedH11Protocol(H11Protocol):
        _header_timer = None
        _idle_since = 0.0

        def connection_made(self, transport) -> None:
            super().connection_made(transport)
            self._idle_since = time.monotonic()
            self._arm()
            # Closed connections leave the set a little later, so count and choose among open ones.
            open_now = [c for c in self.connections if not c.transport.is_closing()]
            if len(open_now) > limit:
                idle = [c for c in open_now if c is not self and c._waiting_for_request()]
                victim = min(idle, key=lambda c: c._idle_since) if idle else self
                victim.transport.close()

        def _waiting_for_request(self) -> bool:
            return self.cycle is None or self.cycle.response_complete

        def _arm(self) -> None:
            if self._header_timer is None:
                self._header_timer = self.loop.call_later(header_timeout, self._on_header_timeout)

        def _disarm(self) -> None:
            if self._header_timer is not None:
                self._header_timer.cancel()
                self._header_timer = None

        def _on_header_timeout(self) -> None:
            self._header_timer = None
            if self._waiting_for_request() and not self.transport.is_closing():
                self.transport.close()

        def data_received(self, data: bytes) -> None:
            if self._waiting_for_request():
                self._arm()  # the next request's headers get the same deadline as the first's
            super().data_received(data)
            if not self._waiting_for_request():
                self._disarm()

        def on_response_complete(self) -> None:
            self._idle_since = time.monotonic()
            super().on_response_complete()

        def connection_lost(self, exc) -> None:
            self._disarm()
            super().connection_lost(exc)

    return GuardedH11Protocol


def make_uvicorn_server(app, settings: Settings, *, host: str, port: int):
    """The uvicorn server with the edge limits: proxy headers handled by EdgeGuard (uvicorn's own
    handling trusts X-Forwarded-For from 127.0.0.1 by default), header/body/keep-alive timeouts and
    a connection limit."""
    import uvicorn

    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        proxy_headers=False,
        server_header=False,
        http=guarded_protocol(settings),
        ws="none",
        lifespan="on",
        timeout_keep_alive=settings.keepalive_timeout,
        h11_max_incomplete_event_size=16 * 1024,
    )
    return uvicorn.Server(config)


RELOAD_CHECK_SECONDS = 2.0  # how often the server looks for a newer index version


class LiveAssistant:
    """The assistant over the index's current version, standing in for an Assistant: a build made
    while the server runs (`python -m qa build`) is answered from on the next question, with no
    restart. A version that cannot be loaded is logged once and the one in use stays."""

    def __init__(self, assistant: "Assistant", settings: Settings, *, check_every: float = RELOAD_CHECK_SECONDS) -> None:
        self._assistant = assistant
        self._settings = settings
        self._every = check_every
        self._checked = time.monotonic()
        self._failed = ""
        self._lock = threading.Lock()

    def current(self) -> "Assistant":
        now = time.monotonic()
        if now - self._checked < self._every or not self._lock.acquire(blocking=False):
            return self._assistant  # checked lately, or another request is loading the new version
        try:
            self._checked = now
            self._reload_if_newer()
        finally:
            self._lock.release()
        return self._assistant

    def _reload_if_newer(self) -> None:
        from qa.index import read_current
        from qa.pipeline import Assistant

        try:
            name = read_current(self._settings.index_dir)
        except QAError as exc:
            name = None
            if self._failed != str(exc):
                log.warning("keeping index %s: %s", self._assistant.index.folder.name, exc)
                self._failed = str(exc)
        if not name or name in (self._assistant.index.folder.name, self._failed):
            return
        try:
            fresh = Assistant.load(self._settings, embedder=self._assistant.embedder, check_corpus=False)
        except QAError as exc:
            log.warning("keeping index %s: the new version %s cannot be loaded: %s", self._assistant.index.folder.name, name, exc)
            self._failed = name
            return
        fresh.ask("warm-up")
        self._assistant = fresh
        log.warning("now answering from index %s (%d units)", name, len(fresh.index.units))

    def __getattr__(self, name: str) -> object:
        return getattr(self.current(), name)


def serve(settings: Settings | None = None, *, host: str | None = None, port: int | None = None) -> None:
    settings = settings or Settings.from_env()
    host, port = host or settings.host, port or settings.port
    settings = settings.with_(host=host, port=port)  # the Host check allows the address actually served
    started = time.perf_counter()
    assistant = load_or_build(settings)
    assistant.ask("warm-up")  # first call pays for lazy initialisation; do it before users arrive
    app = create_server(LiveAssistant(assistant, settings), settings)  # type: ignore[arg-type]
    log.warning("Plan assistant ready in %.1f s on http://%s:%d", time.perf_counter() - started, host, port)
    server = make_uvicorn_server(app, settings, host=host, port=port)
    install_log_filter()
    server.run()

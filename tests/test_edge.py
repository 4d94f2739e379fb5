"""Attacks on the web server's side doors (issue 11), each reproduced against the app: direct
Gradio routes, uploads, forged proxy and Host headers, oversized and slow requests, idle
connections, internals in error messages, lone surrogates, and an unwritable data folder.

In-process (TestClient) where the app decides, and over real sockets against a uvicorn server in
a thread where the HTTP server does (proxy headers, timeouts, connection limit)."""

import json
import logging
import socket
import sqlite3
import threading
import time

import pytest

from qa.config import Settings

ASK = {"data": ["How much was invested in the falls team?", ""]}


@pytest.fixture
def app_for(tiny_settings, tiny_assistant):
    from qa.server import create_server

    def make(assistant=None, **overrides):
        settings = Settings(**{**tiny_settings.__dict__, "allowed_hosts": "testserver", **overrides})
        return create_server(assistant or tiny_assistant, settings)

    return make


def client(app, address="192.0.2.1"):
    from fastapi.testclient import TestClient

    # As a real server would: an unexpected exception becomes a 500, not an error in the test.
    return TestClient(app, client=(address, 5000), raise_server_exceptions=False)


class SlowAssistant:
    """The tiny assistant, taking `delay` seconds per answer, so requests pile up."""

    def __init__(self, inner, delay):
        self._inner, self._delay = inner, delay

    def __getattr__(self, name):
        return getattr(self._inner, name)

    def ask(self, *args, **kwargs):
        time.sleep(self._delay)
        return self._inner.ask(*args, **kwargs)


def sse_events(c, api_name, event_id):
    """The events of a queued Gradio call, as (event, data) pairs."""
    text = c.get(f"/gradio_api/call/{api_name}/{event_id}").text
    out = []
    for block in text.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines() if ": " in line)
        out.append((lines.get("event"), lines.get("data")))
    return out


# -- 1. one gate for every way in ---------------------------------------------------------
@pytest.mark.parametrize(
    "path",
    [
        "/gradio_api/api/ask",
        "/gradio_api/run/ask",
        "/gradio_api/run/respond",
        "/gradio_api/api/respond",
        "/gradio_api/call/respond",
        "/gradio_api/call/on_comment",
        "/gradio_api/call/clear",
        "/gradio_api/run/on_like",
        "/gradio_api/api/ask/",
    ],
)
def test_routes_that_skip_the_queue_or_expose_chat_internals_are_closed(app_for, path):
    r = client(app_for()).post(path, json={"data": ["falls", [], [], "All documents"]})
    assert r.status_code == 404, r.text


def test_info_lists_only_the_ask_endpoint(app_for):
    info = client(app_for()).get("/gradio_api/info").json()
    assert list(info["named_endpoints"]) == ["/ask"] and not info.get("unnamed_endpoints")


def test_every_question_route_shares_one_rate_limit(app_for):
    with client(app_for(rate_limit_per_minute=4)) as c:
        # the `ask` endpoint's position among the page's events (read, not assumed: events come and go)
        ask = next(d["id"] for d in c.get("/config").json()["dependencies"] if d.get("api_name") == "ask")
        codes = [
            c.post("/api/ask", json={"question": "falls team"}).status_code,
            c.post("/gradio_api/call/ask", json=ASK).status_code,
            c.post("/gradio_api/call/v2/ask", json={"question": "falls", "document": ""}).status_code,
            c.post("/gradio_api/queue/join", json={"data": ["falls", ""], "fn_index": ask, "session_hash": "s1"}).status_code,
        ]
        assert codes == [200, 200, 200, 200]
        for path, body in [
            ("/api/ask", {"question": "falls"}),
            ("/gradio_api/call/ask", ASK),
            ("/gradio_api/call/ask/", ASK),
            ("/gradio_api/call/v2/ask", {"question": "falls"}),
            ("/gradio_api/api/ask", ASK),
            ("/gradio_api/run/ask", ASK),
            ("/gradio_api/queue/join", {"data": ["falls", ""], "fn_index": ask, "session_hash": "s1"}),
        ]:
            r = c.post(path, json=body)
            assert r.status_code in (404, 429), (path, r.status_code)


def test_feedback_cannot_be_written_faster_than_the_limit(app_for, tiny_settings):
    """The audit wrote 50 feedback rows through raw calls with the limit at 5 a minute."""
    app = app_for(rate_limit_per_minute=5)
    with client(app) as c:
        info = c.get("/config").json()
        fns = {d["id"]: d for d in info["dependencies"]}
        respond = next(i for i, d in fns.items() if d["targets"] and d["targets"][0][1] == "submit")
        comment = next(i for i, d in fns.items() if len(d["inputs"]) == 2 and len(d["outputs"]) == 2)

        def join(fn, data):
            return c.post("/gradio_api/queue/join", json={"data": data, "fn_index": fn, "session_hash": "attacker"})

        join(respond, ["falls", [], None, "All documents"])
        time.sleep(1)
        for _ in range(50):
            for path in ("/gradio_api/api/on_comment", "/gradio_api/run/on_comment"):
                c.post(path, json={"data": ["spam", None], "session_hash": "attacker"})
            join(comment, ["spam", None])
        time.sleep(2)
    db = tiny_settings.data_dir / "feedback.sqlite3"
    rows = sqlite3.connect(db).execute("SELECT COUNT(*) FROM answer_feedback").fetchone()[0] if db.exists() else 0
    assert rows <= 4  # one of the five was the question


def test_direct_gradio_calls_over_the_bound_are_told_503(app_for, tiny_assistant):
    """The audit sent 1,000 simultaneous /gradio_api/api/ask calls and all were accepted."""
    app = app_for(SlowAssistant(tiny_assistant, 0.5), concurrency=1, queue_size=2, rate_limit_per_minute=1000)
    with client(app) as c:
        results = {"gradio": [], "json": []}

        def call(kind, path, body):
            results[kind].append(c.post(path, json=body).status_code)

        threads = [threading.Thread(target=call, args=("gradio", p, ASK)) for p in ["/gradio_api/call/ask", "/gradio_api/api/ask"] * 6]
        threads += [threading.Thread(target=call, args=("json", "/api/ask", {"question": "falls"})) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    # At most one at work and two waiting on each path; the rest are turned away or find no route.
    assert results["gradio"].count(200) <= 4 and results["gradio"].count(503) >= 2, results
    assert results["json"].count(200) <= 4 and results["json"].count(503) >= 2, results
    assert set(results["gradio"]) <= {200, 404, 503} and set(results["json"]) <= {200, 503}, results


def test_upload_is_refused_and_nothing_is_stored(app_for, tmp_path, monkeypatch):
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "gradio-tmp"))
    c = client(app_for())
    r = c.post("/gradio_api/upload", files={"files": ("big.txt", b"x" * 100_000)})
    assert r.status_code == 404
    assert c.get("/gradio_api/upload_progress?upload_id=x").status_code == 404
    assert not (tmp_path / "gradio-tmp").exists() or not any((tmp_path / "gradio-tmp").rglob("big.txt"))


# -- 10. no internals to users; questions logged only when asked ------------------------------
def test_gradio_errors_show_no_internals(app_for):
    with client(app_for()) as c:
        for data in ([["a", "list"], ""], [{"x": 1}, ""], ["falls", ["not", "text"]]):
            r = c.post("/gradio_api/call/ask", json={"data": data})
            if r.status_code != 200:
                assert "attribute" not in r.text and "0x" not in r.text
                continue
            events = sse_events(c, "ask", r.json()["event_id"])
            text = json.dumps(events)
            assert "error" in {e for e, _ in events}
            assert "object has no attribute" not in text and " at 0x" not in text and "Traceback" not in text, text


def test_malformed_calls_do_not_log_the_question(app_for, caplog, capfd):
    secret = "my NHS number is 943 476 5919"
    with caplog.at_level("DEBUG"), client(app_for()) as c:
        c.post("/gradio_api/call/ask", json={"data": [secret, ["bad"]]})
        r = c.post("/gradio_api/call/ask", json={"data": [secret, 5]})
        if r.status_code == 200:
            sse_events(c, "ask", r.json()["event_id"])
        c.post("/gradio_api/run/ask", json={"data": [secret]})
        c.post("/gradio_api/queue/join", json={"data": [secret], "fn_index": 999, "session_hash": "x"})
        c.post("/api/ask", json={"question": secret, "document": ["bad"]})
    out, err = capfd.readouterr()
    assert "943 476" not in caplog.text + out + err


def test_a_lone_surrogate_is_a_400_not_a_500(app_for):
    c = client(app_for())
    for body in (b'{"question": "\\ud800"}', b'{"question": "falls \\udfff team"}', b'{"question": "falls", "document": "\\ud800"}'):
        r = c.post("/api/ask", content=body, headers={"content-type": "application/json"})
        assert r.status_code == 400 and "surrogate" in r.json()["error"], r.text


# -- 9. a data folder that cannot be written --------------------------------------------------
def test_unwritable_data_folder_starts_the_server_with_feedback_switched_off(app_for, tmp_path):
    from qa.feedback import UNAVAILABLE

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    with client(app_for(data_dir=blocker / "data")) as c:
        assert c.post("/api/ask", json={"question": "How much was invested in the falls team?"}).status_code == 200
        assert UNAVAILABLE in c.get("/config").text  # the notice is on the page


def test_feedback_store_switches_off_when_writes_fail(tmp_path, monkeypatch):
    from qa.feedback import FeedbackStore, FeedbackUnavailable

    (tmp_path / "feedback.sqlite3").mkdir()  # sqlite cannot open a folder: "unable to open database file"
    store = FeedbackStore(tmp_path / "feedback.sqlite3")
    assert not store.available
    with pytest.raises(FeedbackUnavailable):
        store.add(rating="up", question="q", answer="a", status="answered", citations=[])

    full = FeedbackStore(tmp_path / "ok" / "feedback.sqlite3")
    assert full.available

    def disk_full(*a, **k):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(full, "_connect", disk_full)
    with pytest.raises(FeedbackUnavailable):
        full.add(rating="up", question="q", answer="a", status="answered", citations=[])
    assert not full.available


# -- over real sockets: uvicorn with the edge limits -------------------------------------------
@pytest.fixture
def live(tiny_settings, tiny_assistant):
    """Start the app in uvicorn on a free loopback port, in a thread; yields (host, port)."""
    from qa.server import create_server, make_uvicorn_server
    from tests.conftest import free_port

    servers = []

    def start(**overrides):
        port = free_port()
        settings = Settings(**{**tiny_settings.__dict__, "port": port, **overrides})
        server = make_uvicorn_server(create_server(tiny_assistant, settings), settings, host="127.0.0.1", port=port)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.time() + 90  # generous: the machine's two cores are shared
        while not server.started and time.time() < deadline:
            time.sleep(0.05)
        assert server.started, "the test server did not start"
        servers.append((server, thread))
        return "127.0.0.1", port

    yield start
    for server, thread in servers:
        server.should_exit = True
        thread.join(10)


def http(host, port, raw: bytes, timeout=5.0) -> bytes:
    with socket.create_connection((host, port), timeout=timeout) as s:
        s.sendall(raw)
        chunks = []
        while True:
            try:
                b = s.recv(65536)
            except (ConnectionResetError, TimeoutError):
                break
            if not b:
                break
            chunks.append(b)
        return b"".join(chunks)


def post(host, port, body: bytes, headers: dict | None = None) -> tuple[int, bytes]:
    head = f"POST /api/ask HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\nConnection: close\r\n"
    head += "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items())
    raw = http(host, port, head.encode() + b"\r\n" + body)
    return int(raw.split(b" ", 2)[1]), raw


def test_spoofed_forwarded_for_from_loopback_does_not_change_the_client(live):
    host, port = live(rate_limit_per_minute=3)
    body = json.dumps({"question": "falls team"}).encode()
    codes = [post(host, port, body, {"X-Forwarded-For": f"10.0.0.{i}", "X-Real-IP": f"10.1.0.{i}"})[0] for i in range(6)]
    assert codes == [200, 200, 200, 429, 429, 429]


def test_forwarded_for_is_used_from_a_trusted_proxy(live):
    host, port = live(rate_limit_per_minute=2, trusted_proxies="127.0.0.1")
    body = json.dumps({"question": "falls team"}).encode()
    codes = [post(host, port, body, {"X-Forwarded-For": f"203.0.113.{i % 2}"})[0] for i in range(6)]
    assert codes == [200, 200, 200, 200, 429, 429]


def test_a_forged_host_header_is_refused_and_never_reaches_the_page(live):
    host, port = live()
    raw = http(host, port, b"GET /config HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
    assert raw.startswith(b"HTTP/1.1 400") and b"evil.example" not in raw
    raw = http(
        host, port, f"GET /config HTTP/1.1\r\nHost: {host}:{port}\r\nX-Forwarded-Host: evil.example\r\nConnection: close\r\n\r\n".encode()
    )
    assert raw.startswith(b"HTTP/1.1 200") and b"evil.example" not in raw


def test_a_50_mb_body_is_refused_before_it_is_read(live):
    host, port = live()
    with socket.create_connection((host, port), timeout=5) as s:
        s.sendall(
            f"POST /api/ask HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/json\r\nContent-Length: {50 * 2**20}\r\n\r\n".encode()
        )
        s.sendall(b'{"question": "' + b"x" * 65536)
        reply = s.recv(65536)  # arrives although 50 MB are still to come
    assert reply.startswith(b"HTTP/1.1 413"), reply[:200]


def test_a_chunked_body_over_the_limit_is_cut_off(live):
    host, port = live(max_body_bytes=100_000)
    with socket.create_connection((host, port), timeout=5) as s:
        s.sendall(
            f"POST /api/ask HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n".encode()
        )
        chunk = b"x" * 32768
        reply = b""
        for _ in range(200):  # up to 6.5 MB offered
            try:
                s.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            except OSError:
                break
            s.settimeout(0.01)
            try:
                reply = s.recv(65536)
            except (TimeoutError, BlockingIOError):
                continue
            finally:
                s.settimeout(5)
            break
    assert reply.startswith(b"HTTP/1.1 413"), reply[:200]


def test_idle_and_half_sent_connections_are_closed(live):
    host, port = live(header_timeout=1.0, body_timeout=1.0)
    headers_only = socket.create_connection((host, port), timeout=5)
    headers_only.sendall(b"POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # never finishes its headers
    silent = socket.create_connection((host, port), timeout=5)  # sends nothing
    half_body = socket.create_connection((host, port), timeout=5)
    half_body.sendall(f'POST /api/ask HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Length: 100\r\n\r\n{{"q'.encode())
    time.sleep(2.5)
    try:
        assert headers_only.recv(100) == b""
        assert silent.recv(100) == b""
        assert half_body.recv(1000).startswith(b"HTTP/1.1 408")
    finally:
        for s in (headers_only, silent, half_body):
            s.close()


def test_idle_connections_cannot_starve_a_health_check(live):
    host, port = live(max_connections=20, header_timeout=30.0)
    idle = [socket.create_connection((host, port), timeout=5) for _ in range(60)]
    for s in idle:
        s.sendall(b"GET /api/health HTTP/1.1\r\n")  # half-sent, held open
    try:
        started = time.time()
        raw = http(host, port, f"GET /api/health HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n\r\n".encode())
        assert raw.startswith(b"HTTP/1.1 200") and time.time() - started < 3
        closed = 0
        for s in idle:
            s.settimeout(0.2)
            try:
                closed += s.recv(10) == b""
            except ConnectionResetError:  # closed with our unread bytes in its buffer
                closed += 1
            except TimeoutError:
                pass
        assert closed >= 40  # the server held at most its limit
    finally:
        for s in idle:
            s.close()


def test_repeated_log_lines_are_rate_limited():
    import logging

    from qa.server import RepeatFilter

    records = []

    class Keep(logging.Handler):
        def emit(self, record):
            records.append(record.getMessage())

    logger = logging.getLogger("test.repeat")
    logger.propagate = False
    handler = Keep()
    handler.addFilter(RepeatFilter(burst=3, window=60))
    logger.addHandler(handler)
    try:
        for _ in range(10_000):
            try:
                raise OSError(24, "Too many open files")
            except OSError:
                logger.error("socket.accept() out of system resource", exc_info=True)
        logger.error("a different line")
    finally:
        logger.removeHandler(handler)
    assert len(records) == 4 and records[-1] == "a different line"


def test_a_flood_of_bad_requests_does_not_flood_the_log(tiny_settings, tiny_assistant, capfd):
    """uvicorn logs a warning for every malformed request, on its own non-propagating logger."""
    from qa.server import create_server, install_log_filter, make_uvicorn_server
    from tests.conftest import free_port

    port = free_port()
    settings = Settings(**{**tiny_settings.__dict__, "port": port})
    server = make_uvicorn_server(create_server(tiny_assistant, settings), settings, host="127.0.0.1", port=port)
    filters = install_log_filter()
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.time() + 90  # generous: the machine's two cores are shared
        while not server.started and time.time() < deadline:
            time.sleep(0.05)
        assert server.started, "the test server did not start"
        for _ in range(200):
            http("127.0.0.1", port, b"NOT HTTP AT ALL\r\n\r\n", timeout=2)
    finally:
        server.should_exit = True
        thread.join(10)
        for name in ("", "uvicorn", "uvicorn.error", "uvicorn.access"):
            for handler in logging.getLogger(name).handlers:
                handler.removeFilter(filters)
    err = capfd.readouterr().err
    assert 1 <= err.count("Invalid HTTP request") <= 5, err[-500:]
